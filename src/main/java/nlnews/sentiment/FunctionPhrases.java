package nlnews.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nlnews.model.Token;
import nlnews.sentiment.ToneLexicon.Match;

/**
 * Phrases of function words (negators, intensifiers, contrast markers) by their first word,
 * longest first, matched on the tokens' exact lower-case forms. Filled by a loader, then frozen by
 * {@link #build}.
 */
final class FunctionPhrases<T> {

  private final Map<String, List<Map.Entry<String[], T>>> byFirst = new HashMap<>();

  void add(String phrase, T value) {
    String[] words = phrase.split(" ");
    byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(Map.entry(words, value));
  }

  /** A copy whose phrases for each first word are sorted longest first. */
  FunctionPhrases<T> build() {
    FunctionPhrases<T> built = new FunctionPhrases<>();
    byFirst.forEach(
        (k, v) -> {
          List<Map.Entry<String[], T>> sorted = new ArrayList<>(v);
          sorted.sort(Comparator.comparingInt((Map.Entry<String[], T> e) -> e.getKey().length).reversed());
          built.byFirst.put(k, List.copyOf(sorted));
        });
    return built;
  }

  /** The phrases starting with the word {@code lower}, longest first; or null. */
  List<Map.Entry<String[], T>> startingWith(String lower) {
    return byFirst.get(lower);
  }

  /** The longest of {@code candidates}, the phrases starting with token {@code k}'s word, matching there. */
  static <T> Match<T> at(List<Map.Entry<String[], T>> candidates, List<Token> tokens, int k, int to) {
    if (candidates == null) {
      return null;
    }
    for (Map.Entry<String[], T> e : candidates) {
      String[] words = e.getKey();
      if (k + words.length > to) {
        continue;
      }
      boolean match = true;
      for (int i = 1; i < words.length && match; i++) {
        match = tokens.get(k + i).lower().equals(words[i]);
      }
      if (match) {
        return new Match<>(e.getValue(), words.length);
      }
    }
    return null;
  }

  /** The one-word phrase {@code lower}, or null. */
  Match<T> single(String lower) {
    List<Map.Entry<String[], T>> candidates = byFirst.get(lower);
    if (candidates == null) {
      return null;
    }
    for (Map.Entry<String[], T> e : candidates) {
      if (e.getKey().length == 1) {
        return new Match<>(e.getValue(), 1);
      }
    }
    return null;
  }
}
