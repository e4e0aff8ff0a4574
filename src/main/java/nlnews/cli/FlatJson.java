package nlnews.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader of the one JSON shape nlnews's own JSON Lines have: a flat object whose values
 * are strings, numbers, true, false, null or arrays of those. Reading a corpus's analysis back
 * is mostly this, and the general reader ({@link nlnews.input.Json}) takes four times as long.
 * Anything else, and anything malformed, gives null: the caller then asks the general reader,
 * which says what is wrong.
 */
final class FlatJson {

  private final String s;
  private int i;

  private FlatJson(String s) {
    this.s = s;
  }

  /** The object of {@code line}, or null when it is not a flat object this reader takes. */
  static Map<String, Object> object(String line) {
    try {
      return new FlatJson(line).object();
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  private Map<String, Object> object() {
    space();
    if (s.charAt(i++) != '{') {
      return null;
    }
    Map<String, Object> out = new HashMap<>();
    space();
    if (s.charAt(i) == '}') {
      i++;
      return end(out);
    }
    while (true) {
      space();
      if (s.charAt(i) != '"') {
        return null;
      }
      String key = string();
      space();
      if (key == null || s.charAt(i++) != ':') {
        return null;
      }
      space();
      Object value;
      char c = s.charAt(i);
      if (c == '[') {
        value = array();
      } else {
        value = scalar();
      }
      if (value == INVALID || out.put(key, value == NULL ? null : value) != null) {
        return null; // a duplicate key: let the general reader decide
      }
      space();
      char next = s.charAt(i++);
      if (next == '}') {
        return end(out);
      }
      if (next != ',') {
        return null;
      }
    }
  }

  private Map<String, Object> end(Map<String, Object> out) {
    space();
    return i == s.length() ? out : null;
  }

  private static final Object NULL = new Object();
  private static final Object INVALID = new Object();

  private Object array() {
    i++;
    List<Object> list = new ArrayList<>();
    space();
    if (s.charAt(i) == ']') {
      i++;
      return list;
    }
    while (true) {
      space();
      Object v = scalar();
      if (v == INVALID) {
        return INVALID;
      }
      list.add(v == NULL ? null : v);
      space();
      char next = s.charAt(i++);
      if (next == ']') {
        return list;
      }
      if (next != ',') {
        return INVALID;
      }
    }
  }

  private Object scalar() {
    char c = s.charAt(i);
    if (c == '"') {
      String v = string();
      return v == null ? INVALID : v;
    }
    if (s.startsWith("null", i)) {
      i += 4;
      return NULL;
    }
    if (s.startsWith("true", i)) {
      i += 4;
      return Boolean.TRUE;
    }
    if (s.startsWith("false", i)) {
      i += 5;
      return Boolean.FALSE;
    }
    int start = i;
    boolean fraction = false;
    while (i < s.length()) {
      char d = s.charAt(i);
      if (d >= '0' && d <= '9' || d == '-') {
        i++;
      } else if (d == '.' || d == 'e' || d == 'E' || d == '+') {
        fraction = true;
        i++;
      } else {
        break;
      }
    }
    if (start == i) {
      return INVALID;
    }
    String number = s.substring(start, i);
    if (!fraction) {
      try {
        return Long.valueOf(number);
      } catch (NumberFormatException e) {
        return INVALID; // too large: the general reader makes it a Double
      }
    }
    return Double.valueOf(number);
  }

  /** The string at {@code i} (at its opening quote), or null when it has an escape this reader does not take. */
  private String string() {
    int start = ++i;
    int close = s.indexOf('"', start);
    int escape = s.indexOf('\\', start);
    if (close < 0) {
      return null;
    }
    if (escape < 0 || escape > close) {
      i = close + 1;
      return plain(start, close) ? s.substring(start, close) : null;
    }
    StringBuilder b = new StringBuilder(close - start + 16);
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        return null;
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          int code = 0;
          for (int k = 0; k < 4; k++) {
            int digit = Character.digit(s.charAt(i++), 16);
            if (digit < 0) {
              return null;
            }
            code = code * 16 + digit;
          }
          b.append((char) code);
        }
        default -> {
          return null;
        }
      }
    }
  }

  /** True when {@code [start, end)} holds no control character, which JSON does not allow raw. */
  private boolean plain(int start, int end) {
    for (int k = start; k < end; k++) {
      if (s.charAt(k) < 0x20) {
        return false;
      }
    }
    return true;
  }

  private void space() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      i++;
    }
  }
}
