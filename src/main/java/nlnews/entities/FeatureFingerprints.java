package nlnews.entities;

import java.util.Arrays;

/**
 * The features of one token as 64-bit fingerprints, in the order they were added: what a
 * {@link GreedyDecoder} looks up. A feature given in parts has the fingerprint of the parts
 * joined, computed without joining them. Reused token after token; one per thread.
 */
final class FeatureFingerprints implements FeatureSink {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private long[] values = new long[64];
  private int size;

  /** 64-bit FNV-1a over the characters, then MurmurHash3's finaliser to spread the bits. */
  static long of(String feature) {
    return finish(mix(FNV_OFFSET, feature));
  }

  private static long mix(long h, String s) {
    return mix(h, s, 0, s.length());
  }

  /**
   * The state of the hash after the parts, before {@link #finish}: a feature that starts with
   * them is finished by {@link #of(long, String)}, so a word's share is mixed once.
   */
  static long start(String... parts) {
    long h = FNV_OFFSET;
    for (String part : parts) {
      h = mix(h, part);
    }
    return h;
  }

  /** The fingerprint of the feature made of the parts behind {@code state} and then {@code tail}. */
  static long of(long state, String tail) {
    return finish(mix(state, tail));
  }

  /** The fingerprint of the feature {@code a + b}. */
  static long of(String a, String b) {
    return finish(mix(mix(FNV_OFFSET, a), b));
  }

  /** Mixes in the characters {@code s[from, to)}. */
  private static long mix(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  long get(int i) {
    return values[i];
  }

  /** Overwrites value {@code i}: the decoder puts each feature's table entry in its place. */
  void set(int i, long value) {
    values[i] = value;
  }

  @Override
  public void add(String feature) {
    push(of(feature));
  }

  @Override
  public void add(String a, String b) {
    push(of(a, b));
  }

  @Override
  public void add(String a, String b, String c) {
    push(finish(mix(mix(mix(FNV_OFFSET, a), b), c)));
  }

  @Override
  public void add(String a, String b, String c, String d) {
    push(finish(mix(mix(mix(mix(FNV_OFFSET, a), b), c), d)));
  }

  /** Adds a feature by its fingerprint, computed ahead ({@link WordPrints}). */
  void push(long fingerprint) {
    if (size == values.length) {
      values = Arrays.copyOf(values, 2 * size);
    }
    values[size++] = fingerprint;
  }
}
