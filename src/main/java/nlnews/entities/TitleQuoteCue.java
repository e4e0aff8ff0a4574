package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A name inside a short quoted title is part of the title of a work, a programme or a song, no
 * person, place or organisation of its own: "de zanger van 'Malle Babbe'", "‘The Voice van
 * Vlaanderen’". A quoted title has two to {@value #LONGEST_TITLE} tokens, every word of them
 * capitalised but short link words ("van", "de", "en"). Names the gazetteer knows keep their type
 * ("zei hij aan 'De Telegraaf'"), and a quotation with a verb or other lower-case words is
 * someone's words, whose names count ("'Rutte moet weg'"). Thread-safe.
 */
final class TitleQuoteCue {

  static final String LABEL = "title";

  /** The most tokens of a quoted title: "The Voice van Vlaanderen" has four, six leaves room. */
  static final int LONGEST_TITLE = 6;

  /** The longest lower-case link word inside a title: "van", "de", "het", "en", "of". */
  private static final int LONGEST_LINK_WORD = 3;

  private final Gazetteer gazetteer;

  TitleQuoteCue(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** MISC when the name {@code t} stands in a short quoted title, else null. */
  TypeCue cue(SpanTokens t) {
    if (gazetteer.name(t.text()) != null) {
      return null;
    }
    int open = t.from() - 1;
    while (open >= 0 && open >= t.to() - LONGEST_TITLE - 1 && t.sentence().get(open).kind() != TokenKind.QUOTE) {
      open--;
    }
    int close = t.to();
    while (close < t.sentence().size() && close - open - 1 <= LONGEST_TITLE && t.sentence().get(close).kind() != TokenKind.QUOTE) {
      close++;
    }
    if (open < 0 || close >= t.sentence().size() || t.sentence().get(open).kind() != TokenKind.QUOTE
        || t.sentence().get(close).kind() != TokenKind.QUOTE) {
      return null;
    }
    int length = close - open - 1;
    if (length < 2 || length > LONGEST_TITLE || gazetteer.name(t.text(t.sentence().get(open + 1), t.sentence().get(close - 1))) != null) {
      return null;
    }
    for (int k = open + 1; k < close; k++) {
      Token w = t.sentence().get(k);
      boolean link = w.kind() == TokenKind.WORD && !w.isCapitalized() && w.text().length() <= LONGEST_LINK_WORD;
      if (!(w.isWord() && w.isCapitalized()) && !link) {
        return null;
      }
    }
    return TypeCue.of(EntityType.MISC, LABEL);
  }
}
