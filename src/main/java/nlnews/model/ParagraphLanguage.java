package nlnews.model;

import java.util.Objects;

/** A paragraph written in another language than its article: its number and that language. */
public record ParagraphLanguage(int paragraph, TextLanguage language) {

  public ParagraphLanguage {
    Objects.requireNonNull(language, "language");
  }
}
