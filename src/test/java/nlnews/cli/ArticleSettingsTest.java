package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad option combinations of the article commands: each a usage error, found before any work. */
class ArticleSettingsTest {

  private static final String SEED = "testdata/articles/000_5c69a24cfa2252fd.txt";
  private static final String HINT = "Try 'nlnews %s --help' for more information.\n";

  @TempDir Path tmp;

  /**
   * Arguments (with {@code DIR} a directory that must not be created and {@code SEED} the seed
   * article), the first line on stderr, and whether the --help hint follows. With no PATH, the
   * test's standard input is a terminal.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          analyze --output x.txt --output-dir DIR SEED    | nlnews: --output and --output-dir cannot be combined                                                        | true
          analyze --format csv SEED                       | nlnews: analyze writes csv only with --output-dir DIR (one file per table); use text or jsonl on standard output    | true
          analyze -f tsv SEED                             | nlnews: analyze writes tsv only with --output-dir DIR (one file per table); use text or jsonl on standard output    | true
          analyze --output-dir DIR --format jsonl SEED    | nlnews: --output-dir writes csv or tsv, not jsonl                                                            | true
          analyze --output-dir DIR --format text SEED     | nlnews: --output-dir writes csv or tsv, not text                                                             | true
          analyze --threads 0 SEED                        | nlnews: --threads must be between 1 and 1024, not 0                                                          | true
          entities --threads 1025 SEED                    | nlnews: --threads must be between 1 and 1024, not 1025                                                       | true
          stem                                            | nlnews: no input: give files or directories, or pipe text into standard input                               | true
          sentiment --threads 0                           | nlnews: no input: give files or directories, or pipe text into standard input                               | true
          sentiment --glob [ SEED                         | nlnews: --glob '[': not a valid pattern (missing ])                                                          | true
          analyze --ner-model missing.bin SEED            | nlnews: missing.bin: no such file                                                                            | false
          quotes --ner-model missing.bin --threads 0 SEED | nlnews: missing.bin: no such file                                                                            | false
          analyze --ner-model missing.bin --format csv SEED | nlnews: analyze writes csv only with --output-dir DIR (one file per table); use text or jsonl on standard output  | true
          """)
  void aBadCombinationIsAUsageError(String args, String message, boolean hint) {
    Path dir = tmp.resolve("tables");
    List<String> argv = argv(args, dir);
    TestConsole.Run run = TestConsole.run(null, argv.toArray(String[]::new));
    assertEquals(2, run.exit(), run.stderr());
    String stderr = run.stderr();
    assertEquals(message + "\n" + (hint ? String.format(HINT, argv.get(0)) : ""), stderr);
    assertEquals("", run.stdout());
    assertFalse(Files.exists(dir), "nothing is created before the options are checked");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          analyze --output-dir DIR SEED          | articles.csv entities.csv mentions.csv quotes.csv sentiment.csv
          analyze --output-dir DIR -f tsv SEED   | articles.tsv entities.tsv mentions.tsv quotes.tsv sentiment.tsv
          """)
  void theDirectoryOfTablesHoldsCsvByDefaultOrTsv(String args, String files) throws Exception {
    Path dir = tmp.resolve("tables");
    List<String> argv = argv(args, dir);
    TestConsole.Run run = TestConsole.run(null, argv.toArray(String[]::new));
    assertEquals(0, run.exit(), run.stderr());
    try (var listed = Files.list(dir)) {
      assertEquals(files, String.join(" ", listed.map(p -> p.getFileName().toString()).sorted().toList()));
    }
  }

  /** {@code args} split at spaces, with DIR and SEED filled in. */
  private static List<String> argv(String args, Path dir) {
    List<String> argv = new ArrayList<>();
    for (String a : args.split(" ")) {
      argv.add(a.equals("DIR") ? dir.toString() : a.equals("SEED") ? SEED : a);
    }
    return argv;
  }
}
