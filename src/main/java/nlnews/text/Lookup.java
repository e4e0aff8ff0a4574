package nlnews.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Read-only copies of the word tables the stages probe for every token, as {@link WordTable}s:
 * probing them was a third of a batch's CPU time. ({@code Map.copyOf} and {@code Set.copyOf}
 * call {@code equals} on every occupied slot a probe passes; a {@code HashMap} follows four
 * references to memory far apart for every hit.) Copies iterate in their source's order.
 */
public final class Lookup {

  private Lookup() {}

  /** An unmodifiable copy of {@code map}. */
  public static <V> Map<String, V> map(Map<String, ? extends V> map) {
    return new WordTable<>(map);
  }

  /**
   * The set of {@code words}, for the short fixed word lists the stages test tokens against; a
   * word listed twice is a slip in the list and refused, as {@code Set.of} does.
   */
  public static Set<String> words(String... words) {
    Set<String> set = set(Arrays.asList(words));
    if (set.size() != words.length) {
      throw new IllegalArgumentException("a word listed twice in " + Arrays.toString(words));
    }
    return set;
  }

  /** An unmodifiable copy of {@code values}, without repeats. */
  public static Set<String> set(Collection<String> values) {
    Map<String, Boolean> present = new LinkedHashMap<>();
    for (String v : values) {
      present.put(v, Boolean.TRUE);
    }
    return new WordTable<>(present).keys();
  }
}
