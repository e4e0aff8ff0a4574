package nlnews.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs bin/nlnews (or a shell line using it) as a real process, for the end-to-end tests. */
final class CliProcess {

  /** What a finished process left behind. */
  record Result(int exit, String stdout, String stderr) {}

  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path BIN = ROOT.resolve("bin/nlnews");

  private CliProcess() {}

  static Result run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(BIN.toString());
    command.addAll(List.of(args));
    return exec(command, stdin);
  }

  /** Runs {@code line} with bash -o pipefail off, so `| head -1` reports nlnews's own status via PIPESTATUS. */
  static Result shell(String line) throws IOException, InterruptedException {
    return exec(List.of("bash", "-c", line), null);
  }

  private static Result exec(List<String> command, String stdin) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
    pb.environment().put("PATH", BIN.getParent() + File.pathSeparator + System.getenv("PATH"));
    pb.environment().remove("NO_COLOR");
    Path out = Files.createTempFile("nlnews-out", ".txt");
    Path err = Files.createTempFile("nlnews-err", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      if (stdin == null) {
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      }
      Process p = pb.start();
      if (stdin != null) {
        try (var in = p.getOutputStream()) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
