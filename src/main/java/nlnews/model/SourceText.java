package nlnews.model;

import java.util.Objects;

/**
 * A decoded article before analysis: its id (the path as given, or relative to the directory
 * walked; "-" for stdin), the full decoded text, the metadata date (or ""), and the offset where
 * the body starts once the metadata marker has been skipped.
 */
public record SourceText(String id, String text, String date, int bodyStart) {

  public SourceText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    if (bodyStart < 0 || bodyStart > text.length()) {
      throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
    }
  }

  /** A text without metadata, as the tests and the evaluation commands use it. */
  public static SourceText of(String id, String text) {
    return new SourceText(id, text, "", 0);
  }
}
