package nlnews.entities;

import java.util.List;
import nlnews.model.Article;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A name's tokens in its sentence: {@code sentence[from, to)}, and the article they are from, for
 * the rules that read the words around a name.
 */
record SpanTokens(Article article, List<Token> sentence, int from, int to) {

  /**
   * The tokens of {@code span}, or null when it does not start and end with whole tokens (the
   * name part of a compound such as "Kremlin-woordvoerder" has no words of its own around it).
   */
  static SpanTokens of(nlnews.text.TokenIndex index, NameSpan span) {
    TokenPlace place = TokenPlace.of(index, span.start());
    if (place == null) {
      return null;
    }
    List<Token> sentence = place.sentence();
    int to = place.index();
    while (to < sentence.size() && sentence.get(to).end() <= span.end()) {
      to++;
    }
    if (to == place.index() || sentence.get(to - 1).end() != span.end()) {
      return null;
    }
    return new SpanTokens(index.article(), sentence, place.index(), to);
  }

  /** The name as written, spacing normalised. */
  String text() {
    return EntityResolver.normaliseSpace(article.slice(first().start(), last().end()));
  }

  /** The article's text from token {@code a} to token {@code b} (both included), spacing normalised. */
  String text(Token a, Token b) {
    return EntityResolver.normaliseSpace(article.slice(a.start(), b.end()));
  }

  int size() {
    return to - from;
  }

  Token first() {
    return sentence.get(from);
  }

  Token last() {
    return sentence.get(to - 1);
  }

  /** The token {@code k} places before the name (1: the one right before it), or null. */
  Token before(int k) {
    int i = from - k;
    return i >= 0 ? sentence.get(i) : null;
  }

  /** The token {@code k} places after the name (1: the one right after it), or null. */
  Token after(int k) {
    int i = to - 1 + k;
    return i < sentence.size() ? sentence.get(i) : null;
  }

  /** True when the token is the punctuation {@code text}. */
  static boolean is(Token t, String text) {
    return t != null && t.kind() == TokenKind.PUNCTUATION && t.text().equals(text);
  }
}
