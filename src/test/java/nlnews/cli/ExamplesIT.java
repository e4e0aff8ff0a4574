package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 18: the examples that README.md and every command's --help give run as written, from a
 * folder that holds what a fresh clone has (bin/ and testdata/; ../shared/data beside it only
 * where the project's machines have it). A README block under {@code <!-- not run: why -->}
 * and the build command (mvn) are left out. A README console block also shows output: each line
 * it shows must be in the real output, in that order ("..." stands for lines left out).
 */
class ExamplesIT {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path SHARED = ROOT.resolve("../shared").normalize();
  private static final int SIGPIPE = 128 + 13;

  @TempDir Path tmp;

  /** One command line and, for a console block, the output lines it shows. */
  record Example(String line, List<String> shown) {}

  @TestFactory
  Stream<DynamicTest> readmeExamples() throws IOException {
    Path work = clone("readme");
    return readme(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)).stream()
        .map(example -> DynamicTest.dynamicTest(example.line(), () -> run(example, work)));
  }

  @TestFactory
  Stream<DynamicTest> helpExamples() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (CommandLine command : UsageTest.commands(Main.everyCommand(quietConsole()))) {
      String name = command.getCommandSpec().qualifiedName();
      if (name.endsWith(" help")) {
        continue;
      }
      // A command's examples run in order in a folder of their own: a later one may use what an
      // earlier one wrote (ner train, then --ner-model).
      Path work = clone(name.replace(' ', '-'));
      for (String line : help(command.getCommandSpec().usageMessage().footer())) {
        tests.add(DynamicTest.dynamicTest(name + ": " + line, () -> run(new Example(line, List.of()), work)));
      }
    }
    return tests.stream();
  }

  /** The example command lines of a README: ```sh lines, and ```console lines after "$ ". */
  static List<Example> readme(List<String> lines) {
    List<Example> examples = new ArrayList<>();
    String block = null;
    boolean skip = false;
    String previous = "";
    StringBuilder pending = new StringBuilder();
    for (String raw : lines) {
      String line = raw.stripTrailing();
      if (line.startsWith("```")) {
        if (block == null) {
          block = line.substring(3).trim();
          skip = previous.startsWith("<!-- not run:");
        } else {
          block = null;
        }
        previous = line;
        continue;
      }
      if (!line.isBlank()) {
        previous = line;
      }
      if (block == null || skip) {
        continue;
      }
      if (block.equals("sh")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("mvn ")) {
          continue;
        }
        pending.append(line);
        if (line.endsWith("\\")) {
          pending.append('\n');
          continue;
        }
        examples.add(new Example(pending.toString(), List.of()));
        pending.setLength(0);
      } else if (block.equals("console")) {
        if (line.startsWith("$ ")) {
          examples.add(new Example(line.substring(2), new ArrayList<>()));
        } else if (!examples.isEmpty()) {
          examples.get(examples.size() - 1).shown().add(line);
        }
      }
    }
    return examples;
  }

  /** The command lines among the footer lines of a help, a line ending in \ joined with the next. */
  static List<String> help(String[] footer) {
    List<String> lines = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : footer) {
      pending.append(line.strip());
      if (line.endsWith("\\")) {
        pending.append('\n');
        continue;
      }
      lines.add(pending.toString());
      pending.setLength(0);
    }
    return lines;
  }

  /** A folder with what a fresh clone has (bin and testdata), and ../shared where it exists. */
  private Path clone(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.createSymbolicLink(work.resolve("bin"), ROOT.resolve("bin"));
    Files.createSymbolicLink(work.resolve("testdata"), ROOT.resolve("testdata"));
    if (Files.isDirectory(SHARED)) {
      Files.createSymbolicLink(dir.resolve("shared"), SHARED);
    }
    return work;
  }

  private static void run(Example example, Path work) throws Exception {
    assumeTrue(!example.line().contains("../shared/") || Files.isDirectory(SHARED), "needs ../shared/data, which is not here");
    List<Path> before = listing(work);
    ProcessBuilder pb = new ProcessBuilder("bash", "-o", "pipefail", "-c", example.line()).directory(work.toFile());
    pb.environment().put("PATH", ROOT.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    pb.environment().remove("NO_COLOR");
    Path out = Files.createTempFile("nlnews-example", ".out");
    Path err = Files.createTempFile("nlnews-example", ".err");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      Process p = pb.start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + example.line());
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      String whole = "$ " + example.line() + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
      // 141 is a program killed by SIGPIPE: in "nlnews ... | sort | head", sort may still be
      // writing when head has read its ten lines and gone. nlnews itself ends 0 on a closed pipe.
      assertTrue(p.exitValue() == 0 || p.exitValue() == SIGPIPE && example.line().contains("| head"), p.exitValue() + "\n" + whole);
      assertTrue(!stdout.isEmpty() || !listing(work).equals(before), "printed nothing and wrote nothing:\n" + whole);
      assertTrue(!stderr.contains("][warning]") && !stderr.contains("][error"), "the JVM complained:\n" + whole);
      assertShown(example.shown(), stdout);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Every line the README shows is in the output, in order; "..." lines stand for lines left out. */
  private static void assertShown(List<String> shown, String stdout) {
    List<String> actual = stdout.lines().map(String::stripTrailing).toList();
    int at = 0;
    for (String line : shown) {
      if (line.isBlank() || line.strip().equals("...")) {
        continue;
      }
      int found = actual.subList(at, actual.size()).indexOf(line.stripTrailing());
      assertTrue(found >= 0, "README shows a line the command no longer prints (or not in this order):\n" + line + "\n--- output\n" + stdout);
      at += found + 1;
    }
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static Console quietConsole() {
    return new Console(
        new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), new PrintWriter(Writer.nullWriter()), true,
        false, false, Map.of());
  }
}
