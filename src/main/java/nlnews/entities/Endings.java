package nlnews.entities;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nlnews.text.Lookup;

/**
 * The last {@value #LENGTH} letters of every word of a list of compound heads (titles such as
 * "woordvoerder"). Finding a head inside "Kremlin-woordvoerder" or "oppositieleider" tries every
 * suffix of at least {@value #LENGTH} letters; all of them end in the word's last
 * {@value #LENGTH} letters, so one probe here rules out most words before any suffix is cut.
 */
final class Endings {

  static final int LENGTH = 5;

  private final Set<String> endings;

  Endings(Collection<String> words) {
    Set<String> set = new HashSet<>();
    for (String w : words) {
      if (w.length() >= LENGTH) {
        set.add(w.substring(w.length() - LENGTH));
      }
    }
    this.endings = Lookup.set(set);
  }

  /** False when no suffix of {@code word} of at least {@value #LENGTH} letters is in the list. */
  boolean mayHaveSuffixIn(String word) {
    return word.length() >= LENGTH && endings.contains(word.substring(word.length() - LENGTH));
  }
}
