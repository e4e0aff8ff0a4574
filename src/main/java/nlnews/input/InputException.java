package nlnews.input;

/** An input that cannot be analysed, with a one-line cause for the error report. */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an input failed or was skipped. */
  public enum Reason {
    NOT_FOUND,
    UNREADABLE,
    BINARY,
    UNDECODABLE,
    TOO_LARGE,
    LOOP,
    /** The article could not be analysed in the memory the JVM has. */
    OUT_OF_MEMORY,
    /** A row of an article table that is no article (no text, a bad date, broken quoting), or a table without rows. */
    BAD_ROW,
    /** A directory named on the command line where no file matches the glob. */
    NO_MATCH,
    /** Skipped: a symbolic link out of the directories named. */
    OUTSIDE,
    /** Skipped: a file or directory already taken through another path. */
    DUPLICATE,
    /** Skipped: a named pipe or other special file met while walking. */
    NOT_REGULAR
  }

  private final Reason reason;

  public InputException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * True when the input is skipped with a note rather than failed: nothing the user asked for is
   * lost (a link out of the tree, a file taken already, a special file met while walking), or a
   * binary file met while walking, which was never meant as an article. The message of a skip
   * says so itself, except a binary file's, whose reader does not know where it came from.
   */
  public boolean skips(Input.Origin origin) {
    return switch (reason) {
      case OUTSIDE, DUPLICATE, NOT_REGULAR -> true;
      case BINARY -> origin == Input.Origin.WALKED;
      default -> false;
    };
  }
}
