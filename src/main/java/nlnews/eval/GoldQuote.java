package nlnews.eval;

import java.util.Objects;

/**
 * One line of a gold file for {@code nlnews quotes eval}: the article it belongs to (a path as
 * written in the file), the exact quoted text, the expected speaker ("" for none), the expected
 * kind label (direct, partial, scare, title), and the line number it came from.
 */
public record GoldQuote(String article, String quote, String speaker, String kind, int line) {

  public GoldQuote {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(kind, "kind");
  }
}
