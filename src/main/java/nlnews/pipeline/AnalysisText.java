package nlnews.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import nlnews.model.SourceText;

/**
 * The text the stages analyse, and the way back to the text as written. The same article can come
 * decomposed (NFD: "e" and a combining acute, as macOS file names and some feeds have it) or
 * composed (NFC: "é"), and a zero-width space or joiner can sit inside a word: the stages see the
 * composed form with the zero-width characters taken out, so that both spellings give the same
 * names, types and links, and every offset is mapped back into the original, so that
 * {@code text.substring(start, end)} still gives the exact source. Text that is composed already
 * and has no zero-width characters, which is nearly all news, is analysed as it is.
 *
 * <p>Like a Lucene CharFilter with its offset correction: the original is cut into pieces at
 * characters that start a composition (a base letter, a space); each piece is composed on its
 * own, and a piece that changed maps as a whole, its start to the piece's start and its end to
 * the piece's end.
 */
final class AnalysisText {

  /** Characters of no width that only steer rendering or line breaking; none belongs in a name. */
  private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF";

  /** Below it, every character is composed already (Latin-1 and Latin Extended A and B). */
  private static final char FIRST_COMBINING_MARK = '\u0300';

  private final String original;
  private final String text;
  private final int bodyStart;
  /** The pieces that changed, in order: analysis [from, to) came from original [start, end). */
  private final int[] from;
  private final int[] to;
  private final int[] start;
  private final int[] end;

  private AnalysisText(String original, String text, int bodyStart, int[] from, int[] to, int[] start, int[] end) {
    this.original = original;
    this.text = text;
    this.bodyStart = bodyStart;
    this.from = from;
    this.to = to;
    this.start = start;
    this.end = end;
  }

  /** True when {@code s} is analysed as it is: composed, and without zero-width characters. */
  static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (ZERO_WIDTH.indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }

  /** The analysis text of {@code source}; null when it is plain and the source is analysed as it is. */
  static AnalysisText of(SourceText source) {
    String s = source.text();
    if (isPlain(s)) {
      return null;
    }
    StringBuilder text = new StringBuilder(s.length());
    List<int[]> changes = new ArrayList<>();
    // The body start is a piece boundary of its own, so that the metadata marker stays apart.
    compose(s, 0, source.bodyStart(), text, changes);
    int bodyStart = text.length();
    compose(s, source.bodyStart(), s.length(), text, changes);
    int[] from = new int[changes.size()];
    int[] to = new int[changes.size()];
    int[] start = new int[changes.size()];
    int[] end = new int[changes.size()];
    for (int i = 0; i < changes.size(); i++) {
      int[] c = changes.get(i);
      from[i] = c[0];
      to[i] = c[1];
      start[i] = c[2];
      end[i] = c[3];
    }
    return new AnalysisText(s, text.toString(), bodyStart, from, to, start, end);
  }

  /** The analysis form of {@code s}: composed, zero-width characters out. */
  static String form(String s) {
    StringBuilder b = new StringBuilder(s.length());
    compose(s, 0, s.length(), b, new ArrayList<>());
    return b.toString();
  }

  /** Appends the analysis form of {@code s[from, to)} to {@code out}, recording the pieces that changed. */
  private static void compose(String s, int from, int to, StringBuilder out, List<int[]> changes) {
    int i = from;
    while (i < to) {
      int j = i + Character.charCount(s.codePointAt(i));
      while (j < to && !startsPiece(s, j, s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      if (j - i == 1 && s.charAt(i) < FIRST_COMBINING_MARK) {
        out.append(s.charAt(i)); // a letter of the Latin blocks alone: composed as it is
      } else {
        String piece = s.substring(i, j);
        String composed = withoutZeroWidth(Normalizer.normalize(piece, Normalizer.Form.NFC));
        if (!composed.equals(piece)) {
          changes.add(new int[] {out.length(), out.length() + composed.length(), i, j});
        }
        out.append(composed);
      }
      i = j;
    }
  }

  /**
   * True when a piece may start before the character {@code c} at {@code i}: it cannot join what
   * comes before it in composition (no combining mark, no Hangul vowel or final jamo), or it is a
   * zero-width character, which goes in a piece of its own.
   */
  private static boolean startsPiece(String s, int i, int c) {
    if (ZERO_WIDTH.indexOf(c) >= 0 || ZERO_WIDTH.indexOf(s.charAt(i - 1)) >= 0) {
      return true;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return false;
    }
    return !(c >= 0x1160 && c <= 0x11FF) && !(c >= 0xD7B0 && c <= 0xD7FF);
  }

  private static String withoutZeroWidth(String s) {
    if (s.length() == 1 && ZERO_WIDTH.indexOf(s.charAt(0)) >= 0) {
      return "";
    }
    return s;
  }

  /** The text the stages analyse. */
  String text() {
    return text;
  }

  /** The source the stages analyse: the analysis text, its body where the original's starts. */
  SourceText source(SourceText original) {
    return new SourceText(original.id(), text, original.date(), bodyStart, original.source());
  }

  /** The text as written. */
  String original() {
    return original;
  }

  /** Where analysis offset {@code a}, the start of a span, lies in the original. */
  int start(int a) {
    int k = lastChangeFrom(a);
    if (k >= 0 && a < to[k]) {
      return start[k]; // inside a piece that changed: its start
    }
    return a + shiftAfter(k);
  }

  /** Where analysis offset {@code a}, the end of a span, lies in the original. */
  int end(int a) {
    if (a == 0) {
      return start(0);
    }
    int k = lastChangeFrom(a - 1);
    if (k >= 0 && a - 1 < to[k]) {
      return end[k]; // the last character came from a piece that changed: its end
    }
    // A piece that vanished (a zero-width character) right at a starts after a - 1: outside.
    return a + shiftAfter(k);
  }

  /** How far the original is ahead of the analysis text after change {@code k} (none: -1). */
  private int shiftAfter(int k) {
    return k < 0 ? 0 : end[k] - to[k];
  }

  /** The last change that starts at or before analysis offset {@code a}, or -1. */
  private int lastChangeFrom(int a) {
    int lo = 0;
    int hi = from.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (from[mid] <= a) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
