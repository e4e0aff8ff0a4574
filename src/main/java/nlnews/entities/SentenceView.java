package nlnews.entities;

import java.util.List;
import nlnews.model.Article;
import nlnews.model.Token;

/**
 * One sentence as the name rules read it: its tokens, the number of its paragraph, and the
 * article around it (its text, and how it writes its words elsewhere).
 */
record SentenceView(Article article, List<Token> tokens, int paragraph, ArticleCasing casing) {

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** True where a capital says nothing: see {@link NameShapes#capitalSaysNothing}. */
  boolean capitalSaysNothing(int i) {
    return NameShapes.capitalSaysNothing(tokens, i);
  }

  /** The article's text from the start of token {@code from} to the end of token {@code to - 1}. */
  String text(int from, int to) {
    return article.slice(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
