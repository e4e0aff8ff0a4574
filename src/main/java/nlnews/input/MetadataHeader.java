package nlnews.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nlnews.model.SourceText;

/**
 * Reads the metadata marker that may open an article: {@code date YYYY-MM} or
 * {@code date YYYY-MM-DD}, after optional whitespace, on its own line or inline before the first
 * words. The marker becomes the article's date and the body starts after it; the text itself is
 * kept whole, so offsets still point into the file as decoded. A marker with an impossible date
 * (2022-13) is not metadata and stays in the text.
 */
public final class MetadataHeader {

  private static final Pattern DATE =
      Pattern.compile("\\A[\\s\\u00A0\\uFEFF]*date[ \\t\\u00A0]+(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?=[\\s\\u00A0]|\\z)");

  private MetadataHeader() {}

  public static SourceText read(String id, String text) {
    Matcher m = DATE.matcher(text);
    if (!m.lookingAt() || !isValid(m)) {
      return new SourceText(id, text, "", 0);
    }
    String date = m.group(3) == null ? m.group(1) + "-" + m.group(2) : m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    return new SourceText(id, text, date, m.end());
  }

  private static boolean isValid(Matcher m) {
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        YearMonth.of(year, month);
      } else {
        LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
