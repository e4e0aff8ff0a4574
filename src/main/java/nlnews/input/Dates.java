package nlnews.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a row of an article table in the forms exports write, and gives it in ISO
 * form: {@code 2022-03-15}, {@code 2022-03-15T10:18:37Z} (any time and zone after the day),
 * {@code 2022-03-15 10:18}, {@code 2022/03/15}, {@code 15-03-2022}, {@code 15/03/2022},
 * {@code 15.03.2022} (day first, as Dutch and Belgian dates are written), and {@code 2022-03}. The
 * day is the one written: a time zone does not move it, because the outlet's own day is the one
 * an analyst means.
 */
public final class Dates {

  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})[-/](\\d{1,2})(?:[-/](\\d{1,2}))?(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  private Dates() {}

  /** The ISO date of {@code written} ("" for an empty one), or null when it is not a date. */
  public static String iso(String written) {
    String s = written.strip();
    if (s.isEmpty()) {
      return "";
    }
    Matcher m = YEAR_FIRST.matcher(s);
    if (m.matches()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    m = DAY_FIRST.matcher(s);
    if (m.matches()) {
      return iso(m.group(3), m.group(2), m.group(1));
    }
    return null;
  }

  private static String iso(String year, String month, String day) {
    try {
      if (day == null) {
        return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).toString();
      }
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
