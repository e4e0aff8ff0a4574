package nlnews.input;

import java.nio.file.Path;
import nlnews.model.SourceText;

/**
 * One input of a run, in the order the run will report it: a file named on the command line, a
 * file found by walking a directory, standard input, a row of an article table already read
 * ({@code row} set), or a path that could not be used at all ({@code problem} set, with the
 * reason and message for the error report). {@code source} is the outlet a walked file's folder
 * names (the first directory under the directory named), or "".
 */
public record Input(String id, Path path, Origin origin, InputException problem, String source, SourceText row) {

  /** Where an input came from; it decides whether a binary file is an error or a skip. */
  public enum Origin {
    NAMED, WALKED, STDIN
  }

  public Input {
    source = source == null ? "" : source;
  }

  /** A file or stream still to be read, of no known outlet. */
  public Input(String id, Path path, Origin origin, InputException problem) {
    this(id, path, origin, problem, "", null);
  }

  public static Input stdin() {
    return new Input("-", null, Origin.STDIN, null);
  }

  public static Input failed(String id, InputException problem) {
    return new Input(id, null, Origin.NAMED, problem);
  }

  /** A row of an article table in {@code file}, read already: its id is the row's. */
  public static Input row(Input file, SourceText row) {
    return new Input(row.id(), file.path(), file.origin(), null, row.source(), row);
  }
}
