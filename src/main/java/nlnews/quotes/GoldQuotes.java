package nlnews.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.model.QuoteKind;

/**
 * Reads gold quotes written as JSON Lines: one object per line with the string fields
 * {@code article}, {@code quote}, {@code speaker} and {@code kind}; other fields are ignored,
 * blank lines skipped. A small reader of its own rather than a JSON library: the format is flat
 * strings, and the error messages can name the line.
 */
public final class GoldQuotes {

  /** The required fields, in the order a gold line writes them. */
  public static final List<String> FIELDS = List.of("article", "quote", "speaker", "kind");

  private static final Set<String> KINDS = kindLabels();

  /** What a gold text held: the quotes it could read and one message per line it could not. */
  public record Parsed(List<GoldQuote> quotes, List<LineError> errors) {
    public Parsed {
      quotes = List.copyOf(quotes);
      errors = List.copyOf(errors);
    }
  }

  /** A line that could not be read, with why. */
  public record LineError(int line, String message) {}

  private GoldQuotes() {}

  public static Parsed parse(String text) {
    List<GoldQuote> quotes = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      try {
        quotes.add(quote(Json.object(line), i + 1));
      } catch (IllegalArgumentException e) {
        errors.add(new LineError(i + 1, e.getMessage()));
      }
    }
    return new Parsed(quotes, errors);
  }

  private static GoldQuote quote(Map<String, Object> object, int line) {
    for (String field : FIELDS) {
      Object value = object.get(field);
      if (value == null) {
        throw new IllegalArgumentException("missing field \"" + field + "\"");
      }
      if (!(value instanceof String)) {
        throw new IllegalArgumentException("field \"" + field + "\" must be a string");
      }
    }
    String kind = (String) object.get("kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown kind \"" + kind + "\" (expected one of " + String.join(", ", KINDS) + ")");
    }
    String article = (String) object.get("article");
    String quote = (String) object.get("quote");
    if (article.isEmpty() || quote.isEmpty()) {
      throw new IllegalArgumentException("\"article\" and \"quote\" must not be empty");
    }
    return new GoldQuote(article, quote, (String) object.get("speaker"), kind, line);
  }

  private static Set<String> kindLabels() {
    Set<String> labels = new java.util.LinkedHashSet<>();
    for (QuoteKind k : QuoteKind.values()) {
      labels.add(k.label());
    }
    return java.util.Collections.unmodifiableSet(labels); // in the enum's order, for the message
  }

  /** The part of JSON a gold line needs: one object whose values are strings, numbers, booleans or null. */
  static final class Json {
    private static final Object NULL = new Object();
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    /** The object on {@code line}; nested objects and arrays are refused. */
    static Map<String, Object> object(String line) {
      Json p = new Json(line);
      p.space();
      p.expect('{');
      Map<String, Object> object = new LinkedHashMap<>();
      p.space();
      if (p.peek() == '}') {
        p.i++;
      } else {
        while (true) {
          p.space();
          String key = p.string();
          p.space();
          p.expect(':');
          p.space();
          Object value = p.value(key);
          if (object.put(key, value) != null) {
            throw new IllegalArgumentException("field \"" + key + "\" given twice");
          }
          p.space();
          char c = p.next();
          if (c == '}') {
            break;
          }
          if (c != ',') {
            throw p.error("expected ',' or '}'");
          }
        }
      }
      p.space();
      if (p.i < p.s.length()) {
        throw p.error("text after the object");
      }
      return object;
    }

    private Object value(String key) {
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (c == '{' || c == '[') {
        throw new IllegalArgumentException("field \"" + key + "\" must be a string, not an object or array");
      }
      int start = i;
      while (i < s.length() && "{}[],: \t\"".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      if (word.equals("true") || word.equals("false")) {
        return Boolean.valueOf(word);
      }
      if (word.equals("null")) {
        return NULL; // present but not a string; the caller says so
      }
      if (word.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
        return Double.valueOf(word);
      }
      i = start;
      throw error("expected a value");
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        if (i >= s.length()) {
          throw error("unterminated string");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          i--;
          throw error("control character in a string (write it as an escape)");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
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
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error("short \\u escape");
            }
            try {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException x) {
              throw error("bad \\u escape");
            }
            i += 4;
          }
          default -> {
            i -= 2;
            throw error("unknown escape \\" + e);
          }
        }
      }
    }

    private void space() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw error("unexpected end of line");
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

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException("not a JSON object: " + message + " at column " + (i + 1));
    }
  }
}
