package nlnews.entities;

import java.util.List;
import nlnews.model.Token;
import nlnews.text.TokenIndex;

/** Where a name starts: the tokens of its sentence and the index there of its first token. */
record TokenPlace(List<Token> sentence, int index) {

  /** The place of the token that starts at {@code offset}, or null when no token starts there. */
  static TokenPlace of(TokenIndex tokens, int offset) {
    int i = tokens.tokenStartingAt(offset);
    if (i < 0) {
      return null;
    }
    int s = tokens.sentenceOf(i);
    return new TokenPlace(tokens.sentenceTokens(s), i - tokens.sentenceStart(s));
  }

  /** The token {@code k} places after this one (negative: before). */
  Token token(int k) {
    return sentence.get(index + k);
  }

  Token first() {
    return sentence.get(index);
  }
}
