package nlnews.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The process's streams and what is known about them: whether each is a terminal (bin/nlnews
 * tells the JVM through system properties, since Java 17 cannot ask per stream) and the
 * environment. Tests build their own.
 */
public record Console(
    InputStream stdin,
    OutputStream stdout,
    PrintWriter stderr,
    boolean stdinIsTerminal,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    Map<String, String> env) {

  public static Console system() {
    boolean console = System.console() != null;
    return new Console(
        new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out),
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true),
        terminal("nlnews.stdin.tty", console),
        terminal("nlnews.stdout.tty", console),
        terminal("nlnews.stderr.tty", console),
        System.getenv());
  }

  private static boolean terminal(String property, boolean fallback) {
    String value = System.getProperty(property);
    return value == null || value.isEmpty() ? fallback : Boolean.parseBoolean(value);
  }

  /** True when NO_COLOR is set to a non-empty value (https://no-color.org). */
  public boolean noColor() {
    String value = env.get("NO_COLOR");
    return value != null && !value.isEmpty();
  }
}
