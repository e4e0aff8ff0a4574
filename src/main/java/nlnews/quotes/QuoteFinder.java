package nlnews.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import nlnews.model.Article;
import nlnews.model.Note;
import nlnews.model.QuoteKind;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * Pairs the quotation marks of an article and decides what each quotation is.
 *
 * <p>Marks: „ ‚ ,, « ‹ ‘ only open; ” ’ '' » › normally close; “ opens, but closes a „; straight
 * marks (" ') decide by what touches them (a space before and a letter after opens). Apostrophes
 * inside words (zo'n, auto's) never reach this stage: the tokenizer keeps them in the word.
 * Double and single marks pair within their family, so quotes can nest. A quotation left open at
 * the end of a paragraph continues when the next paragraph starts with an opening mark (the
 * convention for quotes over several paragraphs); otherwise it is dropped with a note, and the
 * other quotations stand.
 *
 * <p>Kinds: a quotation that opens its sentence or follows a colon is direct; a short one (at most
 * three words) with no reporting verb around it and no first person inside is a scare quote, as is
 * a one- or two-word term right after an article ("de "bevrijding""); any other is partial.
 */
public final class QuoteFinder {

  private static final Set<String> FIRST_PERSON =
      Set.of("ik", "we", "wij", "ons", "onze", "mij", "me", "mijn", "m'n", "jij", "je", "jou", "jouw", "u", "uw", "jullie");
  private static final Set<String> DETERMINERS =
      Set.of(
          "de", "het", "een", "die", "dat", "deze", "dit", "zijn", "haar", "hun", "zogenaamde",
          "zogeheten", "zogenoemde", "zo'n", "welke", "elke", "iedere", "geen", "'t");

  private final SpeechVerbs verbs;

  public QuoteFinder(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  enum Family {
    DOUBLE, SINGLE
  }

  /** An opening mark waiting for its close. */
  private record Open(int token, Family family, char mark) {}

  public QuoteMarks find(Article article) {
    TokenIndex index = new TokenIndex(article);
    String text = article.text();
    List<Note> notes = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    Open carried = null;
    for (int p = 0; p < index.paragraphCount(); p++) {
      int from = index.paragraphStart(p);
      int to = index.paragraphEnd(p);
      stack.clear();
      int first = from;
      if (carried != null) {
        Token t = index.get(from);
        if (t.kind() == TokenKind.QUOTE && family(t.text()) == carried.family() && canOpen(text, t, false)) {
          stack.push(carried);
          first = from + 1; // the continuation mark that opens the paragraph
        } else {
          notes.add(unclosed(index.get(carried.token())));
        }
        carried = null;
      }
      for (int i = first; i < to; i++) {
        Token t = index.get(i);
        if (t.kind() != TokenKind.QUOTE) {
          continue;
        }
        Family family = family(t.text());
        Open match = innermost(stack, family);
        boolean closes = match != null && canClose(text, t, match);
        boolean opens = canOpen(text, t, match != null);
        if (closes && !(opens && !canCloseStrongly(text, t))) {
          while (stack.peek() != match) {
            Open dropped = stack.pop();
            if (!looksLikeApostrophe(text, index.get(dropped.token()))) {
              notes.add(unclosed(index.get(dropped.token())));
            }
          }
          stack.pop();
          if (stack.isEmpty()) {
            pairs.add(new int[] {match.token(), i});
          }
        } else if (opens) {
          stack.push(new Open(i, family, t.text().charAt(0)));
        } else if (!looksLikeApostrophe(text, t)) {
          notes.add(new Note(t.start(), "unpaired closing quote mark " + t.text()));
        }
      }
      if (!stack.isEmpty()) {
        Open outer = stack.peekLast();
        while (stack.size() > 1) {
          Open dropped = stack.pop();
          if (!looksLikeApostrophe(text, index.get(dropped.token()))) {
            notes.add(unclosed(index.get(dropped.token())));
          }
        }
        if (p + 1 < index.paragraphCount()) {
          carried = outer;
        } else if (!looksLikeApostrophe(text, index.get(outer.token()))) {
          notes.add(unclosed(index.get(outer.token())));
        }
      }
    }
    pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
    byte[] quoted = new byte[index.size()];
    List<QuoteSpan> quotes = new ArrayList<>(pairs.size());
    for (int[] pair : pairs) {
      int open = pair[0];
      int close = pair[1];
      int splitFrom = splitFrom(index, quotes, open);
      QuoteKind kind = splitFrom >= 0 ? QuoteKind.DIRECT : kind(index, open, close);
      Token openMark = index.get(open);
      Token closeMark = index.get(close);
      quotes.add(
          new QuoteSpan(open, close, openMark.end(), closeMark.start(), index.paragraphNumberOf(open), kind, splitFrom));
      byte mark = kind == QuoteKind.SCARE ? (byte) 2 : (byte) 1;
      for (int k = open; k <= close; k++) {
        quoted[k] = mark;
      }
    }
    return new QuoteMarks(index, quotes, notes, quoted);
  }

  private static Note unclosed(Token t) {
    return new Note(t.start(), "unclosed quote mark " + t.text() + " (the quotation is left out)");
  }

  private static Open innermost(Deque<Open> stack, Family family) {
    for (Open o : stack) {
      if (o.family() == family) {
        return o;
      }
    }
    return null;
  }

  static Family family(String mark) {
    if (mark.equals(",,") || mark.equals("''")) {
      return Family.DOUBLE;
    }
    switch (mark.charAt(0)) {
      case '"':
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u00AB':
      case '\u00BB':
      case '\u2033':
      case '\uFF02':
        return Family.DOUBLE;
      default:
        return Family.SINGLE;
    }
  }

  /** Whether mark {@code t} can open a quotation; {@code familyOpen} says one of its family is open. */
  static boolean canOpen(String text, Token t, boolean familyOpen) {
    String m = t.text();
    if (m.equals(",,")) {
      return true;
    }
    if (m.equals("''")) {
      return false;
    }
    char c = m.charAt(0);
    switch (c) {
      case '\u201E':
      case '\u201A':
      case '\u00AB':
      case '\u2039':
      case '\u2018':
      case '\u201C':
      case '\u201B':
      case '\u201F':
        return true;
      case '\u201D':
      case '\u2019':
      case '\u00BB':
      case '\u203A':
        // Swedish-style ”…” or ’…’: open only where nothing is open and the mark clearly opens.
        return !familyOpen && leftFlanking(text, t) && !rightFlanking(text, t);
      default:
        return leftFlanking(text, t);
    }
  }

  /** Whether mark {@code t} can close the open quotation {@code open}. */
  static boolean canClose(String text, Token t, Open open) {
    String m = t.text();
    if (m.equals(",,")) {
      return false;
    }
    if (m.equals("''")) {
      return true;
    }
    char c = m.charAt(0);
    switch (c) {
      case '\u201E':
      case '\u201A':
      case '\u00AB':
      case '\u2039':
      case '\u2018':
        return false;
      case '\u201C':
        return open.mark() == '\u201E' || open.mark() == '\u201C' && rightFlanking(text, t) && !leftFlanking(text, t);
      case '\u201D':
      case '\u2019':
      case '\u00BB':
      case '\u203A':
        return true;
      default:
        return rightFlanking(text, t);
    }
  }

  /** A mark that can only be a closing one, so it closes even where it could also open. */
  private static boolean canCloseStrongly(String text, Token t) {
    return rightFlanking(text, t) && !leftFlanking(text, t) || t.text().equals("''") || t.text().charAt(0) == '\u201D';
  }

  private static boolean leftFlanking(String text, Token t) {
    if (t.end() >= text.length() || isSpace(text.charAt(t.end()))) {
      return false;
    }
    if (t.start() == 0) {
      return true;
    }
    char before = text.charAt(t.start() - 1);
    return isSpace(before) || "([{-\u2013\u2014/:".indexOf(before) >= 0 || isMark(before);
  }

  private static boolean rightFlanking(String text, Token t) {
    if (t.start() == 0 || isSpace(text.charAt(t.start() - 1))) {
      return false;
    }
    if (t.end() >= text.length()) {
      return true;
    }
    char after = text.charAt(t.end());
    return isSpace(after) || ".,;:!?)]}\u2026-\u2013\u2014/".indexOf(after) >= 0 || isMark(after);
  }

  /** A single closing mark after s, x or z followed by a space: a genitive apostrophe (Kees' boek). */
  private static boolean looksLikeApostrophe(String text, Token t) {
    if (family(t.text()) != Family.SINGLE || t.start() == 0) {
      return false;
    }
    char before = Character.toLowerCase(text.charAt(t.start() - 1));
    return before == 's' || before == 'x' || before == 'z' || Character.isLetter(before) && t.end() < text.length() && Character.isLetter(text.charAt(t.end()));
  }

  private static boolean isMark(char c) {
    return nlnews.text.TokenScanner.isQuoteMark(c);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
  }

  /**
   * The index in {@code quotes} of the first part of a split quotation that {@code open}
   * continues: the same sentence holds a quotation, a comma, a reporting clause and a comma
   * right before this opening mark. -1 otherwise.
   */
  private int splitFrom(TokenIndex index, List<QuoteSpan> quotes, int open) {
    if (quotes.isEmpty()) {
      return -1;
    }
    int previous = quotes.size() - 1;
    QuoteSpan last = quotes.get(previous);
    int between = last.closeToken() + 1;
    if (index.paragraphOf(last.closeToken()) != index.paragraphOf(open) || open - between > 10 || open - between < 3) {
      return -1;
    }
    Token before = index.get(open - 1);
    if (!before.text().equals(",") && !before.text().equals(":")) {
      return -1;
    }
    int k = between;
    if (index.get(k).text().equals(",")) {
      k++;
    }
    for (; k < open - 1; k++) {
      if (index.get(k).kind() == TokenKind.PUNCTUATION && !index.get(k).text().equals(",")) {
        return -1;
      }
      if (verbs.at(index.tokens(), k, open, true) != null) {
        return previous;
      }
    }
    return -1;
  }

  private QuoteKind kind(TokenIndex index, int open, int close) {
    int sentence = index.sentenceOf(open);
    int sentenceStart = index.sentenceStart(sentence);
    boolean wordsBefore = false;
    for (int k = sentenceStart; k < open; k++) {
      Token t = index.get(k);
      if (t.isWord() || t.kind() == TokenKind.NUMBER) {
        wordsBefore = true;
        break;
      }
    }
    Token before = open > sentenceStart ? index.get(open - 1) : null;
    if (!wordsBefore || before != null && before.text().equals(":")) {
      return QuoteKind.DIRECT;
    }
    int words = 0;
    boolean firstPerson = false;
    for (int k = open + 1; k < close; k++) {
      Token t = index.get(k);
      if (t.isWord() || t.kind() == TokenKind.NUMBER) {
        words++;
      }
      if (FIRST_PERSON.contains(t.lower())) {
        firstPerson = true;
      }
    }
    if (namedInClause(index, sentenceStart, open)) {
      return QuoteKind.PARTIAL; // "noemde de begroting een 'boekhoudkundig kunstje'"
    }
    if (words <= 2 && !firstPerson && before != null && DETERMINERS.contains(before.lower())) {
      return QuoteKind.SCARE;
    }
    if (words <= 3 && !firstPerson && !reportingAround(index, open, close)) {
      return QuoteKind.SCARE;
    }
    return QuoteKind.PARTIAL;
  }

  /**
   * True when a verb of naming (noemen, spreken van, omschrijven, bestempelen, typeren) opens the
   * clause of the quotation: the quoted words are then the subject's own.
   */
  private static boolean namedInClause(TokenIndex index, int from, int open) {
    for (int k = open - 1; k >= from; k--) {
      Token t = index.get(k);
      if (t.kind() == TokenKind.PUNCTUATION && !t.text().equals(",") || t.kind() == TokenKind.QUOTE) {
        return false;
      }
      String w = t.lower();
      if (w.startsWith("noem") || w.startsWith("genoemd") || w.equals("sprak") || w.equals("spreekt") || w.equals("spraken")
          || w.startsWith("omschr") || w.startsWith("bestempel") || w.startsWith("typeer") || w.startsWith("typeerde")
          || w.startsWith("betitel")) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence of the quotation has a reporting verb or cue outside quotation marks. */
  private boolean reportingAround(TokenIndex index, int open, int close) {
    int from = index.sentenceStart(index.sentenceOf(open));
    int to = index.sentenceEnd(index.sentenceOf(close));
    for (int k = from; k < to; k++) {
      if (k >= open && k <= close) {
        continue;
      }
      boolean adjacent = k == open - 1 || k == close + 1 || k == close + 2 && index.get(close + 1).text().equals(",");
      if (verbs.at(index.tokens(), k, to, adjacent) != null) {
        return true;
      }
    }
    return false;
  }
}
