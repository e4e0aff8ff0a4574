package nlnews.entities;

/**
 * Finds names in articles. The finder itself is shared and thread-safe; each thread tags through
 * its own {@link NameTagger}, because statistical taggers keep state between calls.
 */
public interface NameFinder {

  NameTagger newTagger();
}
