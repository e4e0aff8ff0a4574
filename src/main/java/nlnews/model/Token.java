package nlnews.model;

import java.util.Objects;

/**
 * One token of an article: its surface text, lower-cased form, Snowball stem, kind, and
 * {@code [start, end)} character offsets into the article's text.
 */
public record Token(String text, String lower, String stem, TokenKind kind, int start, int end) {

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + "," + end + ")");
    }
  }

  public boolean isWord() {
    return kind == TokenKind.WORD || kind == TokenKind.ABBREVIATION;
  }

  /** True when the first character is an upper-case letter (Oekraïne, NAVO, 's-Hertogenbosch is not). */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
