package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nlnews.input.InputFormat;
import nlnews.input.RowFields;
import nlnews.model.ArticleAnalysis;
import nlnews.output.AnalysisWriter;
import nlnews.output.DelimitedWriter;
import nlnews.output.OutputTarget;
import nlnews.output.Tables;
import nlnews.pipeline.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against hostile inputs and outputs, in process (issue 17). */
class HostileCliTest {

  private static final String GOOD = "De werkloosheid daalde verder, meldde het CBS.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  /** True when nothing in {@code s} could act on a terminal: no control characters but newline. */
  static boolean terminalSafe(String s) {
    return s.chars().noneMatch(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c));
  }

  @Test
  void issue17FileNamesInDiagnosticsCannotForgeLinesOrSendEscapes() throws IOException {
    write("a\nnlnews: vals alarm.txt", "x\u0000");
    write("b\u001b]0;PWNED\u0007.txt", "x\u0000");
    Files.write(dir.resolve("c\u202etxt.exe.txt"), new byte[] {(byte) 0xC3, '('});
    TestConsole.Run r = TestConsole.run(null, "sentiment", "--format", "csv", dir.toString());
    assertTrue(terminalSafe(r.stderr()), r.stderr());
    assertEquals(
        "nlnews: a\\nnlnews: vals alarm.txt: binary file (NUL byte at byte 1), skipped\n"
            + "nlnews: b\\x1b]0;PWNED\\x07.txt: binary file (NUL byte at byte 1), skipped\n",
        r.stderr().lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
    assertTrue(r.stderr().contains("nlnews: c\\u202etxt.exe.txt: "), r.stderr());
  }

  @Test
  void issue17TheTextReportOfAHostileArticleIsSafeOnATerminal() throws IOException {
    Path a = write("a.txt", "De premier \u001b]0;PWNED\u0007\u001b[2JMark Rutte zei: \"Dit is \u202egoed nieuws.\"\n");
    TestConsole.Run r = TestConsole.run(null, "analyze", a.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(terminalSafe(r.stdout()), r.stdout());
    assertTrue(r.stdout().contains("PWNED\\x07"), r.stdout());
  }

  @Test
  void issue17AnOptionValueInAUsageErrorIsEscaped() {
    TestConsole.Run r = TestConsole.run(null, "sentiment", "--\u001b[2J", "x.txt");
    assertEquals(2, r.exit());
    assertTrue(terminalSafe(r.stderr()), r.stderr());
    assertTrue(r.stderr().startsWith("nlnews: unknown option '--\\x1b[2J'"), r.stderr());
  }

  @Test
  void issue17OutputThatCannotBeWrittenIsAUsageErrorBeforeAnyArticleIsRead() throws IOException {
    Path a = write("a.txt", GOOD);
    Path folder = Files.createDirectories(dir.resolve("uit"));
    TestConsole.Run directory = TestConsole.run(null, "sentiment", "--format", "csv", "-o", folder.toString(), a.toString());
    assertEquals(2, directory.exit());
    assertTrue(directory.stderr().startsWith("nlnews: --output " + folder + ": is a directory\n"), directory.stderr());
    Path missing = dir.resolve("nergens/uit.csv");
    TestConsole.Run noParent = TestConsole.run(null, "sentiment", "--format", "csv", "-o", missing.toString(), a.toString());
    assertEquals(2, noParent.exit());
    assertTrue(noParent.stderr().startsWith("nlnews: --output " + missing + ": no such directory " + missing.getParent() + "\n"), noParent.stderr());
    TestConsole.Run input = TestConsole.run(null, "sentiment", "--format", "csv", "-o", a.toString(), a.toString());
    assertEquals(2, input.exit());
    assertTrue(input.stderr().startsWith("nlnews: --output " + a + ": is one of the inputs; write the results elsewhere\n"), input.stderr());
    assertEquals(GOOD, Files.readString(a));
    Path walked = write("map/b.txt", GOOD);
    TestConsole.Run inWalk = TestConsole.run(null, "stem", "-o", walked.toString(), dir.resolve("map").toString());
    assertEquals(2, inWalk.exit(), inWalk.stderr());
    Path table = Files.createDirectories(dir.resolve("tabellen/quotes.csv"));
    TestConsole.Run tables = TestConsole.run(null, "analyze", "--output-dir", table.getParent().toString(), a.toString());
    assertEquals(2, tables.exit());
    assertTrue(tables.stderr().startsWith("nlnews: --output-dir " + table + ": is a directory\n"), tables.stderr());
    assertFalse(Files.exists(table.getParent().resolve("articles.csv")));
  }

  @Test
  void issue17DevStdoutIsStandardOutput() throws IOException {
    Path a = write("a.txt", GOOD);
    TestConsole.Run r = TestConsole.run(null, "sentiment", "--format", "csv", "-o", "/dev/stdout", a.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().startsWith("article,date,source,paragraph"), r.stdout());
  }

  @Test
  void issue17CsvSafeQuotesFormulaCellsAndOnlyWhenAsked() throws IOException {
    Path a = write("=HYPERLINK.txt", "\"=1+2\", zei Jan Jansen.\n");
    TestConsole.Run exact = TestConsole.run(null, "quotes", "--format", "csv", dir.toString());
    assertTrue(exact.stdout().contains("\n=HYPERLINK.txt,,,1,"), exact.stdout());
    assertTrue(exact.stdout().contains(",=1+2,"), exact.stdout());
    TestConsole.Run safe = TestConsole.run(null, "quotes", "--format", "csv", "--csv-safe", dir.toString());
    assertTrue(safe.stdout().contains("\n'=HYPERLINK.txt,,,1,"), safe.stdout());
    assertTrue(safe.stdout().contains(",'=1+2,"), safe.stdout());
    assertTrue(Files.exists(a));
  }

  @Test
  void issue17AnArticleWithoutTextIsNotedAndAFolderWithoutMatchesFails() throws IOException {
    write("a/leeg.txt", "");
    write("a/datum.txt", "date 2022-03\n");
    write("a/vol.txt", GOOD);
    write("b/notities.md", GOOD);
    TestConsole.Run r = TestConsole.run(null, "entities", "--format", "csv", "--quiet", dir.resolve("a").toString());
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("nlnews: datum.txt: no text\nnlnews: leeg.txt: no text\n", r.stderr());
    TestConsole.Run tables = TestConsole.run(null, "analyze", "--output-dir", dir.resolve("t").toString(), "--quiet", dir.resolve("a").toString());
    assertEquals(0, tables.exit(), tables.stderr());
    String articles = Files.readString(dir.resolve("t/articles.csv"));
    assertTrue(articles.contains("\ndatum.txt,2022-03,,,0,0,0,0,0,0,,\n"), articles);
    TestConsole.Run none = TestConsole.run(null, "sentiment", "--format", "csv", "--quiet", dir.resolve("b").toString());
    assertEquals(1, none.exit());
    assertEquals("nlnews: " + dir.resolve("b") + ": no files match *.txt\n", none.stderr());
  }

  @Test
  void issue17ANamedPipeIsReadLikeStandardInput() throws Exception {
    Path fifo = dir.resolve("pijp");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(GOOD.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    TestConsole.Run r = TestConsole.run(null, "sentiment", "--format", "csv", fifo.toString());
    writer.get(20, TimeUnit.SECONDS);
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("\n" + fifo + ",,,1,false,"), r.stdout());
  }

  @Test
  void issue17SymbolicLinksOutOfTheTreeAreSkippedUnlessAsked() throws IOException {
    Path secret = write("elders/geheim.txt", GOOD);
    write("archief/a.txt", GOOD);
    Files.createSymbolicLink(dir.resolve("archief/b.txt"), secret);
    TestConsole.Run r = TestConsole.run(null, "sentiment", "--format", "csv", "--quiet", dir.resolve("archief").toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stderr().startsWith("nlnews: b.txt: symbolic link to a file outside the directories named ("), r.stderr());
    assertFalse(r.stdout().contains("\nb.txt,"), r.stdout());
    TestConsole.Run follow =
        TestConsole.run(null, "sentiment", "--format", "csv", "--quiet", "--follow-outside-links", dir.resolve("archief").toString());
    assertEquals("", follow.stderr());
    assertTrue(follow.stdout().contains("\nb.txt,"), follow.stdout());
  }

  /**
   * True for a line that holds a progress line, alone or with a record written after it: it
   * should have been cleared before the record (the summary at the end is no progress line).
   */
  static boolean isProgress(String line) {
    return line.matches(".*nlnews: (\\[[#.]+\\] \\d+/\\d+|\\d+ articles  \\d).*");
  }

  /** Standard output and standard error on one terminal, as a screen shows them. */
  static List<String> screen(String bytes) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int cursor = 0;
    for (int i = 0; i < bytes.length(); i++) {
      char c = bytes.charAt(i);
      if (c == '\r') {
        cursor = 0;
      } else if (c == '\n') {
        lines.add(line.toString());
        line.setLength(0);
        cursor = 0;
      } else if (c == '\u001b' && bytes.startsWith("[K", i + 1)) {
        line.setLength(cursor);
        i += 2;
      } else {
        if (cursor < line.length()) {
          line.setCharAt(cursor, c);
        } else {
          line.append(c);
        }
        cursor++;
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  @Test
  void issue17TheProgressLineIsClearedBeforeARecordGoesToTheSameTerminal() throws IOException {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      paths.add(write("a" + i + ".txt", GOOD).toString());
    }
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    PrintWriter err = new PrintWriter(new OutputStreamWriter(terminal, StandardCharsets.UTF_8), true);
    Console console = new Console(new ByteArrayInputStream(new byte[0]), terminal, err, true, true, true, Map.of());
    ArticleSettings settings =
        new ArticleSettings(paths, "*.txt", false, null, 1 << 20, 1, false, EnumSet.noneOf(Stage.class), null,
            OutputOptions.Format.text, null, null, false, true, false, InputFormat.AUTO, RowFields.DEFAULT, false);
    AtomicLong now = new AtomicLong();
    ArticleRun run = new ArticleRun(console, settings, null, () -> now.addAndGet(1_000_000_000L));
    OutputTarget stdout = OutputTarget.stream(terminal);
    Writer records = stdout.writer();
    int exit = run.run(List.of(new ArticleRun.Destination(stdout, WriterFactory.create(OutputOptions.Format.text, records,
        List.of(Tables.STEMS), EnumSet.of(nlnews.output.TextWriter.Section.STEMS), false, true, false), "standard output")));
    assertEquals(0, exit);
    String shown = terminal.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("\r\u001b[Knlnews: "), "the progress line was drawn: " + shown);
    for (String line : screen(shown)) {
      assertFalse(isProgress(line), "a progress line left among the records: " + line);
    }
  }

  /** An AnalysisWriter whose last flush fails, as a full disk makes it. */
  private static final class FailingAtTheEnd implements AnalysisWriter {
    @Override
    public void write(ArticleAnalysis analysis) {}

    @Override
    public void finish() throws IOException {
      throw new FileSystemException(null, null, "No space left on device");
    }
  }

  @Test
  void issue17OutputDirHoldsAllTablesOfOneRunOrNone() throws IOException {
    Path a = write("a.txt", GOOD);
    Path tables = Files.createDirectories(dir.resolve("tabellen"));
    Path entities = Files.writeString(tables.resolve("entities.csv"), "van de vorige run\n");
    Path sentiment = Files.writeString(tables.resolve("sentiment.csv"), "van de vorige run\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.io.StringWriter errText = new java.io.StringWriter();
    Console console = new Console(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(errText, true), true, false, false, Map.of());
    ArticleSettings settings =
        new ArticleSettings(List.of(a.toString()), "*.txt", false, null, 1 << 20, 1, true, EnumSet.allOf(Stage.class), null,
            OutputOptions.Format.csv, null, tables, false, true, false, InputFormat.AUTO, RowFields.DEFAULT, false);
    OutputTarget first = OutputTarget.file(entities);
    OutputTarget second = OutputTarget.file(sentiment);
    int exit =
        new ArticleRun(console, settings, null)
            .run(
                List.of(
                    new ArticleRun.Destination(first, DelimitedWriter.csv(first.writer(), Tables.ENTITIES), entities.toString()),
                    new ArticleRun.Destination(second, new FailingAtTheEnd(), sentiment.toString())));
    assertEquals(3, exit);
    assertEquals("nlnews: cannot write " + sentiment + ": no space left on device\n", errText.toString());
    assertEquals("van de vorige run\n", Files.readString(entities), "the first table of the failed run did not replace the old one");
    try (Stream<Path> files = Files.list(tables)) {
      assertEquals(2, files.count(), "no temporary file is left");
    }
  }

  @Test
  void issue17MessagesSayWhatWentWrongWithoutClassOrTemporaryFileNames() {
    assertEquals("no space left on device", Messages.cause(new FileSystemException("/x/.uit.csv.3f2a.tmp", null, "No space left on device")));
    assertEquals("permission denied", Messages.cause(new java.nio.file.AccessDeniedException("/x/.uit.csv.3f2a.tmp")));
    assertEquals("input/output error", Messages.cause(new IOException()));
    String bug = Main.internalError(new NullPointerException());
    assertFalse(bug.contains("NullPointerException") || bug.contains("java."), bug);
    assertTrue(Main.internalError(new OutOfMemoryError("Java heap space")).startsWith("out of memory; try NLNEWS_JAVA_OPTS=-Xmx"));
  }

  @Test
  void issue17TheDetailsOfQuotesEvalAreSafeOnATerminal() throws IOException {
    write("articles/a.txt", "\"Dit is \u001b[2Jgoed\", zei Jan \u202eJansen.\n");
    Path gold =
        write("gold.jsonl", "{\"article\": \"a.txt\", \"quote\": \"Iets anders \\u001b]0;x\\u0007\", \"speaker\": \"Piet\\u202e\", \"kind\": \"direct\"}\n");
    TestConsole.Run r = TestConsole.run(null, "quotes", "eval", "--details", gold.toString());
    assertTrue(terminalSafe(r.stdout()), r.stdout());
    assertTrue(terminalSafe(r.stderr()), r.stderr());
    assertTrue(r.stdout().contains("Piet\\u202e"), r.stdout());
  }

  @Test
  void issue17AGlobThatIsNoPatternIsOneLineForEveryCommand() throws IOException {
    Path gold = write("gold.jsonl", "");
    for (String[] args :
        new String[][] {
          {"sentiment", "--glob", "[", dir.toString()}, {"eval", "--glob", "[", dir.toString()},
          {"quotes", "eval", "--glob", "[", gold.toString()}
        }) {
      TestConsole.Run r = TestConsole.run(null, args);
      assertEquals(2, r.exit(), r.stderr());
      assertTrue(r.stderr().startsWith("nlnews: --glob '[': not a valid pattern (missing ])\nTry 'nlnews "), r.stderr());
      assertEquals(2, r.stderr().lines().count(), r.stderr());
    }
  }
}
