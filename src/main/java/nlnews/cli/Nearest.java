package nlnews.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The name a mistyped word most likely meant, among the names a command knows. */
final class Nearest {

  /**
   * Edits allowed per this many letters of the typed word (leading dashes not counted): one
   * slip in a short word ("analyse", "--formt"), two in a long one ("--outptu-dirr"). More than
   * that and the word is something else, and a suggestion would only mislead.
   */
  private static final int LETTERS_PER_EDIT = 4;

  private Nearest() {}

  /**
   * The one name within reach of {@code typed}: the only name it starts (three letters at
   * least), else the only name at the smallest edit distance, if that is close enough; empty
   * when none is, or when two are equally near.
   */
  static Optional<String> among(String typed, Collection<String> names) {
    String word = typed.toLowerCase(Locale.ROOT);
    int letters = stripDashes(word).length();
    String prefixed = null;
    int prefixes = 0;
    if (letters >= 3) {
      for (String name : names) {
        if (name.toLowerCase(Locale.ROOT).startsWith(word) && !name.equals(typed)) {
          prefixed = name;
          prefixes++;
        }
      }
    }
    if (prefixes == 1) {
      return Optional.of(prefixed);
    }
    int reach = Math.max(1, letters / LETTERS_PER_EDIT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String name : names) {
      int d = distance(word, name.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !name.equals(best)) {
        tie = true;
      }
    }
    return best != null && !tie && !best.equals(typed) && bestDistance <= reach ? Optional.of(best) : Optional.empty();
  }

  private static String stripDashes(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) == '-') {
      i++;
    }
    return word.substring(i);
  }

  /**
   * Edits (insert, delete, replace, or swap two neighbours) that turn {@code a} into {@code b}:
   * the optimal string alignment distance, in which "sentimnet" is one swap from "sentiment".
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
