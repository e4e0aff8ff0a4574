package nlnews.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text one line at a time, never holding more than one line and at most {@code maxChars}
 * of it: a longer line is passed over to its end and given as empty, with {@link #tooLong()}
 * true, so a broken file of one huge line cannot take all memory. Lines end at LF; a CR before
 * it is dropped.
 */
final class LineReader {

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int pos;
  private int limit;
  private long line;
  private boolean tooLong;

  LineReader(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = (int) Math.min(Integer.MAX_VALUE - 8, maxChars);
  }

  /** The number of the line last returned, from 1. */
  long line() {
    return line;
  }

  /** Whether the line last returned was longer than the limit (and is given as empty). */
  boolean tooLong() {
    return tooLong;
  }

  /** The next line without its line end, or null at the end of the text. */
  String next() throws IOException {
    StringBuilder sb = null;
    tooLong = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer);
        pos = 0;
        if (limit == -1) {
          limit = 0;
          if (sb == null) {
            return null;
          }
          line++;
          return stripCr(sb);
        }
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        if (sb.length() + (pos - start) > maxChars) {
          tooLong = true;
          sb.setLength(0);
        } else {
          sb.append(buffer, start, pos - start);
        }
      }
      if (pos < limit) {
        pos++; // the LF
        line++;
        return stripCr(sb);
      }
    }
  }

  private static String stripCr(StringBuilder sb) {
    int n = sb.length();
    return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
  }
}
