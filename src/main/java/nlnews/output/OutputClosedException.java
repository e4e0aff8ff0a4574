package nlnews.output;

import java.io.IOException;

/**
 * Standard output has no reader any more (a closed pipe, as in {@code nlnews ... | head -1}), or
 * the run is being stopped: not an error, the run ends quietly. Any other {@link IOException}
 * from the output is a write that failed.
 */
public final class OutputClosedException extends IOException {

  private static final long serialVersionUID = 1L;

  OutputClosedException(String message, IOException cause) {
    super(message, cause);
  }

  /**
   * {@code e} as an OutputClosedException when it says the pipe is broken, else {@code e}. The
   * JDK reports EPIPE only in the message (its text from the C library), so this is the one
   * place that reads it.
   */
  static IOException ifClosed(IOException e) {
    String message = e.getMessage();
    return message != null && message.contains("Broken pipe") ? new OutputClosedException(message, e) : e;
  }
}
