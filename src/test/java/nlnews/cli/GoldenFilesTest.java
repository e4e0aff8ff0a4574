package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every command on every article of testdata/articles in process and compares the output
 * byte for byte with testdata/golden/ARTICLE/FILE. Run with -Dgolden.update=true to rewrite the
 * golden files, then review the diff before committing.
 */
class GoldenFilesTest {

  private static final Path ARTICLES = Path.of("testdata/articles");
  private static final Path GOLDEN = Path.of("testdata/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** One golden file: the file name and the command line that produces it. */
  private record Output(String file, List<String> args) {}

  private static final List<Output> OUTPUTS =
      List.of(
          new Output("analyze.txt", List.of("analyze", "--format", "text", "--color", "never")),
          new Output("analyze.jsonl", List.of("analyze", "--format", "jsonl")),
          new Output("entities.csv", List.of("entities", "--format", "csv")),
          new Output("quotes.csv", List.of("quotes", "--format", "csv")),
          new Output("sentiment.csv", List.of("sentiment", "--format", "csv")),
          new Output("mentions.csv", List.of("mentions", "--format", "csv")),
          new Output("stem.tsv", List.of("stem", "--format", "tsv")));

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(ARTICLES)) {
      for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (Output output : OUTPUTS) {
          cases.add(Arguments.of(article.getFileName().toString(), output.file(), output.args()));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void outputMatchesTheGoldenFile(String article, String file, List<String> command) throws IOException {
    List<String> args = new ArrayList<>(command);
    args.add("--threads");
    args.add("1");
    args.add(ARTICLES.resolve(article).toString());
    TestConsole.Run run = TestConsole.run(null, args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stderr());
    Path golden = GOLDEN.resolve(article.replaceFirst("\\.txt$", "")).resolve(file);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, run.stdout(), StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), run.stdout(), golden.toString());
  }
}
