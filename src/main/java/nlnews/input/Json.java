package nlnews.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of one JSON text (RFC 8259) into plain Java values: an object becomes a
 * {@code Map<String, Object>} in the order of its fields, an array a {@code List<Object>}, a
 * string a {@code String}, a number a {@code Long} when it is an integer that fits and a
 * {@code Double} otherwise, {@code true}/{@code false} a {@code Boolean}, and {@code null} a
 * Java null. Small and of its own, rather than a library, because gold files and article exports
 * need nothing more, and an error can say where it is: {@code line 3, column 17: expected ':'}.
 */
public final class Json {

  /** A text that is not JSON; the message says what was expected and where ("line 3, column 17: ..."). */
  public static final class SyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String reason;

    SyntaxException(int line, int column, String reason) {
      super((line > 0 ? "line " + line + ", column " + column + ": " : "") + reason);
      this.line = line;
      this.column = column;
      this.reason = reason;
    }

    /** The line of the error, from 1; 0 when the text is JSON but not the value asked for. */
    public int line() {
      return line;
    }

    /** The column of the error on its line, from 1. */
    public int column() {
      return column;
    }

    /** What was wrong, without the place. */
    public String reason() {
      return reason;
    }
  }

  /** Nesting deeper than this is refused rather than allowed to exhaust the stack. */
  static final int MAX_DEPTH = 512;

  private final String s;
  private int i;
  private int depth;

  private Json(String s) {
    this.s = s;
  }

  /** The value of the JSON text {@code text}; white space around it is allowed, anything else after it is not. */
  public static Object parse(String text) {
    Json p = new Json(text);
    p.space();
    Object value = p.value();
    p.space();
    if (p.i < p.s.length()) {
      throw p.error("text after the value");
    }
    return value;
  }

  /** The object of the JSON text {@code text}; any other value is an error. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new SyntaxException(0, 0, "expected a JSON object, not " + typeName(value));
    }
    return (Map<String, Object>) value;
  }

  /** "an object", "an array", "a string", "a number", "true or false" or "null": for messages. */
  public static String typeName(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "true or false";
    }
    return "a number";
  }

  private Object value() {
    char c = peek();
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      default:
        return literal();
    }
  }

  private Map<String, Object> object() {
    enter();
    expect('{');
    Map<String, Object> object = new LinkedHashMap<>();
    space();
    if (peek() == '}') {
      i++;
      depth--;
      return Collections.unmodifiableMap(object);
    }
    while (true) {
      space();
      int keyAt = i;
      String key = string();
      space();
      expect(':');
      space();
      Object value = value();
      if (object.containsKey(key)) {
        i = keyAt;
        throw error("field \"" + key + "\" given twice");
      }
      object.put(key, value);
      space();
      char c = next();
      if (c == '}') {
        depth--;
        return Collections.unmodifiableMap(object);
      }
      if (c != ',') {
        i--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    enter();
    expect('[');
    List<Object> array = new ArrayList<>();
    space();
    if (peek() == ']') {
      i++;
      depth--;
      return Collections.unmodifiableList(array);
    }
    while (true) {
      space();
      array.add(value());
      space();
      char c = next();
      if (c == ']') {
        depth--;
        return Collections.unmodifiableList(array);
      }
      if (c != ',') {
        i--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " deep");
    }
  }

  private Object literal() {
    int start = i;
    while (i < s.length() && "{}[],:\" \t\r\n".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    String word = s.substring(start, i);
    switch (word) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        break;
    }
    if (word.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      if (word.matches("-?\\d{1,18}")) {
        return Long.valueOf(word);
      }
      return Double.valueOf(word);
    }
    i = start;
    throw error(word.isEmpty() ? "expected a value" : "expected a value, not " + word);
  }

  private String string() {
    expect('"');
    StringBuilder out = null;
    while (true) {
      // A run of plain characters is copied at once: an article text in a JSON Lines export is
      // kilobytes of them between a few escapes.
      int run = i;
      char c = 0;
      while (i < s.length() && (c = s.charAt(i)) != '"' && c != '\\' && c >= 0x20) {
        i++;
      }
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      if (c == '"') {
        i++;
        return out == null ? s.substring(run, i - 1) : out.append(s, run, i - 1).toString();
      }
      if (c < 0x20) {
        throw error("control character in a string (write it as an escape)");
      }
      if (out == null) {
        out = new StringBuilder(Math.max(16, 2 * (i - run)));
      }
      out.append(s, run, i);
      i++; // the backslash
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> {
          i -= 2;
          throw error("unknown escape \\" + e);
        }
      }
    }
  }

  private char unicodeEscape() {
    if (i + 4 > s.length()) {
      throw error("short \\u escape");
    }
    int value = 0;
    for (int k = 0; k < 4; k++) {
      int digit = Character.digit(s.charAt(i + k), 16);
      if (digit < 0) {
        throw error("bad \\u escape");
      }
      value = value * 16 + digit;
    }
    i += 4;
    return (char) value;
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

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end of the text");
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private SyntaxException error(String message) {
    int line = 1;
    int column = 1;
    for (int k = 0; k < Math.min(i, s.length()); k++) {
      if (s.charAt(k) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SyntaxException(line, column, message);
  }
}
