package nlnews.sentiment;

/**
 * The counterfactual rule: a clause with a past auxiliary and a modal ({@code
 * counterfactual-words.tsv}: "het had erger kunnen zijn", "we hadden moeten winnen", "dat had beter
 * gekund") says what did not happen, and its cues are multiplied by {@value #FACTOR}. Not "zou": it
 * reports allegations ("hij zou de man hebben mishandeld") and possibilities as often.
 */
final class Counterfactual {

  /** What did not happen says half of what the event would have: a win that should have been is no win. */
  static final double FACTOR = 0.5;
  private static final Factor UNREAL = Factor.times("counterfactual", FACTOR);

  private final ToneWords words;

  Counterfactual(ToneWords words) {
    this.words = words;
  }

  /** The factor for {@code cue} when its clause is counterfactual, flagged; or null. */
  Factor of(ToneSentence s, Cue cue) {
    int start = s.startOfClause(cue.from());
    boolean auxiliary = false;
    boolean modal = false;
    for (int j = start; j < s.to && s.sameClause(j, start); j++) {
      String lower = s.get(j).lower();
      auxiliary |= words.pastAuxiliaries().contains(lower);
      modal |= words.modals().contains(lower);
    }
    return auxiliary && modal ? UNREAL : null;
  }
}
