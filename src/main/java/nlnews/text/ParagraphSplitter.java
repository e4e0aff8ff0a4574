package nlnews.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds paragraphs: blocks of non-blank lines separated by one or more blank lines, with LF, CRLF
 * or lone CR line ends in any mix. A line of only whitespace (spaces, tabs, no-break spaces) is
 * blank. Each span runs from the block's first to its last non-space character.
 */
public final class ParagraphSplitter {

  private ParagraphSplitter() {}

  /** {@code [start, end)} pairs of the paragraphs in {@code text[from, to)}. */
  public static List<int[]> split(CharSequence text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    int blockStart = -1;
    int blockEnd = -1;
    int i = from;
    while (i < to) {
      int lineEnd = i;
      while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int first = i;
      while (first < lineEnd && TokenScanner.isSpace(text.charAt(first))) {
        first++;
      }
      if (first == lineEnd) {
        if (blockStart >= 0) {
          spans.add(new int[] {blockStart, blockEnd});
          blockStart = -1;
        }
      } else {
        int last = lineEnd;
        while (last > first && TokenScanner.isSpace(text.charAt(last - 1))) {
          last--;
        }
        if (blockStart < 0) {
          blockStart = first;
        }
        blockEnd = last;
      }
      i = lineEnd;
      if (i < to && text.charAt(i) == '\r') {
        i++;
      }
      if (i < to && text.charAt(i) == '\n') {
        i++;
      }
    }
    if (blockStart >= 0) {
      spans.add(new int[] {blockStart, blockEnd});
    }
    return spans;
  }
}
