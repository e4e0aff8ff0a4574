package nlnews.text;

import java.util.Locale;
import java.util.Set;
import nlnews.model.TokenKind;

/**
 * Splits Dutch news text into tokens with offsets. It decides the questions a generic tokenizer
 * gets wrong for Dutch: abbreviations and initials keep their periods (o.a., dhr., J.P.), numbers
 * keep their separators (3.5, 1.000, 2,4), apostrophes inside or in front of words are part of the
 * word (zo'n, auto's, 's avonds, '80), and the typewriter opening mark ",," is one quote token.
 *
 * <p>Not thread-safe: one instance per stream, reused through {@link #reset}. Which words are
 * abbreviations, elisions and links after a hyphen is the language's data ({@link TextWords}),
 * given to the constructor.
 */
public final class TokenScanner {

  /**
   * The longest word with a final period that is looked up as an abbreviation or tested as
   * initials: the longest listed one ("z.g.a.n.") has eight characters and initials rarely run
   * past five ("J.-P."); a longer dotted run is a web address or words glued together, not worth
   * cutting out and looking up.
   */
  private static final int MAX_ABBREVIATION_LENGTH = 10;

  /**
   * The most letters a group of an unlisted dotted abbreviation can have: Dutch dotted
   * abbreviations shorten each word to one to three letters ("t.o.v.", "z.s.m."); a longer group
   * is a word, as in "nieuws.nl." at the end of a sentence.
   */
  private static final int MAX_DOTTED_GROUP_LETTERS = 3;

  /** Dotted letter groups make an unlisted abbreviation from two on: "z.s.m."; "bla." alone is a word. */
  private static final int MIN_DOTTED_GROUPS = 2;

  /** Lower-case, periods included. */
  private final Set<String> abbreviations;
  private final Set<String> elisions;
  private final int longestElision;
  private final Set<String> hyphenLinks;

  private CharSequence text = "";
  private int end;
  private int pos;

  private int tokenStart;
  private int tokenEnd;
  private TokenKind tokenKind;

  /** A scanner that decides abbreviations, elisions and hyphens of omission with {@code words}. */
  public TokenScanner(TextWords words) {
    this.abbreviations = words.abbreviations();
    this.elisions = words.elisions();
    this.longestElision = words.longestElision();
    this.hyphenLinks = words.hyphenLinks();
  }

  /** Scans {@code text[start, end)}; offsets reported are absolute indexes into {@code text}. */
  public void reset(CharSequence text, int start, int end) {
    this.text = text;
    this.pos = start;
    this.end = end;
  }

  public int start() {
    return tokenStart;
  }

  public int end() {
    return tokenEnd;
  }

  public TokenKind kind() {
    return tokenKind;
  }

  /** Advances to the next token; false at the end of the text. */
  public boolean next() {
    while (pos < end && isSpace(text.charAt(pos))) {
      pos++;
    }
    if (pos >= end) {
      return false;
    }
    int start = pos;
    char c = text.charAt(pos);
    int stop;
    TokenKind kind;
    if (isWordChar(c)) {
      if (Character.isDigit(c)) {
        stop = scanNumber(start);
        kind = hasLetter(start, stop) ? TokenKind.WORD : TokenKind.NUMBER;
      } else {
        stop = scanWord(start);
        kind = text.charAt(stop - 1) == '.' ? TokenKind.ABBREVIATION : TokenKind.WORD;
      }
    } else if (isApostrophe(c) && (stop = scanElidedWord(start)) > 0) {
      kind = Character.isDigit(text.charAt(start + 1)) ? TokenKind.NUMBER : TokenKind.WORD;
    } else if ((c == '@' || c == '#') && pos + 1 < end && Character.isLetterOrDigit(text.charAt(pos + 1))) {
      stop = scanWord(start + 1);
      kind = TokenKind.WORD;
    } else if (c == ',' && pos + 1 < end && text.charAt(pos + 1) == ',') {
      stop = start + 2;
      kind = TokenKind.QUOTE;
    } else if (c == '\'' && pos + 1 < end && text.charAt(pos + 1) == '\'') {
      stop = start + 2;
      kind = TokenKind.QUOTE;
    } else if (isQuoteMark(c)) {
      stop = start + 1;
      kind = TokenKind.QUOTE;
    } else if (c == '.' || c == '!' || c == '?') {
      stop = start + 1;
      while (stop < end && (text.charAt(stop) == '.' || text.charAt(stop) == '!' || text.charAt(stop) == '?')) {
        stop++;
      }
      kind = TokenKind.PUNCTUATION;
    } else if (isDash(c)) {
      stop = start + 1;
      while (stop < end && isDash(text.charAt(stop))) {
        stop++;
      }
      kind = TokenKind.DASH;
    } else if (isPunctuation(c)) {
      stop = start + 1;
      kind = TokenKind.PUNCTUATION;
    } else {
      stop = start + Character.charCount(Character.codePointAt(text, start));
      kind = TokenKind.SYMBOL;
    }
    pos = stop;
    tokenStart = start;
    tokenEnd = stop;
    tokenKind = kind;
    return true;
  }

  private int scanWord(int start) {
    int segmentStart = start;
    int i = skipWordChars(start);
    while (i < end) {
      char c = text.charAt(i);
      char next = i + 1 < end ? text.charAt(i + 1) : ' ';
      if (c == '.' && isWordChar(next)) {
        // nos.nl and J.P. continue (one letter before the period is an initial); "einde.Dan" (a
        // missing space) does not.
        if (Character.isUpperCase(next) && i - segmentStart > 1) {
          break;
        }
        segmentStart = i + 1;
        i = skipWordChars(i + 1);
      } else if ((isHyphen(c) || c == '&' || c == '_') && isWordChar(next)) {
        segmentStart = i + 1;
        i = skipWordChars(i + 1);
      } else if (isApostrophe(c) && Character.isLetter(next)) {
        i = skipWordChars(i + 1);
      } else if (isHyphen(c) && isSpace(next) && isHyphenLinkAfter(i + 1)) {
        // "zomer- en wintertijd": the hyphen belongs to the first word.
        i++;
        break;
      } else {
        break;
      }
    }
    if (i < end && text.charAt(i) == '.' && isAbbreviation(start, i + 1)) {
      i++;
    }
    return i;
  }

  private int scanNumber(int start) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',' || c == ':') && i + 1 < end && Character.isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (i < end && (Character.isLetter(text.charAt(i)) || (isHyphen(text.charAt(i)) && i + 1 < end && isWordChar(text.charAt(i + 1))))) {
      // 2e, 18-jarige, 5G, 2-0: carry on as a word.
      return scanWord(i);
    }
    return i;
  }

  /**
   * An elision after an apostrophe ('s, 't, 'n ... before a space or hyphen) or '80 for years:
   * where it ends; 0 when not one.
   */
  private int scanElidedWord(int start) {
    int i = start + 1;
    if (i >= end) {
      return 0;
    }
    if (start > 0 && isWordChar(text.charAt(start - 1))) {
      return 0;
    }
    char c = text.charAt(i);
    if (Character.isDigit(c)) {
      if (i + 1 < end && Character.isDigit(text.charAt(i + 1)) && (i + 2 >= end || !isWordChar(text.charAt(i + 2)))) {
        return i + 2;
      }
      return 0;
    }
    int stop = elisionEnd(i);
    if (stop < 0) {
      return 0;
    }
    if (stop == end) {
      return 0;
    }
    char after = text.charAt(stop);
    if (isSpace(after) && stop + 1 < end && Character.isLetter(text.charAt(stop + 1))) {
      return stop;
    }
    if (isHyphen(after) && stop + 1 < end && Character.isLetter(text.charAt(stop + 1))) {
      // 's-Hertogenbosch, 's-Gravenhage
      return scanWord(stop + 1);
    }
    return 0;
  }

  /**
   * The end of the longest listed elision that starts at {@code i} (its first letter in either
   * case, the others as written), or -1.
   */
  private int elisionEnd(int i) {
    for (int length = Math.min(longestElision, end - i); length >= 1; length--) {
      String form = Character.toLowerCase(text.charAt(i)) + text.subSequence(i + 1, i + length).toString();
      if (elisions.contains(form)) {
        return i + length;
      }
    }
    return -1;
  }

  private boolean isAbbreviation(int start, int stopWithPeriod) {
    int length = stopWithPeriod - start;
    if (length > MAX_ABBREVIATION_LENGTH) {
      return false;
    }
    String candidate = text.subSequence(start, stopWithPeriod).toString();
    if (abbreviations.contains(candidate.toLowerCase(Locale.ROOT))) {
      return true;
    }
    // Initials: J. or J.P. or J.-P. (upper-case letters each followed by a period).
    boolean initials = true;
    boolean letters = true;
    int groups = 0;
    int i = start;
    while (i < stopWithPeriod) {
      int groupStart = i;
      while (i < stopWithPeriod && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int groupLength = i - groupStart;
      if (groupLength == 0 || i >= stopWithPeriod || text.charAt(i) != '.') {
        letters = false;
        initials = false;
        break;
      }
      if (groupLength != 1 || !Character.isUpperCase(text.charAt(groupStart))) {
        initials = false;
      }
      if (groupLength > MAX_DOTTED_GROUP_LETTERS) {
        letters = false;
      }
      groups++;
      i++;
      if (i < stopWithPeriod && isHyphen(text.charAt(i))) {
        i++;
      }
    }
    // Unknown dotted abbreviations of short letter groups: t.o.v., z.s.m.
    return initials || (letters && groups >= MIN_DOTTED_GROUPS);
  }

  /** True when the word after the spaces from {@code spaceAt} is a link after a hyphen of omission ("en"). */
  private boolean isHyphenLinkAfter(int spaceAt) {
    int i = spaceAt;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    int stop = skipWordChars(i);
    return stop > i && hyphenLinks.contains(text.subSequence(i, stop).toString());
  }

  private int skipWordChars(int i) {
    while (i < end && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private boolean hasLetter(int start, int stop) {
    for (int i = start; i < stop; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    // Combining accents (decomposed ë), soft hyphens and surrogate halves of letters stay inside words.
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == '\u00AD'
        || Character.isSurrogate(c) && Character.isLetter(c);
  }

  public static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u00AD'; // a soft hyphen on its own; inside a word it stays part of the word
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u00B4';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2010' || c == '\u2011';
  }

  /** Quotation marks of every style used in Dutch and Belgian news. */
  public static boolean isQuoteMark(char c) {
    switch (c) {
      case '"':
      case '\'':
      case '`':
      case '\u00B4':
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u201B':
      case '\u00AB':
      case '\u00BB':
      case '\u2039':
      case '\u203A':
      case '\u2033':
      case '\u2032':
      case '\uFF02':
        return true;
      default:
        return false;
    }
  }

  private static boolean isPunctuation(char c) {
    if ("%\u2030#&@*\u00A7\u2020\u2021".indexOf(c) >= 0) {
      return false; // symbols that Unicode files under punctuation
    }
    int type = Character.getType(c);
    return c == '\u2026'
        || type == Character.OTHER_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION;
  }
}
