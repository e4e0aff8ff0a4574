package nlnews.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns word clusters from unlabelled sentences with the predictive exchange algorithm
 * (Uszkoreit and Brants 2008): words are moved between a fixed number of classes so that the
 * class of a word best predicts the word that follows it, which groups words used alike
 * (surnames with surnames, towns with towns). Several granularities give the coarse-to-fine
 * classes of {@link WordClusters}. Deterministic: the same text gives the same clusters.
 */
public final class ClusterBuilder {

  /** Settings: class counts (coarse to fine), the least count of a clustered word, passes. */
  public record Settings(int[] classes, int minCount, int iterations) {}

  /** The ids of the sentence boundary and {@code <unk>}, which are never clustered: the first two. */
  private static final int RESERVED = 2;

  /**
   * How much better a class must predict a word's successors for the word to move there: more
   * than rounding, so that a word between two equal classes stays and the passes end.
   */
  private static final double MIN_GAIN = 1e-9;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final List<int[]> sentences = new ArrayList<>();
  private int[] counts = new int[16];

  public ClusterBuilder() {
    id("<s>");
    id("<unk>");
  }

  private int id(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = words.size();
      ids.put(word, id);
      words.add(word);
      if (id >= counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
    }
    return id;
  }

  /** Adds one sentence of tokens. */
  public void add(String[] tokens) {
    int[] s = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      s[i] = id(tokens[i]);
      counts[s[i]]++;
    }
    sentences.add(s);
  }

  public int tokens() {
    int n = 0;
    for (int[] s : sentences) {
      n += s.length;
    }
    return n;
  }

  /** Clusters every word seen at least {@code minCount} times, once per class count. */
  public WordClusters build(Settings settings) {
    List<Integer> kept = vocabulary(settings.minCount());
    Bigrams bigrams = bigrams(kept);
    int v = kept.size();
    String[][] classes = new String[v][settings.classes().length];
    for (int g = 0; g < settings.classes().length; g++) {
      int[] cls = new Exchange(settings.classes()[g], bigrams).run(settings.iterations());
      for (int i = 0; i < v; i++) {
        classes[i][g] = Integer.toString(cls[i]);
      }
    }
    Map<String, String[]> result = new HashMap<>();
    for (int i = RESERVED; i < v; i++) {
      result.put(words.get(kept.get(i)), classes[i]);
    }
    return new WordClusters(result);
  }

  /**
   * The ids of the words clustered, by frequency (ties by first use), after the boundary and
   * {@code <unk>}; a word's place in the list is its index in the clustering.
   */
  private List<Integer> vocabulary(int minCount) {
    Integer[] order = new Integer[words.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
    List<Integer> kept = new ArrayList<>();
    kept.add(0);
    kept.add(1);
    for (int w : order) {
      if (w > 1 && counts[w] >= minCount) {
        kept.add(w);
      }
    }
    return kept;
  }

  /**
   * The successors of each clustered word: their indexes ascending, how often each follows, and
   * the total. Rare words count as {@code <unk>}; the sentence boundary is a word.
   */
  private record Bigrams(int[][] successors, int[][] counts, long[] left) {}

  private Bigrams bigrams(List<Integer> kept) {
    int v = kept.size();
    int[] index = new int[words.size()];
    Arrays.fill(index, 1); // <unk>
    for (int i = 0; i < v; i++) {
      index[kept.get(i)] = i;
    }
    List<Map<Integer, Integer>> succ = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      succ.add(new HashMap<>());
    }
    for (int[] s : sentences) {
      int prev = 0;
      for (int i = 0; i <= s.length; i++) {
        int w = i < s.length ? index[s[i]] : 0;
        succ.get(prev).merge(w, 1, Integer::sum);
        prev = w;
      }
    }
    int[][] succWords = new int[v][];
    int[][] succCounts = new int[v][];
    long[] left = new long[v];
    for (int i = 0; i < v; i++) {
      int[] ws = succ.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      succWords[i] = ws;
      succCounts[i] = new int[ws.length];
      for (int k = 0; k < ws.length; k++) {
        succCounts[i][k] = succ.get(i).get(ws[k]);
        left[i] += succCounts[i][k];
      }
    }
    return new Bigrams(succWords, succCounts, left);
  }

  private static double f(double x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  /**
   * One predictive exchange clustering of the words after the reserved two into {@code k}
   * classes: each pass moves every word to the class that best predicts its successors, until a
   * pass moves none.
   */
  private static final class Exchange {
    private final int k;
    private final int[][] succWords;
    private final int[][] succCounts;
    private final long[] left;
    private final int[] cls;
    private final long[] classCount;
    /** predClass.get(w): class -> number of times a word of that class precedes w. */
    private final List<Map<Integer, long[]>> predClass;
    private final double[] delta;

    Exchange(int k, Bigrams bigrams) {
      this.k = k;
      this.succWords = bigrams.successors();
      this.succCounts = bigrams.counts();
      this.left = bigrams.left();
      int v = left.length;
      cls = new int[v];
      // Class k is reserved for the boundary and <unk>, which stay put.
      for (int i = 0; i < v; i++) {
        cls[i] = i < RESERVED ? k : (i - RESERVED) % k;
      }
      classCount = new long[k + 1];
      predClass = new ArrayList<>(v);
      for (int i = 0; i < v; i++) {
        predClass.add(new HashMap<>());
      }
      for (int u = 0; u < v; u++) {
        classCount[cls[u]] += left[u];
        for (int j = 0; j < succWords[u].length; j++) {
          predClass.get(succWords[u][j]).computeIfAbsent(cls[u], c -> new long[1])[0] += succCounts[u][j];
        }
      }
      delta = new double[k];
    }

    /** The class of every word after at most {@code iterations} passes. */
    int[] run(int iterations) {
      for (int it = 0; it < iterations; it++) {
        int moved = 0;
        for (int u = RESERVED; u < left.length; u++) {
          int from = cls[u];
          int best = bestClass(u);
          if (best != from) {
            moved++;
          }
          putIn(u, best);
        }
        if (moved == 0) {
          break;
        }
      }
      return cls;
    }

    /** Takes word {@code u} out of its class and returns the class it predicts its successors best from. */
    private int bestClass(int u) {
      int from = cls[u];
      double base = takeOut(u);
      for (int c = 0; c < k; c++) {
        delta[c] = base - (f(classCount[c] + left[u]) - f(classCount[c]));
      }
      for (int j = 0; j < succWords[u].length; j++) {
        int n = succCounts[u][j];
        double fn = f(n);
        for (Map.Entry<Integer, long[]> e : predClass.get(succWords[u][j]).entrySet()) {
          int c = e.getKey();
          if (c < k) {
            long m = e.getValue()[0];
            delta[c] += f(m + n) - f(m) - fn;
          }
        }
      }
      int best = from;
      for (int c = 0; c < k; c++) {
        if (delta[c] > delta[best] + MIN_GAIN) {
          best = c;
        }
      }
      return best;
    }

    /** Takes word {@code u} out of its class; returns the part of the gain that does not depend on the class. */
    private double takeOut(int u) {
      int from = cls[u];
      classCount[from] -= left[u];
      double base = 0;
      for (int j = 0; j < succWords[u].length; j++) {
        Map<Integer, long[]> pc = predClass.get(succWords[u][j]);
        long[] m = pc.get(from);
        m[0] -= succCounts[u][j];
        if (m[0] == 0) {
          pc.remove(from);
        }
        base += f(succCounts[u][j]);
      }
      return base;
    }

    private void putIn(int u, int c) {
      cls[u] = c;
      classCount[c] += left[u];
      for (int j = 0; j < succWords[u].length; j++) {
        predClass.get(succWords[u][j]).computeIfAbsent(c, x -> new long[1])[0] += succCounts[u][j];
      }
    }
  }
}
