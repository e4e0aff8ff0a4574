package nlnews.entities;

import java.util.List;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * Finds the page furniture of an article whose names are no names it is about (page-furniture.tsv):
 *
 * <ul>
 *   <li>credits: what follows "©" on its line, a credit word and a colon ("Foto: Jan Smit",
 *       "(beeld: Omroep West)", up to the closing bracket or the end of the line), a capitalised
 *       credit word at the start of a line or sentence followed only by names to the end of the
 *       line ("Beeld Ivo van der Bent");
 *   <li>an agency that opens a line before a capitalised word ("ANP Premier X bij de Kamer") or
 *       stands alone on its line;
 *   <li>bylines: a byline word opening a line followed only by names to its end ("Door Jan
 *       Smit"), and a paragraph of capitalised words that ends in a dash ("Jan Smit Emerce -");
 *   <li>short lines of labels separated by bullets ("NOS Nieuws • Binnenland").
 * </ul>
 *
 * Thread-safe and pure.
 */
final class PageFurniture {

  /**
   * The most tokens of a line of labels separated by bullets ("NOS Nieuws • Binnenland •
   * vandaag, 12:04" has nine); a longer line with a bullet is a list item with a sentence in it.
   */
  static final int LONGEST_LABEL_LINE = 12;

  /** The most tokens of the names after a credit or byline word without a colon: "Ivo van der Bent / ANP" has six. */
  static final int LONGEST_CREDIT = 8;

  private static final String COPYRIGHT = "\u00A9";
  private static final String BULLET = "\u2022";

  private final NameContextWords words;

  PageFurniture(NameContextWords words) {
    this.words = words;
  }

  /** True when a token of {@code span} is page furniture, as {@code furniture} (from {@link #find}) says. */
  static boolean touches(TokenIndex index, boolean[] furniture, NameSpan span) {
    for (int k = index.tokenAtOrAfter(span.start()); k < furniture.length && index.get(k).start() < span.end(); k++) {
      if (furniture[k]) {
        return true;
      }
    }
    return false;
  }

  /** Which tokens of the article of {@code index} are page furniture. */
  boolean[] find(TokenIndex index) {
    List<Token> tokens = index.tokens();
    String text = index.article().text();
    boolean[] furniture = new boolean[tokens.size()];
    int lineStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && startsLine(text, tokens, i)) {
        lineStart = i;
      }
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.SYMBOL && t.text().equals(COPYRIGHT)) {
        mark(furniture, i + 1, lineEnd(text, tokens, i));
      } else if (t.kind() == TokenKind.WORD && words.isCreditWord(t.lower())) {
        credit(text, tokens, i, lineStart, furniture);
      } else if (i == lineStart && t.kind() == TokenKind.WORD && words.isBylineWord(t.lower())) {
        int end = lineEnd(text, tokens, i);
        if (onlyNames(tokens, i + 1, end)) {
          mark(furniture, i + 1, end);
        }
      } else if (i == lineStart) {
        agency(text, tokens, i, furniture);
      }
      if (t.text().equals(BULLET) && i > lineStart) {
        int end = lineEnd(text, tokens, i);
        if (end - lineStart <= LONGEST_LABEL_LINE) {
          mark(furniture, lineStart, end);
        }
      }
    }
    for (int p = 0; p < index.paragraphCount(); p++) {
      byline(tokens, index.paragraphStart(p), index.paragraphEnd(p), furniture);
    }
    return furniture;
  }

  /** A credit word at token {@code i}: with a colon, or capitalised before names only. */
  private void credit(String text, List<Token> tokens, int i, int lineStart, boolean[] furniture) {
    int end = lineEnd(text, tokens, i);
    if (i + 1 < end && SpanTokens.is(tokens.get(i + 1), ":")) {
      int close = i + 2;
      while (close < end && !SpanTokens.is(tokens.get(close), ")")) {
        close++;
      }
      mark(furniture, i + 2, close);
    } else if (tokens.get(i).isCapitalized() && (i == lineStart || endsSentence(tokens.get(i - 1)))
        && end - i - 1 <= LONGEST_CREDIT && onlyNames(tokens, i + 1, end)) {
      mark(furniture, i + 1, end);
    }
  }

  /** An agency opening a line: before a capitalised word, or alone on the line. */
  private void agency(String text, List<Token> tokens, int i, boolean[] furniture) {
    int longest = words.longestAgencyStartingWith(tokens.get(i).text());
    int end = lineEnd(text, tokens, i);
    for (int n = Math.min(longest, end - i); n >= 1; n--) {
      if (!words.isAgency(joined(tokens, i, i + n))) {
        continue;
      }
      if (i + n == end || tokens.get(i + n).kind() == TokenKind.WORD && tokens.get(i + n).isCapitalized()) {
        mark(furniture, i, i + n);
      }
      return;
    }
  }

  /** A paragraph of capitalised words that ends in a dash: "Jan Smit Emerce Nieuws -". */
  private static void byline(List<Token> tokens, int from, int to, boolean[] furniture) {
    if (to - from >= 2 && tokens.get(to - 1).kind() == TokenKind.DASH && tokens.get(from).isCapitalized()
        && onlyNames(tokens, from, to - 1)) {
      mark(furniture, from, to);
    }
  }

  /** True when {@code tokens[from, to)} are capitalised words, initials, particles and slashes, one at least. */
  private static boolean onlyNames(List<Token> tokens, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      boolean name = t.isWord() && (t.isCapitalized() || k > from && t.lower().length() <= 3);
      if (!name && !t.text().equals("/")) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsSentence(Token t) {
    return t.kind() == TokenKind.PUNCTUATION && (t.text().startsWith(".") || t.text().equals("!") || t.text().equals("?"));
  }

  /** True when a line break comes between token {@code i - 1} and token {@code i}. */
  private static boolean startsLine(String text, List<Token> tokens, int i) {
    for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
      if (text.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The index of the first token after token {@code i} that starts another line, or the number of tokens. */
  private static int lineEnd(String text, List<Token> tokens, int i) {
    int k = i + 1;
    while (k < tokens.size() && !startsLine(text, tokens, k)) {
      k++;
    }
    return k;
  }

  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder(tokens.get(from).text());
    for (int k = from + 1; k < to; k++) {
      b.append(' ').append(tokens.get(k).text());
    }
    return b.toString();
  }

  private static void mark(boolean[] furniture, int from, int to) {
    for (int k = from; k < to; k++) {
      furniture[k] = true;
    }
  }
}
