package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Tags the sentences of one document at a time. Not thread-safe (the finder keeps per-document
 * memory): one per thread, and the memory is cleared after every document so that nothing of one
 * article leaks into the next.
 */
public final class DocumentTagger {

  /**
   * What tags one sentence at a time, remembering the document's earlier sentences: a
   * {@link HashedNameFinder} for a model on the bundled features, else OpenNLP's NameFinderME.
   */
  interface SentenceFinder {
    Span[] find(String[] tokens);

    void clearAdaptiveData();
  }

  private final SentenceFinder finder;

  DocumentTagger(SentenceFinder finder) {
    this.finder = finder;
  }

  /** A tagger through OpenNLP's own finder. */
  static DocumentTagger of(NameFinderME finder) {
    return new DocumentTagger(new SentenceFinder() {
      @Override
      public Span[] find(String[] tokens) {
        return finder.find(tokens);
      }

      @Override
      public void clearAdaptiveData() {
        finder.clearAdaptiveData();
      }
    });
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
    finder.clearAdaptiveData();
    try {
      for (String[] tokens : sentences) {
        spans.add(tokens.length == 0 ? new Span[0] : finder.find(tokens));
      }
    } finally {
      finder.clearAdaptiveData();
    }
    return spans;
  }

  /** The fast finder, or null when the model is tagged by OpenNLP's. */
  HashedNameFinder hashedFinder() {
    return finder instanceof HashedNameFinder hashed ? hashed : null;
  }
}
