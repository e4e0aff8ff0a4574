package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 18: --no-header, so that batches (xargs -n) concatenate into one table. */
class NoHeaderTest {

  private static List<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("testdata/articles"))) {
      return files.map(Path::toString).filter(p -> p.endsWith(".txt")).sorted().toList();
    }
  }

  /** One run over every article equals its header and then the runs of batches without one. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"entities, csv", "quotes, tsv", "sentiment, csv", "stem, tsv"})
  void issue18BatchesWithoutHeadersConcatenateToOneTable(String command, String format) throws IOException {
    List<String> articles = articles();
    TestConsole.Run whole = run(command, format, false, articles);
    assertEquals(0, whole.exit(), whole.stderr());
    StringBuilder batches = new StringBuilder(whole.stdout().lines().findFirst().orElseThrow()).append('\n');
    for (int i = 0; i < articles.size(); i += 4) {
      TestConsole.Run batch = run(command, format, true, articles.subList(i, Math.min(i + 4, articles.size())));
      assertEquals(0, batch.exit(), batch.stderr());
      batches.append(batch.stdout());
    }
    assertEquals(whole.stdout(), batches.toString());
  }

  @Test
  void withoutRowsAndWithoutHeaderNothingIsWritten() {
    TestConsole.Run run = TestConsole.run("\n", "quotes", "-q", "--format", "csv", "--no-header", "-");
    assertEquals(0, run.exit(), run.stderr());
    assertEquals("", run.stdout());
  }

  @Test
  void theTablesOfAnalyzeOutputDirHaveNoHeaderEither(@TempDir Path dir) throws IOException {
    TestConsole.Run run =
        TestConsole.run(null, "analyze", "-q", "--no-header", "--output-dir", dir.toString(), "testdata/eval/brug.txt");
    assertEquals(0, run.exit(), run.stderr());
    for (String table : List.of("articles", "entities", "quotes", "sentiment")) {
      String csv = Files.readString(dir.resolve(table + ".csv"));
      assertTrue(csv.startsWith("testdata/eval/brug.txt,"), table + ": " + csv);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text", "jsonl"})
  void withAFormatThatHasNoHeaderItIsAUsageError(String format) {
    TestConsole.Run run = TestConsole.run(null, "sentiment", "--format", format, "--no-header", "testdata/eval/brug.txt");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertEquals("", run.stdout());
    assertTrue(run.stderr().startsWith("nlnews: --no-header applies to csv and tsv, not " + format + "\n"), run.stderr());
  }

  private static TestConsole.Run run(String command, String format, boolean noHeader, List<String> articles) {
    List<String> args = new ArrayList<>(List.of(command, "-q", "--threads", "1", "--format", format));
    if (noHeader) {
      args.add("--no-header");
    }
    args.addAll(articles);
    return TestConsole.run(null, args.toArray(String[]::new));
  }
}
