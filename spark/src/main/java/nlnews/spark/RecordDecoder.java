package nlnews.spark;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nlnews.input.ArticleDecoder;
import nlnews.input.InputException;
import nlnews.input.MetadataHeader;
import nlnews.model.SourceText;

/**
 * Turns one input record (an id, a date, the article's bytes) into the {@link SourceText} the
 * command line would make of the same bytes, or into the reason it cannot be analysed. Decoding
 * is the command line's own: strict, byte-order marks sniffed, a NUL byte means binary.
 */
final class RecordDecoder implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A date column value: a month, a day, or a day with a time after it (an ISO timestamp). */
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2})(?:[T ].*)?)?", Pattern.DOTALL);

  /** How much of a malformed record the errors table quotes: enough to find it. */
  private static final int MALFORMED_EXCERPT = 80;

  private final String encoding;
  private final long maxBytes;

  /** {@code encoding} null: automatic UTF-8 (or UTF-16 with a byte-order mark), as the CLI. */
  RecordDecoder(String encoding, long maxBytes) {
    this.encoding = encoding;
    this.maxBytes = maxBytes;
  }

  /** The outcome for one record: a text to analyse, or a bad record. */
  sealed interface Decoded {
    record Text(SourceText source) implements Decoded {}

    record Bad(BadRecord record) implements Decoded {}
  }

  /**
   * One record as a reader hands it over.
   *
   * @param id the article's id, null when the record has none
   * @param date the date column's value; null or blank takes the text's date marker
   * @param content the article's bytes, null when there is no text or they were not read
   * @param size the size in bytes when the reader left a too large text unread, else -1
   * @param malformed the raw record when the reader could not parse it, else null
   * @param unreadable why a file could not be read, else null
   * @param source the article's outlet, or null when the input names none
   */
  record Input(String id, String date, byte[] content, long size, String malformed, String unreadable, String source) {
    /** A record with its text's bytes and nothing wrong, as the tests make them. */
    static Input of(String id, String date, byte[] content) {
      return new Input(id, date, content, -1, null, null, null);
    }
  }

  Decoded decode(Input in) {
    String id = in.id();
    if (in.malformed() != null) {
      return bad(id, BadRecord.Reason.MALFORMED, "malformed record: " + excerpt(in.malformed()));
    }
    if (id == null || id.isBlank()) {
      return bad(null, BadRecord.Reason.NO_ID, "no id");
    }
    if (in.unreadable() != null) {
      return bad(id, BadRecord.Reason.UNREADABLE, in.unreadable());
    }
    long size = in.content() != null ? in.content().length : in.size();
    if (size > maxBytes) {
      return bad(id, BadRecord.Reason.TOO_LARGE, "text is " + size + " bytes, larger than --max-bytes " + maxBytes);
    }
    byte[] content = in.content();
    if (content == null) {
      return bad(id, BadRecord.Reason.NO_TEXT, "no text");
    }
    String date = in.date();
    String text;
    try {
      text = ArticleDecoder.decode(content, encoding == null ? null : Charset.forName(encoding));
    } catch (InputException e) {
      BadRecord.Reason reason =
          e.reason() == InputException.Reason.BINARY ? BadRecord.Reason.BINARY : BadRecord.Reason.UNDECODABLE;
      return bad(id, reason, e.getMessage());
    }
    SourceText source = MetadataHeader.read(id, text);
    if (text.substring(source.bodyStart()).isBlank()) {
      return bad(id, BadRecord.Reason.EMPTY, "empty text");
    }
    String outlet = in.source() == null ? "" : in.source().strip();
    if (date == null || date.isBlank()) {
      return new Decoded.Text(source.withSource(outlet));
    }
    String day = normalDate(date.strip());
    if (day == null) {
      return bad(id, BadRecord.Reason.BAD_DATE, "date '" + excerpt(date) + "' is not YYYY-MM or YYYY-MM-DD");
    }
    return new Decoded.Text(new SourceText(id, text, day, source.bodyStart(), outlet));
  }

  /** YYYY-MM or YYYY-MM-DD as the date marker spells it, or null when {@code value} is no date. */
  static String normalDate(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        YearMonth.of(year, month);
        return m.group(1) + "-" + m.group(2);
      }
      LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The month partition of a date ("2022-03"), or null for an article without one. */
  static String month(String date) {
    return date.length() >= 7 ? date.substring(0, 7) : null;
  }

  private static Decoded bad(String id, BadRecord.Reason reason, String cause) {
    return new Decoded.Bad(new BadRecord(id, reason, cause));
  }

  private static String excerpt(String raw) {
    String oneLine = raw.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MALFORMED_EXCERPT
        ? oneLine
        : oneLine.substring(0, MALFORMED_EXCERPT) + "...";
  }
}
