package nlnews.text;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Read-only copies of the word tables the stages probe for every token. {@code Map.copyOf} and
 * {@code Set.copyOf} probe linearly and call {@code equals} on every occupied slot they pass, and
 * most probes here are misses (a token that is no lexicon entry, a suffix that is no title), so
 * their {@code String.equals} calls came to a sixth of a batch's CPU. A {@link HashMap} compares
 * the cached hash first and calls {@code equals} almost only on a hit.
 */
public final class Lookup {

  private Lookup() {}

  /** An unmodifiable hash-table copy of {@code map}. */
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> map) {
    return Collections.unmodifiableMap(new HashMap<>(map));
  }

  /** An unmodifiable hash-table copy of {@code values}. */
  public static <T> Set<T> set(Collection<? extends T> values) {
    return Collections.unmodifiableSet(new HashSet<>(values));
  }
}
