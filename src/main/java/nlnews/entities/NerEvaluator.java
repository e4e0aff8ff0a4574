package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Tags labelled CoNLL documents with a model and scores the result against their labels. */
public final class NerEvaluator {

  private NerEvaluator() {}

  /** The predicted IOB2 labels of every sentence of {@code document}. */
  public static List<List<String>> labels(DocumentTagger tagger, ConllCorpus.Document document) {
    List<String[]> sentences = new ArrayList<>();
    for (ConllCorpus.Sentence s : document.sentences()) {
      sentences.add(s.tokenArray());
    }
    List<Span[]> spans = tagger.tag(sentences);
    List<List<String>> labels = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      labels.add(ConllCorpus.labels(spans.get(i), sentences.get(i).length));
    }
    return labels;
  }

  /** Adds the scores of {@code documents} tagged by {@code tagger} to {@code scores}. */
  public static void score(DocumentTagger tagger, List<ConllCorpus.Document> documents, NerScores scores) {
    for (ConllCorpus.Document d : documents) {
      List<List<String>> predicted = labels(tagger, d);
      for (int i = 0; i < predicted.size(); i++) {
        ConllCorpus.Sentence s = d.sentences().get(i);
        scores.add(ConllCorpus.spans(s.labels()), ConllCorpus.spans(predicted.get(i)), s.tokens().size());
      }
    }
  }

  /** The scores of {@code model} on {@code documents}. */
  public static NerScores score(NerModel model, List<ConllCorpus.Document> documents) {
    NerScores scores = new NerScores();
    score(model.newTagger(), documents, scores);
    return scores;
  }

}
