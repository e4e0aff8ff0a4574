package nlnews.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.input.Json;
import nlnews.model.QuoteKind;

/**
 * Reads gold quotes written as JSON Lines: one object per line with the string fields
 * {@code article}, {@code quote}, {@code speaker} and {@code kind}; other fields are ignored,
 * blank lines skipped. Errors name the line.
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
        quotes.add(quote(object(line), i + 1));
      } catch (IllegalArgumentException e) {
        errors.add(new LineError(i + 1, e.getMessage()));
      }
    }
    return new Parsed(quotes, errors);
  }

  /** The JSON object of one line; a syntax error says the column, as the line is known. */
  private static Map<String, Object> object(String line) {
    try {
      return Json.object(line);
    } catch (Json.SyntaxException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.reason() + (e.line() > 0 ? " at column " + e.column() : ""));
    }
  }

  private static GoldQuote quote(Map<String, Object> object, int line) {
    for (String field : FIELDS) {
      if (!object.containsKey(field)) {
        throw new IllegalArgumentException("missing field \"" + field + "\"");
      }
      if (!(object.get(field) instanceof String)) {
        throw new IllegalArgumentException("field \"" + field + "\" must be a string, not " + Json.typeName(object.get(field)));
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
}
