package nlnews.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Locale;

/** The length of a period of the timeline and the tone tables, and the period a date falls in. */
public enum Period {
  DAY, WEEK, MONTH, YEAR;

  /** Periods in time order ("2022-03" before "2022-04", ISO weeks and days likewise), the period "" last. */
  public static final Comparator<String> ORDER =
      Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder());

  /** Where the month ends in a date "YYYY-MM" or "YYYY-MM-DD". */
  private static final int MONTH_END = 7;
  private static final int DAY_END = 10;
  private static final int YEAR_END = 4;

  /**
   * The period {@code date} ("YYYY-MM-DD" or "YYYY-MM") falls in: "2022-03-05", ISO week
   * "2022-W09", "2022-03", "2022". Empty when the date does not tell (no date, or a month asked
   * for by day or week): such an article is counted in the period "" rather than guessed into one.
   */
  public String of(String date) {
    if (date.length() < MONTH_END) {
      return "";
    }
    return switch (this) {
      case YEAR -> date.substring(0, YEAR_END);
      case MONTH -> date.substring(0, MONTH_END);
      case DAY -> date.length() >= DAY_END ? date.substring(0, DAY_END) : "";
      case WEEK -> week(date);
    };
  }

  private static String week(String date) {
    if (date.length() < DAY_END) {
      return "";
    }
    try {
      LocalDate d = LocalDate.parse(date.substring(0, DAY_END));
      return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    } catch (DateTimeException e) {
      return "";
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
