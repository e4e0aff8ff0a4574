package nlnews.input;

import java.util.List;
import java.util.Objects;

/**
 * Which fields of a row of an article table hold the article's id, date, title, text and outlet.
 * The outlet is the first of {@code source} the table has (by default "source", then "outlet").
 */
public record RowFields(String id, String date, String title, String text, List<String> source) {

  /** The names most exports use. */
  public static final RowFields DEFAULT = new RowFields("id", "date", "title", "text", List.of("source", "outlet"));

  public RowFields {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    source = List.copyOf(source);
  }
}
