package nlnews.corpus;

import java.util.Arrays;

/**
 * Two counts per pair of ints, in open addressing over primitive arrays: pairs of entities are
 * the one table of the corpus that grows with the square of the names in an article, so each
 * costs about thirty bytes here instead of the hundred and more of a map of boxed values.
 */
final class PairCounts {

  private static final int INITIAL = 1 << 10;
  /** Grow when more than this share of the slots is taken: past it, probing lengthens fast. */
  private static final double LOAD = 0.6;
  private static final long EMPTY = -1L;

  private long[] keys = new long[INITIAL];
  private int[] first = new int[INITIAL];
  private int[] second = new int[INITIAL];
  private int size;

  PairCounts() {
    Arrays.fill(keys, EMPTY);
  }

  /** Adds {@code a} and {@code b} to the counts of the pair {@code (x, y)}, ints of at least 0. */
  void add(int x, int y, int a, int b) {
    if (size + 1 > keys.length * LOAD) {
      grow();
    }
    long key = ((long) x << 32) | (y & 0xffffffffL);
    int slot = slot(keys, key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    }
    first[slot] += a;
    second[slot] += b;
  }

  int size() {
    return size;
  }

  /** Calls {@code action} for each pair with its counts, in no particular order: callers sort. */
  void forEach(Visitor action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.visit((int) (keys[i] >>> 32), (int) keys[i], first[i], second[i]);
      }
    }
  }

  /** What {@link #forEach} calls. */
  interface Visitor {
    void visit(int x, int y, int first, int second);
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldFirst = first;
    int[] oldSecond = second;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    first = new int[keys.length];
    second = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        first[slot] = oldFirst[i];
        second[slot] = oldSecond[i];
      }
    }
  }
}
