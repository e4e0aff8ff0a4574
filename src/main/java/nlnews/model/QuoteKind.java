package nlnews.model;

import java.util.Locale;

/** What a quoted span is. */
public enum QuoteKind {
  /** Quoted speech or writing that forms a sentence or clause of its own. */
  DIRECT,
  /** A quoted phrase embedded in a sentence written by the journalist. */
  PARTIAL,
  /** A quoted term that nobody is reported to say: de "bevrijding" van. */
  SCARE,
  /** The title of a book, film, programme, song, exhibition or operation: 'Wie is de Mol?'. Not speech. */
  TITLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
