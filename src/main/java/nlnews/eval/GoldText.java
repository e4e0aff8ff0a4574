package nlnews.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the reference scorer ({@code score_news.py}) compares names and quotations: NFC, lower
 * case, quotation marks removed, runs of white space as one space, and spaces, periods, commas,
 * semicolons and colons trimmed from both ends. Kept to the letter, so that {@code nlnews eval}
 * and the reference agree.
 */
final class GoldText {

  /** The quotation marks the comparison ignores. */
  private static final String QUOTE_MARKS = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\"'";
  /** What is trimmed from both ends. */
  private static final String TRIMMED = " .,;:";
  /** Words that may be lower case inside a name: "Van der Laan", "de Vries". */
  static final Set<String> PARTICLES =
      Set.of("van", "de", "der", "den", "ten", "ter", "het", "'t", "von", "da", "di", "le", "la", "du", "des", "op", "in");

  private GoldText() {}

  static String normalise(String s) {
    String lower = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (QUOTE_MARKS.indexOf(c) >= 0) {
        continue;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    if (space) {
      b.append(' ');
    }
    int from = 0;
    int to = b.length();
    while (from < to && TRIMMED.indexOf(b.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && TRIMMED.indexOf(b.charAt(to - 1)) >= 0) {
      to--;
    }
    return b.substring(from, to);
  }

  /** White space as Python's {@code str.isspace} and {@code \s} see it: ASCII, NBSP and the Unicode spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** The length, in code points, of the longest common substring of {@code a} and {@code b}. */
  static int longestCommonSubstring(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    int best = 0;
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : 0;
        best = Math.max(best, current[j]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return best;
  }

  /** The length of {@code s} in code points, as Python counts a string. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The words of {@code s}, split at runs of white space as Python's {@code str.split()} does. */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || isSpace(s.charAt(i));
      if (space && start >= 0) {
        words.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }
}
