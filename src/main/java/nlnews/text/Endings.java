package nlnews.text;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last letters of every word of a list of compound heads (titles such as "woordvoerder",
 * role nouns such as "minister"). Finding a head inside "Kremlin-woordvoerder" or
 * "oppositieleider" tries every suffix at least as long as the shortest head it looks for; all of
 * them end in the word's last letters, so one probe here, without cutting the word, rules out
 * most words before any suffix is cut.
 */
public final class Endings {

  private final int length;
  private final WordTable<Boolean> endings;

  /** The endings of {@code length} letters of those {@code words} that have as many. */
  public Endings(Collection<String> words, int length) {
    this.length = length;
    Map<String, Boolean> set = new LinkedHashMap<>();
    for (String w : words) {
      if (w.length() >= length) {
        set.put(w.substring(w.length() - length), Boolean.TRUE);
      }
    }
    this.endings = new WordTable<>(set);
  }

  /** False when no suffix of {@code word} at least this long ends the same way as a listed word. */
  public boolean mayHaveSuffixIn(String word) {
    return word.length() >= length && endings.containsRegion(word, word.length() - length, word.length());
  }

  /** How many letters an ending has: the shortest suffix this rules out. */
  public int length() {
    return length;
  }
}
