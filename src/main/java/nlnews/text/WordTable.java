package nlnews.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from words to values, laid out for probing every token of every article: one
 * array of slots, each holding a key's hash and where the key's characters lie in one shared
 * character array, so a miss is decided by the slot alone and a hit reads the slot, the key's
 * characters and the value. Keys are at most 65,535 characters long (a word table holds words
 * and names) and not null.
 *
 * <p>Why: the word tables (lexicon, gazetteer, clusters, nouns) are probed a dozen times per
 * token, and in a {@code HashMap} a hit follows four references (bucket, node, key, the key's
 * bytes) to memory far apart: lookups were a third of {@code analyze}'s time. Keys are compared
 * character by character, so the map is exact. Iterates in the order of the map it was built
 * from. Thread-safe.
 */
final class WordTable<V> extends AbstractMap<String, V> {

  private static final long HASH_BITS = 0xFFFF_FFFF_0000_0000L;

  /** Per slot: the key's hash in the high half, its offset in {@link #chars} in the low; 0 for none. */
  private final long[] slots;
  private final int mask;
  /** 32 minus the number of bits of a slot index: the hash's top bits pick the slot. */
  private final int shift;
  /** Per key: its length, its characters, then its index in {@link #values} (two chars). */
  private final char[] chars;
  private final String[] keys;
  private final Object[] values;

  WordTable(Map<String, ? extends V> map) {
    int n = map.size();
    keys = new String[n];
    values = new Object[n];
    int length = 1; // offset 0 is never used, so a slot of 0 is empty
    for (String key : map.keySet()) {
      length = Math.addExact(length, key.length() + 3);
    }
    chars = new char[length];
    slots = new long[Integer.highestOneBit(Math.max(2, n)) << 2]; // at most half full
    mask = slots.length - 1;
    shift = Integer.numberOfLeadingZeros(mask);
    int e = 0;
    int offset = 1;
    for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
      String key = entry.getKey();
      if (key.length() > Character.MAX_VALUE) {
        throw new IllegalArgumentException("a key of " + key.length() + " characters");
      }
      keys[e] = key;
      values[e] = entry.getValue();
      chars[offset] = (char) key.length();
      key.getChars(0, key.length(), chars, offset + 1);
      chars[offset + key.length() + 1] = (char) (e >>> 16);
      chars[offset + key.length() + 2] = (char) e;
      int h = key.hashCode();
      int slot = home(h);
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) h << 32 | offset;
      offset += key.length() + 3;
      e++;
    }
  }

  /** The first slot to try for a hash: its top bits after a multiplicative scramble. */
  private int home(int h) {
    return h * 0x9E3779B9 >>> shift;
  }

  /** The index of {@code key}'s value, or -1. */
  private int find(Object key) {
    return key instanceof String word ? find(word, 0, word.length(), word.hashCode()) : -1;
  }

  /** True when {@code word.substring(from, to)} is a key, found without cutting it out. */
  boolean containsRegion(String word, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + word.charAt(i); // String.hashCode of the region
    }
    return find(word, from, to, h) >= 0;
  }

  /** The index of the value of the key {@code word[from, to)}, whose String hash is {@code h}; or -1. */
  private int find(String word, int from, int to, int h) {
    long tag = (long) h << 32;
    int slot = home(h);
    long s;
    while ((s = slots[slot]) != 0) {
      if ((s & HASH_BITS) == tag) {
        int offset = (int) s;
        int length = chars[offset];
        if (length == to - from && same(word, from, to, offset + 1)) {
          return chars[offset + length + 1] << 16 | chars[offset + length + 2];
        }
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private boolean same(String word, int from, int to, int at) {
    for (int i = from; i < to; i++) {
      if (chars[at++] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int e = find(key);
    return e < 0 ? null : (V) values[e];
  }

  @Override
  @SuppressWarnings("unchecked")
  public V getOrDefault(Object key, V defaultValue) {
    int e = find(key);
    return e < 0 ? defaultValue : (V) values[e];
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int e = next++;
            return new SimpleImmutableEntry<>(keys[e], (V) values[e]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  /** The keys as a set, probed the same way. */
  Set<String> keys() {
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object o) {
        return find(o) >= 0;
      }

      @Override
      public Iterator<String> iterator() {
        return Arrays.asList(keys).iterator();
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
