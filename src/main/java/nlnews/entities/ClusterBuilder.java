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
    // Vocabulary by frequency (ties by first use), rare words folded into <unk>.
    Integer[] order = new Integer[words.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
    int[] vocab = new int[words.size()];
    Arrays.fill(vocab, 1);
    vocab[0] = 0;
    List<Integer> kept = new ArrayList<>();
    kept.add(0);
    kept.add(1);
    for (int w : order) {
      if (w > 1 && counts[w] >= settings.minCount()) {
        vocab[w] = kept.size();
        kept.add(w);
      }
    }
    int v = kept.size();
    // Bigram counts: successors of each word, with the sentence boundary as a word.
    List<Map<Integer, Integer>> succ = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      succ.add(new HashMap<>());
    }
    for (int[] s : sentences) {
      int prev = 0;
      for (int i = 0; i <= s.length; i++) {
        int w = i < s.length ? vocab[s[i]] : 0;
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
    String[][] classes = new String[v][settings.classes().length];
    for (int g = 0; g < settings.classes().length; g++) {
      int[] cls = exchange(settings.classes()[g], v, succWords, succCounts, left, settings.iterations());
      for (int i = 0; i < v; i++) {
        classes[i][g] = Integer.toString(cls[i]);
      }
    }
    Map<String, String[]> result = new HashMap<>();
    for (int i = 2; i < v; i++) {
      result.put(words.get(kept.get(i)), classes[i]);
    }
    return new WordClusters(result);
  }

  private static double f(double x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  /** One predictive exchange clustering of words 2..v-1 into {@code k} classes. */
  private static int[] exchange(int k, int v, int[][] succWords, int[][] succCounts, long[] left, int iterations) {
    int[] cls = new int[v];
    // Class k is reserved for the boundary and <unk>, which stay put.
    for (int i = 0; i < v; i++) {
      cls[i] = i < 2 ? k : (i - 2) % k;
    }
    long[] classCount = new long[k + 1];
    // predClass.get(w): class -> number of times a word of that class precedes w
    List<Map<Integer, long[]>> predClass = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      predClass.add(new HashMap<>());
    }
    for (int u = 0; u < v; u++) {
      classCount[cls[u]] += left[u];
      for (int j = 0; j < succWords[u].length; j++) {
        predClass.get(succWords[u][j]).computeIfAbsent(cls[u], c -> new long[1])[0] += succCounts[u][j];
      }
    }
    double[] delta = new double[k];
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int u = 2; u < v; u++) {
        int from = cls[u];
        // take u out of its class
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
          if (delta[c] > delta[best] + 1e-9) {
            best = c;
          }
        }
        if (best != from) {
          moved++;
        }
        cls[u] = best;
        classCount[best] += left[u];
        for (int j = 0; j < succWords[u].length; j++) {
          predClass.get(succWords[u][j]).computeIfAbsent(best, c -> new long[1])[0] += succCounts[u][j];
        }
      }
      if (moved == 0) {
        break;
      }
    }
    return cls;
  }
}
