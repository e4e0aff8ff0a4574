package nlnews.output;

/**
 * Makes untrusted text (article text, names, quotations, file names) safe to show on a terminal:
 * control characters (C0 including newline and tab, DEL, C1), the Unicode line and paragraph
 * separators and the bidirectional controls are written as visible escapes ({@code \x1b},
 * {@code \n}, {@code \u202e}), so an article cannot retitle or clear the reader's terminal,
 * forge a second line in a diagnostic, or reorder what the analyst sees. Text without such
 * characters comes back as it is. Machine formats (CSV, TSV, JSON Lines) do not use this: they
 * escape by their own specifications and keep the text exact.
 */
public final class Terminal {

  private Terminal() {}

  /** {@code text} with every character that could control a terminal written as an escape. */
  public static String safe(String text) {
    int i = 0;
    while (i < text.length() && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c <= 0xFF) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  /**
   * True for C0 controls, DEL, C1 controls, U+2028/U+2029, and the bidirectional controls:
   * ALM (U+061C), LRM/RLM (U+200E/F), the embeddings and overrides (U+202A-U+202E) and the
   * isolates (U+2066-U+2069).
   */
  static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
