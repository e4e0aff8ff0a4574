package nlnews.quotes;

import java.util.List;
import nlnews.model.Article;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * An article's tokens as the speaker rules read them: with its quotation marks (which tokens are
 * quoted), its headings, and where each sentence starts and ends. Immutable.
 */
final class MarkedTokens {

  private final TokenIndex index;
  private final QuoteMarks marks;
  private final boolean[] heading;

  MarkedTokens(TokenIndex index, QuoteMarks marks) {
    this.index = index;
    this.marks = marks;
    this.heading = new boolean[index.paragraphCount()];
    for (int p = 0; p < index.paragraphCount(); p++) {
      heading[p] = index.article().paragraphs().get(p).heading();
    }
  }

  TokenIndex index() {
    return index;
  }

  Article article() {
    return index.article();
  }

  List<Token> tokens() {
    return index.tokens();
  }

  int size() {
    return index.size();
  }

  Token tok(int k) {
    return index.get(k);
  }

  /** True when token {@code k} is a quotation mark or lies inside a quotation. */
  boolean inQuote(int k) {
    return marks.inQuote(k);
  }

  boolean inHeading(int k) {
    return heading[index.paragraphOf(k)];
  }

  int sentenceStartOf(int k) {
    return index.sentenceStart(index.sentenceOf(k));
  }

  int sentenceEndOf(int k) {
    return index.sentenceEnd(index.sentenceOf(k));
  }

  /** True when only quotation marks and dashes stand before token {@code j} in its sentence. */
  boolean sentenceInitial(int j) {
    int k = sentenceStartOf(j);
    while (k < j && (tok(k).kind() == TokenKind.QUOTE || tok(k).kind() == TokenKind.DASH)) {
      k++;
    }
    return k == j;
  }

  /**
   * True when token {@code k} stands in a subclause: one of {@code complementizers} (dat, omdat,
   * die ...) comes before it in its clause, back to the sentence's start or a comma, colon or
   * quotation. "… herinnert eraan dat het premier X is": X is no subject of the sentence.
   */
  boolean inSubclause(int k, java.util.Set<String> complementizers) {
    int from = sentenceStartOf(k);
    for (int j = k - 1; j >= from; j--) {
      String w = tok(j).text();
      if (inQuote(j) || w.equals(",") || w.equals(":") || w.equals(";")) {
        return false;
      }
      if (complementizers.contains(tok(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The text of tokens {@code [from, to)} as written, with the spaces between them. */
  String slice(int from, int to) {
    return index.article().slice(tok(from).start(), tok(to - 1).end());
  }
}
