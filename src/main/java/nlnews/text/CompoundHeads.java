package nlnews.text;

import java.util.Collection;
import java.util.Set;

/**
 * A list of nouns that also say what a compound ending in one of them is: "Woonbond" is a
 * "bond", "softwarebedrijf" a "bedrijf". A word matches when it is listed, or when one of its
 * endings at least {@code shortestHead} letters long (and shorter than the word) is. A listed
 * word shorter than that matches only whole. Immutable and thread-safe; one set probe for most
 * words that match nothing.
 */
public final class CompoundHeads {

  private final Set<String> words;
  private final Endings endings;

  /** The lower-case {@code words}, as heads of compounds from {@code shortestHead} letters on. */
  public CompoundHeads(Collection<String> words, int shortestHead) {
    this.words = Lookup.set(words);
    this.endings = new Endings(words, shortestHead);
  }

  /** True when the lower-case {@code word} is listed or is a compound whose head is. */
  public boolean isOrEndsInOne(String word) {
    if (words.contains(word)) {
      return true;
    }
    if (!endings.mayHaveSuffixIn(word)) {
      return false;
    }
    for (int i = 1; i <= word.length() - endings.length(); i++) {
      if (words.contains(word.substring(i))) {
        return true;
      }
    }
    return false;
  }
}
