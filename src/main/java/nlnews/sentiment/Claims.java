package nlnews.sentiment;

/**
 * Which tokens of one sentence a cue has taken, so that no other cue uses them: the words of an
 * expression, a composition and what it composed with. Only the finder that builds the sentence's
 * cues writes it, once per cue it keeps; the rules it asks only read it.
 */
final class Claims {

  private final int from;
  private final boolean[] claimed;

  /** No token of the sentence {@code [from, to)} claimed. */
  Claims(int from, int to) {
    this.from = from;
    this.claimed = new boolean[to - from];
  }

  boolean claimed(int k) {
    return claimed[k - from];
  }

  /** Claims the words of {@code cue}: its parts, or all its tokens. */
  void take(Cue cue) {
    if (cue.composed()) {
      take(cue.tokens());
    } else {
      for (int k = cue.from(); k < cue.to(); k++) {
        claimed[k - from] = true;
      }
    }
  }

  /** Claims the tokens {@code tokens}. */
  void take(int[] tokens) {
    for (int k : tokens) {
      claimed[k - from] = true;
    }
  }
}
