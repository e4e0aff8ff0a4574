package nlnews.sentiment;

import nlnews.model.Token;

/**
 * What the punctuation around a cue says: an exclamation mark ending its sentence weighs it more,
 * a question mark less (a question asserts nothing: "Wordt negatieve spaarrente de norm?"), and
 * quote marks around it mark it as quoted speech, which counts as the text's own words do.
 */
final class Punctuation {

  /** An exclamation stresses what it says, a little. */
  static final double EXCLAMATION = 1.2;
  /** A question asks whether, and so says half as much as the statement would. */
  static final double QUESTION = 0.5;

  private static final Factor EXCLAIMED = Factor.times("exclaimed", EXCLAMATION);
  private static final Factor ASKED = Factor.times("question", QUESTION);
  private static final Factor QUOTED = Factor.mark("quoted");

  private Punctuation() {}

  /** The factor of the mark that ends sentence {@code s} (quote marks aside), or null for none of the two. */
  static Factor mood(ToneSentence s) {
    Token last = s.last();
    if (last.text().startsWith("!")) {
      return EXCLAIMED;
    }
    if (last.text().startsWith("?")) {
      return ASKED;
    }
    return null;
  }

  /** The mark of quoted speech when {@code cue} starts inside a quotation, else null. */
  static Factor quotation(ToneTokens tokens, Cue cue) {
    return tokens.quoted(cue.from()) ? QUOTED : null;
  }
}
