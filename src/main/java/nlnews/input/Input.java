package nlnews.input;

import java.nio.file.Path;

/**
 * One input of a run, in the order the run will report it: a file named on the command line, a
 * file found by walking a directory, standard input, or a path that could not be used at all
 * ({@code problem} set, with the reason and message for the error report).
 */
public record Input(String id, Path path, Origin origin, InputException problem) {

  /** Where an input came from; it decides whether a binary file is an error or a skip. */
  public enum Origin {
    NAMED, WALKED, STDIN
  }

  public static Input stdin() {
    return new Input("-", null, Origin.STDIN, null);
  }

  public static Input failed(String id, InputException problem) {
    return new Input(id, null, Origin.NAMED, problem);
  }
}
