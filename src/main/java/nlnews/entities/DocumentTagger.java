package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags the sentences of one document at a time with a {@link NameFinderME}. Not thread-safe (the
 * finder keeps per-document memory): one per thread, and the memory is cleared after every
 * document so that nothing of one article leaks into the next.
 */
public final class DocumentTagger {

  private final NameFinderME finder;

  DocumentTagger(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
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
}
