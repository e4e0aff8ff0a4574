package nlnews.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A byte-level reader of one line of nlnews's own JSON Lines: a flat object whose values are
 * strings, numbers, true, false, null or arrays of those. It finds where the values of the fields
 * the corpus reads ({@link #NAMES}) lie in the line's UTF-8 bytes and makes a string or number of
 * one only when asked, so that the fields nobody reads (dates, cue lists, counts of tokens) cost a
 * scan and nothing else. It takes only what is well-formed JSON and valid UTF-8, with no repeated
 * field it reads and no carriage return; anything else it declines ({@link #scan} returns false)
 * and the caller reads the line as text, which says what is wrong.
 */
final class FlatRecord {

  /** The fields read, by number. */
  static final String[] NAMES = {
      "type", "article", "date", "entity", "entity_type", "count", "variants", "linked_to", "paragraph",
      "kind", "speaker", "cue", "quote", "score", "label", "form", "mention", "mention_type", "start", "end", "source"};
  static final int TYPE = 0;
  static final int ARTICLE = 1;
  static final int DATE = 2;
  static final int ENTITY = 3;
  static final int ENTITY_TYPE = 4;
  static final int COUNT = 5;
  static final int VARIANTS = 6;
  static final int LINKED_TO = 7;
  static final int PARAGRAPH = 8;
  static final int KIND = 9;
  static final int SPEAKER = 10;
  static final int CUE = 11;
  static final int QUOTE = 12;
  static final int SCORE = 13;
  static final int LABEL = 14;
  static final int FORM = 15;
  static final int MENTION = 16;
  static final int MENTION_TYPE = 17;
  static final int START = 18;
  static final int END = 19;
  static final int SOURCE = 20;

  /** What a field's value is. */
  static final byte ABSENT = 0;
  static final byte STRING = 1;
  static final byte INTEGER = 2;
  static final byte DECIMAL = 3;
  static final byte NULL = 4;
  static final byte STRINGS = 5;
  static final byte OTHER = 6;

  private static final byte[][] KEYS = new byte[NAMES.length][];
  private static final double[] POWERS = new double[23];

  static {
    for (int k = 0; k < NAMES.length; k++) {
      KEYS[k] = NAMES[k].getBytes(StandardCharsets.US_ASCII);
    }
    POWERS[0] = 1;
    for (int k = 1; k < POWERS.length; k++) {
      POWERS[k] = POWERS[k - 1] * 10; // exact up to 1e22
    }
  }

  private final byte[] kinds = new byte[NAMES.length];
  private final int[] from = new int[NAMES.length];
  private final int[] to = new int[NAMES.length];
  private final boolean[] escaped = new boolean[NAMES.length];
  private final Strings strings = new Strings();
  private byte[] b;
  private int end;
  private boolean anyEscape;

  /** Reads the object in {@code b[start, end)}; false when the line is not one this reader takes. */
  boolean scan(byte[] b, int start, int end) {
    this.b = b;
    this.end = end;
    Arrays.fill(kinds, ABSENT);
    int i = space(start);
    if (at(i) != '{') {
      return false;
    }
    i = space(i + 1);
    if (at(i) == '}') {
      return space(i + 1) == end;
    }
    while (true) {
      if (at(i) != '"') {
        return false;
      }
      int close = closing(i);
      if (close < 0 || anyEscape) {
        return false; // an escaped key: the general reader
      }
      int field = field(i + 1, close);
      i = space(close + 1);
      if (at(i) != ':') {
        return false;
      }
      i = space(i + 1);
      int c = at(i);
      int valueEnd;
      byte kind;
      int valueFrom = i;
      int valueTo;
      if (c == '"') {
        valueEnd = closing(i);
        if (valueEnd < 0) {
          return false;
        }
        kind = STRING;
        valueFrom = i + 1;
        valueTo = valueEnd;
        valueEnd++;
      } else if (c == '[') {
        valueEnd = array(i);
        if (valueEnd < 0) {
          return false;
        }
        kind = arrayKind;
        valueTo = valueEnd;
      } else {
        valueEnd = scalar(i);
        if (valueEnd < 0) {
          return false;
        }
        kind = scalarKind;
        valueTo = valueEnd;
      }
      if (field >= 0) {
        if (kinds[field] != ABSENT) {
          return false; // a repeated field: the general reader decides
        }
        kinds[field] = kind;
        from[field] = valueFrom;
        to[field] = valueTo;
        escaped[field] = anyEscape;
      }
      i = space(valueEnd);
      c = at(i);
      if (c == '}') {
        return space(i + 1) == end;
      }
      if (c != ',') {
        return false;
      }
      i = space(i + 1);
    }
  }

  byte kind(int field) {
    return kinds[field];
  }

  /** The string value of {@code field} (which is a {@link #STRING}). */
  String string(int field) {
    return text(from[field], to[field], escaped[field]);
  }

  /** True when the string value of {@code field} is the UTF-8 of {@code bytes} (escapes aside: an escaped value is never equal). */
  boolean equals(int field, byte[] bytes) {
    return !escaped[field] && Arrays.equals(b, from[field], to[field], bytes, 0, bytes.length);
  }

  /** The value of an {@link #INTEGER} field. */
  long integer(int field) {
    long v = 0;
    int i = from[field];
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    for (; i < to[field]; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return negative ? -v : v;
  }

  /** The value of an {@link #INTEGER} or {@link #DECIMAL} field, exactly as {@link Double#parseDouble} reads it. */
  double decimal(int field) {
    int i = from[field];
    int stop = to[field];
    boolean negative = b[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = -1;
    for (; i < stop; i++) {
      int c = b[i];
      if (c == '.') {
        scale = 0;
      } else if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else {
        digits = 99; // an exponent
        break;
      }
    }
    if (digits > 15) {
      return Double.parseDouble(new String(b, from[field], stop - from[field], StandardCharsets.ISO_8859_1));
    }
    // Both below 2^53 and 10^22, so exact: one division is rounded once, to the nearest double.
    double v = scale <= 0 ? mantissa : mantissa / POWERS[scale];
    return negative ? -v : v;
  }

  /** The strings of a {@link #STRINGS} field. */
  List<String> strings(int field) {
    List<String> out = new ArrayList<>(2);
    int i = space(from[field] + 1);
    if (at(i) == ']') {
      return out;
    }
    while (true) {
      int close = closing(i);
      out.add(text(i + 1, close, anyEscape));
      int separator = space(close + 1);
      if (b[separator] == ']') {
        return out;
      }
      i = space(separator + 1);
    }
  }

  private int field(int start, int stop) {
    int length = stop - start;
    for (int k = 0; k < KEYS.length; k++) {
      byte[] key = KEYS[k];
      if (key.length == length && key[0] == b[start] && Arrays.equals(key, 0, length, b, start, stop)) {
        return k;
      }
    }
    return -1;
  }

  private int at(int i) {
    return i < end ? b[i] & 0xFF : -1;
  }

  private int space(int i) {
    while (i < end) {
      byte c = b[i];
      if (c != ' ' && c != '\t') {
        return i;
      }
      i++;
    }
    return i;
  }

  private byte arrayKind;
  private byte scalarKind;

  /** The index after the array at {@code i}, or -1; sets {@link #arrayKind}. */
  private int array(int i) {
    boolean allStrings = true;
    i = space(i + 1);
    if (at(i) == ']') {
      arrayKind = STRINGS;
      return i + 1;
    }
    while (true) {
      int c = at(i);
      if (c == '"') {
        i = closing(i);
        if (i < 0) {
          return -1;
        }
        i++;
      } else {
        i = scalar(i);
        if (i < 0) {
          return -1;
        }
        allStrings = false;
      }
      i = space(i);
      c = at(i);
      if (c == ']') {
        arrayKind = allStrings ? STRINGS : OTHER;
        return i + 1;
      }
      if (c != ',') {
        return -1;
      }
      i = space(i + 1);
    }
  }

  /** The index after the number, null, true or false at {@code i}, or -1; sets {@link #scalarKind}. */
  private int scalar(int i) {
    int c = at(i);
    if (c == 'n') {
      scalarKind = NULL;
      return word(i, "null");
    }
    if (c == 't') {
      scalarKind = OTHER;
      return word(i, "true");
    }
    if (c == 'f') {
      scalarKind = OTHER;
      return word(i, "false");
    }
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    if (c == '-') {
      c = at(++i);
    }
    if (c == '0') {
      c = at(++i);
    } else if (c >= '1' && c <= '9') {
      int first = i;
      while (c >= '0' && c <= '9') {
        c = at(++i);
      }
      if (i - first > 18) {
        return -1; // beyond a long: the general reader
      }
    } else {
      return -1;
    }
    scalarKind = INTEGER;
    if (c == '.') {
      c = at(++i);
      if (c < '0' || c > '9') {
        return -1;
      }
      while (c >= '0' && c <= '9') {
        c = at(++i);
      }
      scalarKind = DECIMAL;
    }
    if (c == 'e' || c == 'E') {
      c = at(++i);
      if (c == '+' || c == '-') {
        c = at(++i);
      }
      if (c < '0' || c > '9') {
        return -1;
      }
      while (c >= '0' && c <= '9') {
        c = at(++i);
      }
      scalarKind = DECIMAL;
    }
    return i;
  }

  private int word(int i, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (at(i + k) != word.charAt(k)) {
        return -1;
      }
    }
    return i + word.length();
  }

  /**
   * The index of the closing quote of the string whose opening quote is at {@code i}, or -1 when
   * it is not closed, holds a raw control character, an unknown escape or bytes that are not
   * UTF-8 (as Java's strict decoder judges them). Sets {@link #anyEscape}.
   */
  private int closing(int i) {
    anyEscape = false;
    i++;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c == '"') {
        return i;
      }
      if (c == '\\') {
        anyEscape = true;
        int e = at(i + 1);
        if (e == 'u') {
          for (int k = 2; k < 6; k++) {
            if (Character.digit(at(i + k), 16) < 0) {
              return -1;
            }
          }
          i += 6;
        } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
          i += 2;
        } else {
          return -1;
        }
      } else if (c < 0x20) {
        return -1;
      } else if (c < 0x80) {
        i++;
      } else {
        int n = utf8(i);
        if (n < 0) {
          return -1;
        }
        i += n;
      }
    }
    return -1;
  }

  /** The length of the UTF-8 sequence at {@code i}, or -1 when it is not one Java's strict decoder takes. */
  private int utf8(int i) {
    int c = b[i] & 0xFF;
    if (c >= 0xC2 && c <= 0xDF) {
      return continuation(i + 1, 0x80, 0xBF) ? 2 : -1;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      int low = c == 0xE0 ? 0xA0 : 0x80;
      int high = c == 0xED ? 0x9F : 0xBF; // no surrogates
      return continuation(i + 1, low, high) && continuation(i + 2, 0x80, 0xBF) ? 3 : -1;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      int low = c == 0xF0 ? 0x90 : 0x80;
      int high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      return continuation(i + 1, low, high) && continuation(i + 2, 0x80, 0xBF) && continuation(i + 3, 0x80, 0xBF) ? 4 : -1;
    }
    return -1;
  }

  private boolean continuation(int i, int low, int high) {
    int c = at(i);
    return c >= low && c <= high;
  }

  private String text(int start, int stop, boolean escapes) {
    if (!escapes) {
      return strings.get(b, start, stop);
    }
    StringBuilder out = new StringBuilder(stop - start);
    int i = start;
    while (i < stop) {
      int c = b[i] & 0xFF;
      if (c != '\\') {
        int run = i;
        while (i < stop && b[i] != '\\') {
          i++;
        }
        out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
        continue;
      }
      int e = b[i + 1];
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> out.append((char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.ISO_8859_1), 16));
        default -> out.append((char) e);
      }
      i += e == 'u' ? 6 : 2;
    }
    return out.toString();
  }

  /**
   * Strings made once: the names, types, forms and labels of a corpus repeat on every line, so
   * short values are looked up by their bytes instead of decoded each time. The table stops
   * taking new strings when half full; a string not in it is decoded as usual.
   */
  private static final class Strings {
    private static final int SIZE = 1 << 14;
    private static final int LONGEST = 48;
    private final byte[][] keys = new byte[SIZE][];
    private final String[] values = new String[SIZE];
    private int count;

    String get(byte[] b, int start, int stop) {
      int length = stop - start;
      if (length > LONGEST) {
        return new String(b, start, length, StandardCharsets.UTF_8);
      }
      int h = 1;
      for (int i = start; i < stop; i++) {
        h = 31 * h + b[i];
      }
      int slot = (h ^ h >>> 15) & (SIZE - 1);
      while (true) {
        byte[] key = keys[slot];
        if (key == null) {
          String s = new String(b, start, length, StandardCharsets.UTF_8);
          if (count < SIZE / 2) {
            keys[slot] = Arrays.copyOfRange(b, start, stop);
            values[slot] = s;
            count++;
          }
          return s;
        }
        if (key.length == length && Arrays.equals(key, 0, length, b, start, stop)) {
          return values[slot];
        }
        slot = (slot + 1) & (SIZE - 1);
      }
    }
  }
}
