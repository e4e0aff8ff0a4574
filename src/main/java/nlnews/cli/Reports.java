package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
import nlnews.output.OutputClosedException;
import nlnews.output.OutputTarget;

/**
 * Writes the result of a command that prints one report (an evaluation, a split, a model) and
 * turns the outcome into its exit code: a closed standard output ends the command quietly, any
 * other write error is reported as {@code nlnews: cannot write NAME: cause} and exits 3.
 */
final class Reports {

  /** What a command prints. */
  @FunctionalInterface
  interface Report {
    void writeTo(Writer out) throws IOException;
  }

  private Reports() {}

  /** Writes {@code report} to standard output; see {@link #write}. */
  static int toStdout(Console console, Report report, int written, int closed) {
    return write(console, OutputTarget.stream(console.stdout()), "standard output", report, written, closed);
  }

  /**
   * Writes {@code report} to {@code target} (shown as {@code name}) and commits it: returns
   * {@code written}, or {@code closed} when standard output has no reader any more.
   */
  static int write(Console console, OutputTarget target, String name, Report report, int written, int closed) {
    try {
      report.writeTo(target.writer());
      target.commit();
      return written;
    } catch (OutputClosedException e) {
      return closed;
    } catch (IOException e) {
      return cannotWrite(console, target, name, e);
    }
  }

  /** Reports that {@code target} (shown as {@code name}) cannot be written, discards it, and returns 3. */
  static int cannotWrite(Console console, OutputTarget target, String name, IOException e) {
    discard(target);
    console.stderr().println(Messages.of("cannot write " + name + ": " + Messages.cause(e)));
    console.stderr().flush();
    return ExitCodes.INTERNAL;
  }

  /** Closes {@code target} after a failure; a file target's temporary file is removed. */
  static void discard(OutputTarget target) {
    try {
      target.close();
    } catch (IOException ignored) {
      // already failing, and reported
    }
  }
}
