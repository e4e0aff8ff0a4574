package nlnews.sentiment;

import java.util.List;
import nlnews.sentiment.ToneLexicon.Contrast;
import nlnews.sentiment.ToneLexicon.Match;

/**
 * The contrast rule, by the markers of {@code contrast.tsv}: after "maar" (role after) and in the
 * clause that holds "echter" or "toch" (role within) a cue is multiplied by the marker's weight,
 * before such a marker divided by it; in a concessive clause ("hoewel", "weliswaar") multiplied by
 * its weight, which is below 1. The nearest marker of each kind counts. A sentence that opens with
 * such a marker divides the cues of the paragraph's sentences before it ({@link #opening}).
 */
final class ContrastWeight {

  static final String BEFORE = "before-contrast";

  private ContrastWeight() {}

  /**
   * The factors of the contrast and concession markers of sentence {@code s} for {@code cue}: its
   * own clause's (concessive or after-contrast), then the marker after it (before-contrast).
   * Empty when none applies.
   */
  static List<Factor> of(ToneSentence s, Cue cue) {
    Contrast after = null;
    Contrast before = null;
    Contrast concessive = null;
    for (int j = s.from; j < s.to; j++) {
      Match<Contrast> m = s.contrastAt(j);
      if (m == null || j + m.length() > cue.from() && j < cue.to()) {
        continue; // no marker, or one that overlaps the cue
      }
      Contrast marker = m.value();
      switch (marker.role()) {
        case AFTER -> {
          if (j < cue.from()) {
            after = marker;
          } else if (before == null) {
            before = marker;
          }
        }
        case WITHIN -> {
          int start = s.startOfClause(j);
          if (cue.from() >= start) {
            after = marker;
          } else if (before == null && start > s.from) {
            before = marker;
          }
        }
        case CONCESSIVE -> {
          if (s.sameClause(j, cue.from())) {
            concessive = marker;
          }
        }
        case NONE -> {
          // "maar liefst", "maar ook": a phrase that only looks like a contrast
        }
      }
    }
    Factor own = concessive != null ? Factor.times("concessive", concessive.weight())
        : after != null ? Factor.times("after-contrast", after.weight()) : null;
    Factor weakened = before == null ? null : Factor.dividedBy(BEFORE, before.weight());
    if (own == null) {
      return weakened == null ? List.of() : List.of(weakened);
    }
    return weakened == null ? List.of(own) : List.of(own, weakened);
  }

  /**
   * The factor for the cues of the paragraph before sentence {@code s} when it opens with a
   * contrast marker ("Maar ...", or "echter" in its first clause), or null.
   */
  static Factor opening(ToneSentence s) {
    Contrast opening = s.openingContrast();
    return opening == null ? null : Factor.dividedBy(BEFORE, opening.weight());
  }
}
