package nlnews.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
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
 * <p>Dialogue: a line that starts with a dash and a space ("— Hoe verklaart u dat?") in a run of
 * such lines that reads as talk is a direct quotation of its own, up to the end of the line.
 *
 * <p>Kinds are decided by {@link QuoteKinds}; the second part of a split quotation ("…", zegt X,
 * "…") is direct like the first.
 */
public final class QuoteFinder {

  /**
   * The fewest tokens of a dialogue line: the dash, a word and the mark that ends it. A dash
   * with less after it opens a list item or a dateline, not a line of talk.
   */
  private static final int SHORTEST_DIALOGUE_LINE = 3;
  /**
   * The most tokens between the first part of a split quotation and the second: room for the
   * comma, a reporting verb, a name of a few words with a title, and the comma or colon ("…",
   * zegt minister Karin Jansen, "…"). Further apart, the second quotation is a new one.
   */
  private static final int LONGEST_SPLIT_CLAUSE = 10;
  /** The fewest tokens between the parts of a split quotation: a verb and a subject at least, and the comma ("…", zegt X, "…"). */
  private static final int SHORTEST_SPLIT_CLAUSE = 3;

  private final SpeechVerbs verbs;
  private final QuoteKinds kinds;
  private final Set<String> firstOrSecondPerson;

  public QuoteFinder(SpeechVerbs verbs, QuoteNouns nouns) {
    this.verbs = verbs;
    this.kinds = new QuoteKinds(verbs, nouns);
    this.firstOrSecondPerson = nouns.words().firstOrSecondPerson();
  }

  enum Family {
    DOUBLE, SINGLE
  }

  /** An opening mark waiting for its close. */
  private record Open(int token, Family family, char mark) {}

  /** The paired quotation marks of the article {@code index} was built from. */
  public QuoteMarks find(TokenIndex index) {
    String text = index.article().text();
    Pairing pairing = new Pairing(index, text);
    for (int p = 0; p < index.paragraphCount(); p++) {
      pairing.paragraph(p);
    }
    List<int[]> pairs = pairing.pairs;
    pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> lines = dialogueLines(index, text);
    if (!lines.isEmpty()) {
      // A quotation inside a dialogue line is nested in it, not a record of its own.
      pairs.removeIf(pair -> lines.stream().anyMatch(line -> pair[0] > line[0] && pair[1] <= line[1]));
    }
    return marks(index, text, pairs, lines, pairing.notes);
  }

  /**
   * The quotations of {@code pairs} ({@code [open, close]}) and dialogue {@code lines}, in text
   * order, with their kinds, and which tokens they cover.
   */
  private QuoteMarks marks(TokenIndex index, String text, List<int[]> pairs, List<int[]> lines, List<Note> notes) {
    List<QuoteKinds.Kinded> kindOf = kinds.classify(index, pairs, text);
    byte[] quoted = new byte[index.size()];
    List<QuoteSpan> quotes = new ArrayList<>(pairs.size() + lines.size());
    int nextLine = 0;
    for (int p = 0; p <= pairs.size(); p++) {
      int open = p < pairs.size() ? pairs.get(p)[0] : Integer.MAX_VALUE;
      while (nextLine < lines.size() && lines.get(nextLine)[0] < open) {
        int[] line = lines.get(nextLine++);
        quotes.add(
            new QuoteSpan(line[0], line[1], index.get(line[0] + 1).start(), index.get(line[1]).end(),
                index.paragraphNumberOf(line[0]), QuoteKind.DIRECT, -1, true, false));
        for (int k = line[0]; k <= line[1]; k++) {
          quoted[k] = QuoteMarks.SAID;
        }
      }
      if (p == pairs.size()) {
        break;
      }
      int close = pairs.get(p)[1];
      int splitFrom = splitFrom(index, quotes, open);
      QuoteKind kind = splitFrom >= 0 ? QuoteKind.DIRECT : kindOf.get(p).kind();
      boolean weak = splitFrom < 0 && kindOf.get(p).weak();
      Token openMark = index.get(open);
      Token closeMark = index.get(close);
      boolean openEnded = pairs.get(p).length > 2 && pairs.get(p)[2] == 1;
      quotes.add(
          new QuoteSpan(
              open, close, openMark.end(), openEnded ? closeMark.end() : closeMark.start(), index.paragraphNumberOf(open), kind,
              splitFrom, false, weak));
      byte mark = kind == QuoteKind.SCARE || kind == QuoteKind.TITLE ? QuoteMarks.NOT_SAID : QuoteMarks.SAID;
      for (int k = open; k <= close; k++) {
        quoted[k] = mark;
      }
    }
    return new QuoteMarks(quotes, notes, quoted);
  }

  /**
   * The pairing of one article's marks, paragraph by paragraph: the open marks waiting for their
   * close, the outer pairs found ({@code [open, close, openEnded]}), and notes about marks left
   * unpaired. Three writer's errors are mended: a straight mark with a space on both sides closes
   * the quotation of its family that is open ('… meer. " Een ander'); a nested quotation in the
   * same marks followed by a reporting clause closes the outer one too ('"Ik heb gezegd: "We
   * hebben het gedaan", zei hij'); a quotation that opened a sentence and is still open at the
   * end of a paragraph that ends a sentence, with no continuation mark after it, ends there.
   */
  private final class Pairing {
    final TokenIndex index;
    final String text;
    final List<Note> notes = new ArrayList<>();
    final List<int[]> pairs = new ArrayList<>();
    final Deque<Open> stack = new ArrayDeque<>();
    /** The outer quotation left open at the end of the paragraph before, or null. */
    Open carried;

    Pairing(TokenIndex index, String text) {
      this.index = index;
      this.text = text;
    }

    void paragraph(int p) {
      int from = index.paragraphStart(p);
      int to = index.paragraphEnd(p);
      stack.clear();
      int first = from;
      if (carried != null) {
        stack.push(carried);
        first = from + 1; // the continuation mark that opens the paragraph
        carried = null;
      }
      for (int i = first; i < to; i++) {
        if (index.get(i).kind() == TokenKind.QUOTE) {
          mark(i);
        }
      }
      if (!stack.isEmpty()) {
        Open outer = stack.peekLast();
        while (stack.size() > 1) {
          drop(stack.pop());
        }
        if (p + 1 < index.paragraphCount() && continues(p + 1, outer)) {
          carried = outer;
        } else if (endsWithTheParagraph(outer, to)) {
          pairs.add(new int[] {outer.token(), to - 1, 1});
          notes.add(new Note(index.get(outer.token()).start(),
              "unclosed quote mark " + index.get(outer.token()).text() + " (the quotation is taken to end with its paragraph)"));
        } else {
          drop(outer);
        }
      }
    }

    /** True when paragraph {@code p} opens with a mark that continues the quotation {@code open} of the paragraph before. */
    boolean continues(int p, Open open) {
      Token t = index.get(index.paragraphStart(p));
      return t.kind() == TokenKind.QUOTE && family(t.text()) == open.family() && canOpen(text, t, false);
    }

    /**
     * True when the quotation {@code open}, still open at the paragraph's end {@code to}, may end
     * there: it opened a sentence (or follows a colon), is a double mark or a single one that
     * cannot be an apostrophe, and the paragraph ends a sentence.
     */
    boolean endsWithTheParagraph(Open open, int to) {
      int k = open.token();
      boolean opensSentence = index.sentenceStart(index.sentenceOf(k)) == k || k > 0 && index.get(k - 1).text().equals(":");
      Token last = index.get(to - 1);
      boolean sentenceEnd = last.kind() == TokenKind.PUNCTUATION && ".?!\u2026".indexOf(last.text().charAt(0)) >= 0;
      return opensSentence && sentenceEnd && to - 1 > k + 1 && !looksLikeApostrophe(text, index.get(k));
    }

    /** The quotation mark at token {@code i}: it closes the innermost open mark of its family, opens, or is unpaired. */
    void mark(int i) {
      Token t = index.get(i);
      Family family = family(t.text());
      Open match = innermost(stack, family);
      boolean closes = match != null && canClose(text, t, match);
      boolean opens = canOpen(text, t, match != null);
      if (closes && !(opens && !canCloseStrongly(text, t))) {
        while (stack.peek() != match) {
          drop(stack.pop());
        }
        stack.pop();
        Open outer = innermost(stack, family);
        if (outer != null && outer == stack.peekLast() && reportingClauseAfter(i)) {
          stack.clear(); // the writer closed the nested quotation and the outer one with one mark
          match = outer;
        }
        if (stack.isEmpty()) {
          pairs.add(new int[] {match.token(), i, 0});
        }
      } else if (opens) {
        stack.push(new Open(i, family, t.text().charAt(0)));
      } else if (match != null && t.text().equals("\"") && spaced(text, t)) {
        mark(i, match); // '… meer. " Een ander': a closing mark the writer set apart
      } else if (!looksLikeApostrophe(text, t)) {
        notes.add(new Note(t.start(), "unpaired closing quote mark " + t.text()));
      }
    }

    /** Closes the open quotation {@code match} at token {@code i}. */
    void mark(int i, Open match) {
      while (stack.peek() != match) {
        drop(stack.pop());
      }
      stack.pop();
      if (stack.isEmpty()) {
        pairs.add(new int[] {match.token(), i, 0});
      }
    }

    /** A comma and a reporting verb or cue right after token {@code i}: '"…", zei hij'. */
    boolean reportingClauseAfter(int i) {
      return i + 2 < index.size() && index.get(i + 1).text().equals(",")
          && index.paragraphOf(i + 2) == index.paragraphOf(i) && verbs.at(index.tokens(), i + 2, index.size(), true) != null;
    }

    /** An open mark that found no close: a note, unless it looks like an apostrophe. */
    void drop(Open dropped) {
      if (!looksLikeApostrophe(text, index.get(dropped.token()))) {
        notes.add(unclosed(index.get(dropped.token())));
      }
    }
  }

  /**
   * The dialogue lines of the article as {@code [dash, last]} token indexes: lines that start
   * with a dash and a space ("— Hoe verklaart u dat?"), hold words that end in . ? ! or …, and
   * come in a run that reads as talk: introduced by a colon, or with first- or second-person
   * words or questions in at least half of its lines. A dash inside a line (a dateline
   * "Loppersum — …") is never dialogue.
   */
  List<int[]> dialogueLines(TokenIndex index, String text) {
    List<int[]> candidates = new ArrayList<>();
    for (int p = 0; p < index.paragraphCount(); p++) {
      int from = index.paragraphStart(p);
      int to = index.paragraphEnd(p);
      int lineStart = from;
      for (int i = from + 1; i <= to; i++) {
        if (i == to || newlineBetween(text, index.get(i - 1), index.get(i))) {
          int[] line = dialogueLine(index, text, lineStart, i);
          if (line != null) {
            candidates.add(line);
          }
          lineStart = i;
        }
      }
    }
    List<int[]> lines = new ArrayList<>();
    int i = 0;
    while (i < candidates.size()) {
      int j = i + 1;
      while (j < candidates.size() && candidates.get(j)[0] == candidates.get(j - 1)[1] + 1) {
        j++;
      }
      List<int[]> run = candidates.subList(i, j);
      int talk = 0;
      for (int[] line : run) {
        talk += talks(index, line) ? 1 : 0;
      }
      int first = run.get(0)[0];
      boolean introduced = first > 0 && index.get(first - 1).text().equals(":");
      if (introduced || 2 * talk >= run.size()) { // talk in at least half of the lines
        lines.addAll(run);
      }
      i = j;
    }
    return lines;
  }

  private static int[] dialogueLine(TokenIndex index, String text, int from, int to) {
    Token dash = index.get(from);
    if (dash.kind() != TokenKind.DASH || dash.text().length() != 1 || to - from < SHORTEST_DIALOGUE_LINE) {
      return null;
    }
    if (dash.end() >= text.length() || !isSpace(text.charAt(dash.end()))) {
      return null;
    }
    int words = 0;
    for (int k = from + 1; k < to; k++) {
      if (index.get(k).isWord()) {
        words++;
      }
    }
    int last = to - 1;
    while (last > from && index.get(last).kind() == TokenKind.QUOTE) {
      last--;
    }
    String end = index.get(last).text();
    boolean terminal = index.get(last).kind() == TokenKind.PUNCTUATION && ".?!\u2026".indexOf(end.charAt(0)) >= 0;
    return words >= 1 && terminal ? new int[] {from, to - 1} : null;
  }

  private boolean talks(TokenIndex index, int[] line) {
    for (int k = line[0] + 1; k <= line[1]; k++) {
      Token t = index.get(k);
      if (t.text().equals("?") || firstOrSecondPerson.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean newlineBetween(String text, Token a, Token b) {
    for (int i = a.end(); i < b.start(); i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
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

  /** A mark with white space (or the text's edge) on both sides. */
  private static boolean spaced(String text, Token t) {
    return (t.start() == 0 || isSpace(text.charAt(t.start() - 1))) && (t.end() >= text.length() || isSpace(text.charAt(t.end())));
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
    if (index.paragraphOf(last.closeToken()) != index.paragraphOf(open) || open - between > LONGEST_SPLIT_CLAUSE
        || open - between < SHORTEST_SPLIT_CLAUSE) {
      return -1;
    }
    Token before = index.get(open - 1);
    if (!before.text().equals(",") && !before.text().equals(":")) {
      return -1;
    }
    int k = between;
    if (index.get(k).text().equals(",")) {
      k++;
    } else if (verbs.at(index.tokens(), k, open, true) == null) {
      return -1; // '"… gebeld." Een ander vult aan: "…"': a new clause with a new subject, no split quotation
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

}
