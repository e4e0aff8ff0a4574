package nlnews.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import nlnews.output.Terminal;

/**
 * The one-line messages nlnews writes on stderr, {@code nlnews: PATH: cause} or
 * {@code nlnews: message}, with every part that came from outside (a file name, an article id,
 * an option's value, a cause quoting either) made safe for a terminal: a file name cannot
 * forge a second line or send escape sequences.
 */
final class Messages {

  private Messages() {}

  /** {@code nlnews: PATH: cause}. */
  static String about(Object path, String cause) {
    return "nlnews: " + Terminal.safe(String.valueOf(path)) + ": " + Terminal.safe(cause);
  }

  /** {@code nlnews: message}. */
  static String of(String message) {
    return "nlnews: " + Terminal.safe(message);
  }

  /**
   * What went wrong in an I/O error, in the user's words: the system's reason without the path
   * it was about (which may be a temporary file the user never named), never a Java class name.
   */
  static String cause(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? lowerFirst(f.getReason()) : "input/output error";
    }
    String message = e.getMessage();
    return message == null || message.isEmpty() ? "input/output error" : lowerFirst(message);
  }

  /** "No space left on device" as the other messages are written: "no space left on device". */
  private static String lowerFirst(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
        ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1)
        : s;
  }
}
