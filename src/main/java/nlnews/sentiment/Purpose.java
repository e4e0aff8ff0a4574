package nlnews.sentiment;

import nlnews.model.Token;

/**
 * The purpose rule: a cue in a clause of purpose, from its opener ({@code purpose-openers.tsv}:
 * om, teneinde) to "te" and the infinitive that close it, states an aim, not an event, and is
 * multiplied by {@value #FACTOR}: "om de kaartjes betaalbaar te houden", "om het feest te vieren".
 * A cue after the infinitive, in another clause, or after a word that opens a clause of its own
 * ({@code subordinators.tsv}) between the opener and the cue is outside it.
 */
final class Purpose {

  /** An aim says half of what the event would: "om te winnen" is no win, but a wish for one. */
  static final double FACTOR = 0.5;
  /**
   * At most this many tokens from the opener to "te": a clause of purpose holds an object and an
   * adverbial or two ("om de zorg voor ouderen in de regio betaalbaar te houden"); further on,
   * "om" was more likely a preposition ("om tien uur").
   */
  static final int REACH = 12;
  private static final Factor AIM = Factor.times("purpose", FACTOR);

  private final ToneWords words;

  Purpose(ToneWords words) {
    this.words = words;
  }

  /** The factor of the clause of purpose that holds {@code cue}, flagged; or null. */
  Factor of(ToneSentence s, Cue cue) {
    int opener = opener(s, cue.from());
    if (opener < 0) {
      return null;
    }
    int infinitive = infinitive(s, opener);
    return infinitive >= cue.from() ? AIM : null;
  }

  /** The nearest opener before token {@code k} in its clause, with no clause of its own between; or -1. */
  private int opener(ToneSentence s, int k) {
    for (int j = k - 1; j >= s.from && s.sameClause(j, k); j--) {
      String lower = s.get(j).lower();
      if (words.purposeOpeners().contains(lower)) {
        return j;
      }
      if (words.subordinators().contains(lower)) {
        return -1;
      }
    }
    return -1;
  }

  /** The infinitive after "te" that closes the clause of purpose opened at {@code opener}; or -1. */
  private int infinitive(ToneSentence s, int opener) {
    ToneWords.RuleWords rules = words.rules();
    for (int j = opener + 1; j + 1 < s.to && j <= opener + REACH && s.sameClause(j, opener); j++) {
      Token t = s.get(j);
      if (words.subordinators().contains(t.lower())) {
        return -1;
      }
      Token next = s.get(j + 1);
      if (t.lower().equals(rules.infinitiveMarker()) && next.isWord() && s.sameClause(j + 1, opener)
          && (next.lower().endsWith(rules.infinitiveEnding()) || words.shortInfinitives().contains(next.lower()))) {
        return j + 1;
      }
    }
    return -1;
  }
}
