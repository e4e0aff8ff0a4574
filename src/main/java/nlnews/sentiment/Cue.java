package nlnews.sentiment;

import java.util.Arrays;
import java.util.List;

/**
 * A cue as the finder found it, before the rules of its clause shape it: tokens {@code [from,
 * to)} of the article, the words as written, the lexicon category (or "change" for a
 * composition) and the value the lexicon or the composition gives it.
 *
 * @param parts for a composition, the token indexes of its words in ascending order (a gap
 *     between them is no part of it: "werkloosheid nam … af"); null for a cue of consecutive words
 * @param finiteChange a one-word change verb after its target ("de economie groeit"), the cue's
 *     last word; else -1
 * @param flags what kind of cue it is: "change" for a composition, "compound" for a compound scored
 *     by one of its parts
 */
record Cue(int from, int to, String text, String group, double value, int[] parts, int finiteChange, List<String> flags) {

  static final String CHANGE = "change";
  static final List<String> COMPOSITION = List.of(CHANGE);
  static final List<String> COMPOUND = List.of("compound");

  Cue {
    parts = parts == null ? null : parts.clone();
    flags = List.copyOf(flags);
  }

  /** A cue of the consecutive words {@code [from, to)}. */
  static Cue span(int from, int to, String text, String group, double value, List<String> flags) {
    return new Cue(from, to, text, group, value, null, -1, flags);
  }

  /** A composition of the words at {@code parts} (ascending), from the first to the last. */
  static Cue composition(int[] parts, String text, double value, int finiteChange) {
    return new Cue(parts[0], parts[parts.length - 1] + 1, text, CHANGE, value, parts, finiteChange, COMPOSITION);
  }

  /** A copy of the token indexes of a composition's words; null for a cue of consecutive words. */
  @Override
  public int[] parts() {
    return parts == null ? null : parts.clone();
  }

  boolean composed() {
    return parts != null;
  }

  /** The words of the cue: for a composition its parts, else {@code [from, to)}. */
  int[] tokens() {
    if (parts != null) {
      return parts.clone();
    }
    int[] tokens = new int[to - from];
    Arrays.setAll(tokens, i -> from + i);
    return tokens;
  }

  /** True when token {@code k} is one of the cue's words. */
  boolean isPart(int k) {
    if (parts == null) {
      return k >= from && k < to;
    }
    for (int p : parts) {
      if (p == k) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cue c && from == c.from && to == c.to && text.equals(c.text) && group.equals(c.group)
        && Double.compare(value, c.value) == 0 && Arrays.equals(parts, c.parts) && finiteChange == c.finiteChange
        && flags.equals(c.flags);
  }

  @Override
  public int hashCode() {
    return ((from * 31 + to) * 31 + text.hashCode()) * 31 + Arrays.hashCode(parts);
  }

  @Override
  public String toString() {
    return "Cue[" + text + " " + from + ".." + to + (parts == null ? "" : " parts " + Arrays.toString(parts)) + ", " + group + " "
        + value + ", " + flags + "]";
  }
}
