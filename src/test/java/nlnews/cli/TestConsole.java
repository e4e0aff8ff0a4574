package nlnews.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command line in process with captured streams. */
final class TestConsole {

  /** What a run printed and returned. */
  record Run(int exit, String stdout, String stderr) {}

  private TestConsole() {}

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    Console console =
        new Console(
            new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8)),
            out,
            new PrintWriter(err, true),
            stdin == null,
            false,
            false,
            Map.of());
    int exit = Main.run(args, console);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
