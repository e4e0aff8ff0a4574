package nlnews.model;

/** What a token is, as decided by the tokenizer. */
public enum TokenKind {
  /** Letters, possibly with inner hyphens, apostrophes or digits: Oekraïne, zo'n, Kremlin-woordvoerder. */
  WORD,
  /** A word with its abbreviation period(s): o.a., dhr., J.P. */
  ABBREVIATION,
  /** Digits with separators: 3.5, 1.000, 2,4, '80. */
  NUMBER,
  /** A quotation mark (or the two-comma opening mark ",,"), not an apostrophe inside a word. */
  QUOTE,
  /** Sentence and clause punctuation: . , ; : ! ? … and brackets. */
  PUNCTUATION,
  /** A dash used as punctuation: - – — standing alone. */
  DASH,
  /** Anything else: %, €, &, emoji. */
  SYMBOL
}
