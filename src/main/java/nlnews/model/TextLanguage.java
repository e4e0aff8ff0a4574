package nlnews.model;

import java.util.Objects;

/**
 * The language an article is written in, as an ISO 639-3 code ("nld", "fry") with its English
 * name; {@link #UNKNOWN} (code "") for an article without words to tell.
 */
public record TextLanguage(String code, String name) {

  public static final TextLanguage DUTCH = new TextLanguage("nld", "Dutch");
  public static final TextLanguage UNKNOWN = new TextLanguage("", "");

  public TextLanguage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  /** True for a language that is known and not Dutch: the articles worth a note. */
  public boolean isOtherThanDutch() {
    return !code.isEmpty() && !code.equals(DUTCH.code);
  }
}
