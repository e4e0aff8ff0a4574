package nlnews.quotes;

import java.util.List;
import nlnews.model.Note;

/**
 * The quotation marks of an article, paired: the outer quotations in text order and notes about
 * marks that could not be paired. {@code quotedDepth[i]} is 1 for a
 * token inside a direct or partial quotation or a dialogue line, 2 inside a scare quote or a
 * title, 0 outside.
 */
public record QuoteMarks(List<QuoteSpan> quotes, List<Note> notes, byte[] quoted) {

  /** {@code quoted} of a token inside a direct or partial quotation or a dialogue line. */
  static final byte SAID = 1;
  /** {@code quoted} of a token inside a scare quote or a title. */
  static final byte NOT_SAID = 2;

  public QuoteMarks {
    quotes = List.copyOf(quotes);
    notes = List.copyOf(notes);
  }

  /** True when token {@code i} lies between the marks of a scare quote or a title: words nobody says. */
  public boolean inScareQuote(int i) {
    return quoted[i] == NOT_SAID;
  }

  /** True when token {@code i} is a quotation mark or lies inside a quotation. */
  public boolean inQuote(int i) {
    return quoted[i] != 0;
  }
}
