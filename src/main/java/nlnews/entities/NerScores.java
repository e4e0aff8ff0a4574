package nlnews.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * Entity-level precision, recall and F1 by the conlleval convention: an entity counts as correct
 * only when its span and type both match exactly. Not thread-safe; add sentences, then read.
 */
public final class NerScores {

  /** The figures of one type, or of all types together ({@code type} "ALL"). */
  public record Row(String type, int gold, int predicted, int correct) {

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final TreeMap<String, int[]> counts = new TreeMap<>();
  private int tokens;

  /** Adds one sentence's gold and predicted entities. */
  public void add(List<Span> gold, List<Span> predicted, int sentenceTokens) {
    tokens += sentenceTokens;
    Set<Span> goldSet = new HashSet<>(gold);
    for (Span g : gold) {
      counts(g.getType())[0]++;
    }
    for (Span p : predicted) {
      int[] c = counts(p.getType());
      c[1]++;
      if (goldSet.contains(p)) {
        c[2]++;
      }
    }
  }

  private int[] counts(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  /** The tokens scored. */
  public int tokens() {
    return tokens;
  }

  /** One row per type in alphabetical order, then the row {@code ALL}. */
  public List<Row> rows() {
    List<Row> rows = new java.util.ArrayList<>();
    int[] all = new int[3];
    counts.forEach(
        (type, c) -> {
          rows.add(new Row(type, c[0], c[1], c[2]));
          for (int i = 0; i < 3; i++) {
            all[i] += c[i];
          }
        });
    rows.add(new Row("ALL", all[0], all[1], all[2]));
    return rows;
  }

  public Row overall() {
    List<Row> rows = rows();
    return rows.get(rows.size() - 1);
  }
}
