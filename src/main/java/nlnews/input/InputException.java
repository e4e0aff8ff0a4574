package nlnews.input;

/** An input that cannot be analysed, with a one-line cause for the error report. */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an input failed; a binary file found by walking a directory is skipped, not failed. */
  public enum Reason {
    NOT_FOUND, UNREADABLE, BINARY, UNDECODABLE, TOO_LARGE, LOOP
  }

  private final Reason reason;

  public InputException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
