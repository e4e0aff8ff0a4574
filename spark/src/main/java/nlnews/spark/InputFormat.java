package nlnews.spark;

/** How the job's inputs hold their articles. */
public enum InputFormat {
  /** One article a file, as the command line reads them: the path as id, the date marker as date. */
  TEXT,
  /** JSON Lines, one article an object with id, date and text fields. */
  JSONL,
  /** CSV with a header row naming the id, date and text columns; texts may span lines. */
  CSV,
  /** Parquet with id, date and text columns (text as a string or as bytes). */
  PARQUET
}
