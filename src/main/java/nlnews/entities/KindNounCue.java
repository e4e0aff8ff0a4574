package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A noun next to a name says what kind of thing it is (name-kinds.tsv): right before it ("het duo
 * Träcksäck", "farmaproducent Trenker", "het festival 'Klomppop'"), before it with a comma ("zijn
 * vorige ploeg, Qhubeka,"), or as an apposition after it ("Gorillaz, de band van ..."). Not for a
 * pair of names after the noun ("het duo Bart en Christel" names two people), and not with a
 * comma where the name is shaped like a person's. Thread-safe.
 */
final class KindNounCue {

  static final String LABEL = "kind-noun";

  /**
   * The most words between the article of an apposition and its noun: two adjectives ("Gorillaz,
   * de Britse virtuele band"); more is a clause, not an apposition.
   */
  private static final int MOST_ADJECTIVES = 2;

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  KindNounCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** The type the kind noun next to the name {@code t} gives it, or null. */
  TypeCue cue(SpanTokens t) {
    EntityType type = nounRightBefore(t);
    if (type == null && !PersonShape.of(t, gazetteer)) {
      type = nounBeforeComma(t);
      if (type == null) {
        type = apposition(t);
      }
    }
    return type == null ? null : TypeCue.of(type, LABEL);
  }

  private EntityType nounRightBefore(SpanTokens t) {
    int k = 1;
    if (t.before(k) != null && t.before(k).kind() == TokenKind.QUOTE) {
      k++; // het festival 'Klomppop'
    }
    Token noun = t.before(k);
    if (!isNoun(t, noun, t.from() - k) || PersonShape.of(t, gazetteer) || gazetteer.titleOfCompound(noun.lower()) != null) {
      return null; // "fondsbeheerder Olivier Hertoghe" is a person
    }
    Token next = t.after(1);
    if (next != null && (words.rules().and().contains(next.lower()) || next.text().equals("&"))) {
      return null; // het duo Bart en Christel
    }
    return words.kindOf(noun.lower());
  }

  private EntityType nounBeforeComma(SpanTokens t) {
    Token next = t.after(1);
    if (!SpanTokens.is(t.before(1), ",") || !(next == null || SpanTokens.is(next, ",") || SpanTokens.is(next, ".")
        || SpanTokens.is(next, ")"))) {
      return null;
    }
    Token noun = t.before(2);
    Token determiner = t.before(3);
    if (!isNoun(t, noun, t.from() - 2) || determiner == null || determiner.kind() != TokenKind.WORD || determiner.isCapitalized()) {
      return null;
    }
    return words.kindOf(noun.lower());
  }

  /** "NAME, de [adjectives] NOUN": the noun's type. */
  private EntityType apposition(SpanTokens t) {
    if (!SpanTokens.is(t.after(1), ",")) {
      return null;
    }
    Token article = t.after(2);
    if (article == null || !words.rules().kindArticles().contains(article.lower())) {
      return null;
    }
    for (int k = 3; k <= 3 + MOST_ADJECTIVES; k++) {
      Token w = t.after(k);
      if (w == null || w.kind() != TokenKind.WORD || w.isCapitalized() && gazetteer.placeOfAdjective(w.text()) == null) {
        return null; // "de Britse band" goes on; a name or a clause does not
      }
      EntityType type = words.kindOf(w.lower());
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /**
   * True when {@code noun}, at {@code index} in the sentence, is a lower-case word, a compound
   * with a lower-case tail ("IT-bedrijf"), or a capitalised word only because it opens the
   * sentence.
   */
  private static boolean isNoun(SpanTokens t, Token noun, int index) {
    return noun != null && noun.kind() == TokenKind.WORD
        && (!noun.isCapitalized() || NameShapes.compoundHyphen(noun.text()) > 0 || NameShapes.capitalSaysNothing(t.sentence(), index));
  }
}
