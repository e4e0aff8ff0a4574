package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Tags the sentences of one document at a time with a {@link NameFinderME}. Not thread-safe (the
 * finder keeps per-document memory): one per thread, and the memory is cleared after every
 * document so that nothing of one article leaks into the next.
 */
public final class DocumentTagger {

  /** Exactly one of these: the fast finder for models on the bundled features, else OpenNLP's. */
  private final HashedNameFinder hashed;
  private final NameFinderME finder;

  DocumentTagger(HashedNameFinder hashed) {
    this.hashed = hashed;
    this.finder = null;
  }

  DocumentTagger(NameFinderME finder) {
    this.hashed = null;
    this.finder = finder;
  }

  /**
   * The names of each sentence (token spans with their types), in sentence order, with one
   * reading per name across the document ({@link DocumentConsistency}).
   */
  public List<Span[]> tag(List<String[]> sentences) {
    return DocumentConsistency.apply(sentences, tagSentences(sentences));
  }

  /** The model's names of each sentence, as it found them. */
  List<Span[]> tagSentences(List<String[]> sentences) {
    List<Span[]> spans = new ArrayList<>(sentences.size());
    clear();
    try {
      for (String[] tokens : sentences) {
        spans.add(tokens.length == 0 ? new Span[0] : hashed != null ? hashed.find(tokens) : finder.find(tokens));
      }
    } finally {
      clear();
    }
    return spans;
  }

  /** The probability of each token's outcome in the last sentence tagged. */
  double[] probs() {
    return hashed != null ? hashed.probs() : finder.probs();
  }

  /** True when this tagger computes the features as fingerprints ({@link HashedNameFinder}). */
  boolean hashesFeatures() {
    return hashed != null;
  }

  /** The fast finder, or null when the model is tagged by OpenNLP's. */
  HashedNameFinder hashedFinder() {
    return hashed;
  }

  private void clear() {
    if (hashed != null) {
      hashed.clearAdaptiveData();
    } else {
      finder.clearAdaptiveData();
    }
  }
}
