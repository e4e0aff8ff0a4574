package nlnews.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * One reading per name within a document, as journalists write: a name keeps its type throughout
 * an article, so every occurrence of a tagged string takes the type it was given most often
 * (ties: the first), and an occurrence the tagger left untagged is tagged when the string was
 * tagged elsewhere and it is capitalised and not at the start of a sentence (where a capital says
 * nothing). Pure function of its input.
 */
public final class DocumentConsistency {

  private DocumentConsistency() {}

  public static List<Span[]> apply(List<String[]> sentences, List<Span[]> spans) {
    // Votes per name string: type -> count, in order of first appearance.
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, Integer> longest = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (Span span : spans.get(s)) {
        String key = key(sentences.get(s), span.getStart(), span.getEnd());
        votes.computeIfAbsent(key, k -> new TreeMap<>()).merge(span.getType(), 1, Integer::sum);
        longest.merge(sentences.get(s)[span.getStart()], span.length(), Math::max);
      }
    }
    Map<String, String> type = new HashMap<>();
    votes.forEach(
        (key, counts) -> type.put(key, counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)).get().getKey()));
    List<Span[]> result = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<Span> out = new ArrayList<>();
      boolean[] covered = new boolean[tokens.length];
      for (Span span : spans.get(s)) {
        String t = type.get(key(tokens, span.getStart(), span.getEnd()));
        out.add(new Span(span.getStart(), span.getEnd(), t));
        for (int i = span.getStart(); i < span.getEnd(); i++) {
          covered[i] = true;
        }
      }
      for (int i = 0; i < tokens.length; i++) {
        Integer max = longest.get(tokens[i]);
        if (covered[i] || max == null || !NerFeatures.isCapitalized(tokens[i]) || NerFeatures.isInitial(tokens, i)) {
          continue;
        }
        for (int length = Math.min(max, tokens.length - i); length >= 1; length--) {
          if (free(covered, i, i + length) && (i + length == tokens.length || !continues(tokens[i + length]))) {
            String t = type.get(key(tokens, i, i + length));
            if (t != null) {
              out.add(new Span(i, i + length, t));
              Arrays.fill(covered, i, i + length, true);
              break;
            }
          }
        }
      }
      out.sort(Comparator.comparingInt(Span::getStart));
      result.add(out.toArray(Span[]::new));
    }
    return result;
  }

  /** A capitalised word right after a candidate would make it part of a longer name. */
  private static boolean continues(String next) {
    return NerFeatures.isCapitalized(next);
  }

  private static boolean free(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (covered[i]) {
        return false;
      }
    }
    return true;
  }

  private static String key(String[] tokens, int from, int to) {
    return String.join(" ", Arrays.asList(tokens).subList(from, to));
  }
}
