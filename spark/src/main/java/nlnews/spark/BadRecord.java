package nlnews.spark;

import java.util.Locale;

/**
 * Why a record was not analysed, as the errors table says it: {@code reason} for grouping and
 * filtering, {@code cause} for a person.
 */
public record BadRecord(String id, Reason reason, String cause) {

  /** The kinds of bad record; the errors table spells them in lower case with hyphens. */
  public enum Reason {
    /** A JSON line the reader could not parse. */
    MALFORMED,
    /** A file that could not be read (gone, no permission). */
    UNREADABLE,
    /** No id (null or blank). */
    NO_ID,
    /** No text (null). */
    NO_TEXT,
    /** More bytes than --max-bytes. */
    TOO_LARGE,
    /** A NUL byte: binary data, not text. */
    BINARY,
    /** Bytes that are not valid in the encoding. */
    UNDECODABLE,
    /** Nothing but white space after the date marker. */
    EMPTY,
    /** A date column value that is no date. */
    BAD_DATE,
    /** The analysis itself failed: a bug, reported with the article's id so it can be reproduced. */
    INTERNAL;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
