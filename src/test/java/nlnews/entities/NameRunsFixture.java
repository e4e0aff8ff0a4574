package nlnews.entities;

import java.util.List;
import nlnews.model.Article;
import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;

/** One hand-built sentence as the name rules read it, with the hand-built lists ({@link HandBuiltLists}). */
final class NameRunsFixture {

  private NameRunsFixture() {}

  /** The first sentence of {@code text}. */
  static SentenceView sentence(String text) {
    Article article = Fixtures.article(text);
    TokenIndex index = new TokenIndex(article);
    return new SentenceView(article, index.sentenceTokens(0), index.paragraphNumberOfSentence(0), ArticleCasing.of(index));
  }

  /** The candidates as "words/TYPE/evidence", joined by ";" ("" for none). */
  static String show(List<RuleCandidate> names) {
    return String.join(";", names.stream().map(c -> c.text() + "/" + c.reading().type() + "/" + c.reading().label()).toList());
  }
}
