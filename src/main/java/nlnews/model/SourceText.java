package nlnews.model;

import java.util.Objects;

/**
 * A decoded article before analysis: its id (the path as given, or relative to the directory
 * walked; "-" for stdin; a row's id field), the full decoded text, the metadata date (or ""), the
 * offset where the body starts once the metadata marker has been skipped, and the outlet it came
 * from (or "").
 */
public record SourceText(String id, String text, String date, int bodyStart, String source) {

  public SourceText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (bodyStart < 0 || bodyStart > text.length()) {
      throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
    }
  }

  /** A text whose outlet is not known. */
  public SourceText(String id, String text, String date, int bodyStart) {
    this(id, text, date, bodyStart, "");
  }

  /** The same text from the outlet {@code source}. */
  public SourceText withSource(String source) {
    return new SourceText(id, text, date, bodyStart, source);
  }

  /** A text without metadata, as the tests and the evaluation commands use it. */
  public static SourceText of(String id, String text) {
    return new SourceText(id, text, "", 0);
  }
}
