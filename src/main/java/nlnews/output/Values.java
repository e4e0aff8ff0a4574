package nlnews.output;

import java.util.List;
import java.util.Locale;

/** How a table value is spelled in CSV, TSV and text: one rule for all writers. */
final class Values {

  private Values() {}

  static String text(Object value) {
    if (value == null) {
      return ""; // no value: an article without text has no score
    }
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    if (value instanceof List<?> list) {
      StringBuilder b = new StringBuilder();
      for (Object o : list) {
        if (b.length() > 0) {
          b.append('|');
        }
        b.append(o);
      }
      return b.toString();
    }
    return String.valueOf(value);
  }
}
