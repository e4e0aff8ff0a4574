package nlnews.sentiment;

import nlnews.model.Token;
import nlnews.sentiment.ToneLexicon.Match;

/**
 * The intensity rule: an intensifier or downtoner of {@code intensifiers.tsv} right before a cue
 * (at most one word between: "zeer grote zorgen"), or for a composition right before or after one
 * of its words ("steeg fors", "licht gedaald"), multiplies the cue by its factor. Only the nearest
 * counts.
 */
final class Intensity {

  /** How many words before a cue an intensifier may stand: right before it, or one word between. */
  static final int REACH = 2;
  /** How much of a downtoner's weakening a change keeps: "iets minder werklozen" is still fewer. */
  static final double DOWNTONED_CHANGE = 0.5;

  private Intensity() {}

  /** The factor of the intensifier or downtoner that governs {@code cue}, flagged; or null. */
  static Factor of(ToneSentence s, Cue cue) {
    double factor = factor(s, cue);
    if (factor > 0 && factor < 1 && cue.composed()) {
      factor = 1 - (1 - factor) * DOWNTONED_CHANGE;
    }
    if (factor > 0) {
      return Factor.times(factor > 1 ? "intensified" : "downtoned", factor);
    }
    return null;
  }

  /** The factor as listed, or 0 when no intensifier governs the cue. */
  private static double factor(ToneSentence s, Cue cue) {
    for (int j = cue.from() - 1, words = 0; j >= s.from && words < REACH; j--) {
      Token t = s.get(j);
      if (!t.isWord() || s.isBoundary(j)) {
        break;
      }
      Match<Double> m = s.intensifierCovering(j);
      if (m != null) {
        return m.value();
      }
      words++;
    }
    if (cue.composed()) {
      for (int p : cue.tokens()) {
        Match<Double> m = beside(s, cue, p, p - 1);
        if (m == null) {
          m = beside(s, cue, p, p + 1);
        }
        if (m != null) {
          return m.value();
        }
      }
    }
    return 0;
  }

  /** The intensifier at token {@code j}, next to the composition's word {@code p} in its clause; or null. */
  private static Match<Double> beside(ToneSentence s, Cue cue, int p, int j) {
    if (j >= s.from && j < s.to && !cue.isPart(j) && s.sameClause(j, p)) {
      return s.intensifierCovering(j);
    }
    return null;
  }
}
