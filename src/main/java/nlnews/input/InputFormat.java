package nlnews.input;

import java.util.Locale;

/**
 * How an input holds its articles: one article a file ({@code TEXT}), or a table of articles, one
 * a row ({@code CSV}, {@code TSV}, {@code JSONL}); {@code AUTO} chooses by the file name.
 */
public enum InputFormat {
  AUTO, TEXT, CSV, TSV, JSONL;

  /**
   * The format of the input named {@code id}: this one, or for {@code AUTO} the one its extension
   * says ({@code .csv}, {@code .tsv}, {@code .jsonl} or {@code .ndjson}), text otherwise.
   */
  public InputFormat of(String id) {
    if (this != AUTO) {
      return this;
    }
    String name = id.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".tsv")) {
      return TSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    return TEXT;
  }

  /** The glob a directory is walked with when none is given: the files of this format. */
  public String defaultGlob() {
    return switch (this) {
      case AUTO, TEXT -> "*.txt";
      case CSV -> "*.csv";
      case TSV -> "*.tsv";
      case JSONL -> "*.{jsonl,ndjson}";
    };
  }
}
