package nlnews.text;

import java.util.List;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Decides whether a paragraph is a heading (title or intertitle): a single line of at most
 * {@value #MAX_WORDS} words whose last token, after closing quote marks and brackets, is not
 * sentence or clause punctuation. "Russische belofte lijkt voorbode nieuwe aanval" and
 * "Rutte: 'We moeten door'" are headings; "Maar woensdag bleef er weinig over." is not.
 */
public final class HeadingRule {

  /**
   * The most words of a heading: Dutch headlines and intertitles run to a dozen words or so; a
   * single line of more without final punctuation is a sentence that lost its period.
   */
  static final int MAX_WORDS = 16;

  private HeadingRule() {}

  public static boolean isHeading(CharSequence text, int start, int end, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    int words = 0;
    for (Token t : tokens) {
      if (t.isWord() || t.kind() == TokenKind.NUMBER) {
        words++;
      }
    }
    if (words == 0 || words > MAX_WORDS) {
      return false;
    }
    int last = tokens.size() - 1;
    while (last > 0 && isClosing(tokens.get(last))) {
      last--;
    }
    Token t = tokens.get(last);
    if (t.kind() == TokenKind.PUNCTUATION) {
      char c = t.text().charAt(0);
      return !(c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';' || c == ',');
    }
    return true;
  }

  private static boolean isClosing(Token t) {
    if (t.kind() == TokenKind.QUOTE) {
      return true;
    }
    if (t.kind() == TokenKind.PUNCTUATION) {
      char c = t.text().charAt(0);
      return c == ')' || c == ']';
    }
    return false;
  }
}
