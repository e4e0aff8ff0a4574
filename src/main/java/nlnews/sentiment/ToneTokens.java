package nlnews.sentiment;

import java.util.HashSet;
import java.util.Set;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.quotes.QuoteMarks;
import nlnews.text.TokenIndex;

/**
 * An article's tokens as the tone rules see them: which can be cues (words, not names, not in
 * scare quotes) and which are quoted speech. Built once per article; immutable.
 */
final class ToneTokens {

  /** A common noun after a hyphen has two letters or more: a single letter is no word. */
  private static final int SHORTEST_WORD_AFTER_HYPHEN = 2;

  private final TokenIndex index;
  private final QuoteMarks marks;
  private final boolean[] usable;

  /** {@code marks} (may be null) tells which words are in scare quotes and which are quoted. */
  ToneTokens(TokenIndex index, QuoteMarks marks) {
    this.index = index;
    this.marks = marks;
    // A word the article writes with a capital inside a sentence is a name there, and so also
    // where it opens a sentence: "Voorzitter Anna Blij ... Blij opende de vergadering."
    Set<String> names = new HashSet<>();
    for (int k = 0; k < index.size(); k++) {
      Token t = index.get(k);
      if (t.isWord() && t.isCapitalized() && !opensClause(index, k)) {
        names.add(t.lower());
      }
    }
    usable = new boolean[index.size()];
    for (int k = 0; k < usable.length; k++) {
      usable[k] = usable(index, marks, names, k);
    }
  }

  TokenIndex index() {
    return index;
  }

  Token get(int k) {
    return index.get(k);
  }

  /**
   * Whether token {@code k} can be a cue: a word, not inside a scare quote, and not a name. In
   * Dutch only names are capitalised inside a sentence, so "Wethouder Jan de Goede" or "Anna
   * Blij" carry no tone, nor does "Blij" opening a sentence of the same article.
   */
  boolean usable(int k) {
    return usable[k];
  }

  /**
   * True for a capitalised word inside a sentence, not in scare quotes, long enough to be a
   * compound of a name and a common word ("Brexitangst"): its head may still be a cue.
   */
  boolean namedCompound(int k) {
    Token t = index.get(k);
    return t.kind() == TokenKind.WORD && t.isCapitalized() && t.lower().length() >= Compounds.SHORTEST_COMPOUND
        && (marks == null || !marks.inScareQuote(k));
  }

  /** True when token {@code k} is inside quoted speech. */
  boolean quoted(int k) {
    return marks != null && marks.inQuote(k);
  }

  private static boolean usable(TokenIndex index, QuoteMarks marks, Set<String> names, int k) {
    Token t = index.get(k);
    if (!t.isWord()) {
      return false;
    }
    if (t.isCapitalized() && !commonAfterHyphen(t.text()) && (!opensClause(index, k) || names.contains(t.lower()))) {
      return false;
    }
    return marks == null || !marks.inScareQuote(k);
  }

  /**
   * A capitalised word whose last part, after a hyphen, is lower case: a common noun named after
   * something ("CO2-uitstoot", "EU-landen", "Griekenland-crisis"), unlike "Noord-Holland".
   */
  private static boolean commonAfterHyphen(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && word.length() - hyphen - 1 >= SHORTEST_WORD_AFTER_HYPHEN && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /**
   * True at the start of a sentence, or after an opening quote mark, a colon, semicolon or
   * bracket, or a dash ("AMSTERDAM - Werkloosheid daalt").
   */
  private static boolean opensClause(TokenIndex index, int k) {
    int sentenceStart = index.sentenceStart(index.sentenceOf(k));
    for (int j = k - 1; j >= sentenceStart; j--) {
      Token t = index.get(j);
      if (t.kind() == TokenKind.QUOTE) {
        continue;
      }
      if (t.kind() == TokenKind.DASH) {
        return true;
      }
      return t.kind() == TokenKind.PUNCTUATION && ":;([".contains(t.text());
    }
    return true;
  }
}
