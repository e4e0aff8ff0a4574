package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: bin/nlnews as a process, as a shell user runs it. */
class CommandLineIT {

  private static final String SEED = "testdata/articles/000_5c69a24cfa2252fd.txt";

  @TempDir Path tmp;

  @Test
  void analysesTheSeedArticle() throws Exception {
    CliProcess.Result r = CliProcess.run(null, "analyze", SEED);
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("Volodymyr Zelensky"), r.stdout());
    assertTrue(r.stdout().contains("2022-03"), r.stdout());
    assertEquals("", r.stderr());
  }

  @Test
  void runsThroughASymbolicLinkWithTheCallersCompilerChoice(@TempDir Path dir) throws Exception {
    // The launcher finds the project through the link; its single-article flags (one compiler
    // thread) must give way when NLNEWS_JAVA_OPTS brings the optimising compiler back.
    Path link = Files.createSymbolicLink(dir.resolve("nl"), CliProcess.BIN);
    CliProcess.Result r =
        CliProcess.shell("NLNEWS_JAVA_OPTS=-XX:TieredStopAtLevel=4 '" + link + "' sentiment --format csv " + SEED);
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().startsWith("article,date,source,paragraph,heading,score,label,"), r.stdout());
    assertEquals(12, r.stdout().lines().count(), r.stdout());
  }

  @Test
  void readsStandardInputWithDashAndWhenPiped() throws Exception {
    String text = "De werkloosheid daalde in maart verder, meldde het CBS.\n";
    CliProcess.Result dash = CliProcess.run(text, "sentiment", "--format", "csv", "-");
    assertEquals(0, dash.exit(), dash.stderr());
    assertTrue(dash.stdout().startsWith("article,date,source,paragraph,heading,score,label,positive_cues,negative_cues,language\n-,,,1,"), dash.stdout());
    CliProcess.Result piped = CliProcess.run(text, "sentiment", "--format", "csv");
    assertEquals(dash.stdout(), piped.stdout());
  }

  /** Reading a gold CSV from a pipe failed with "Illegal seek" (InputStream.readAllBytes on Java 17). */
  @Test
  void sentimentEvalReadsGoldFromAPipe() throws Exception {
    String gold = "text,gold\nDe werkloosheid daalde in maart.,1\nHet kabinet vergaderde.,0\n";
    CliProcess.Result r = CliProcess.run(gold, "sentiment", "eval", "--format", "csv", "-");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().startsWith("metric,value\naccuracy,1.000\n"), r.stdout());
  }

  @Test
  void walksADirectoryInSortedOrder() throws Exception {
    CliProcess.Result r = CliProcess.run(null, "entities", "testdata/articles", "--format", "csv");
    assertEquals(0, r.exit(), r.stderr());
    String[] lines = r.stdout().split("\n");
    assertEquals("article,date,source,entity,type,count,variants,linked_to", lines[0]);
    assertTrue(lines[1].startsWith("000_5c69a24cfa2252fd.txt,2022-03,"), lines[1]);
  }

  @Test
  void aMissingFileFailsWithExitOneAndTheOthersAreStillAnalysed() throws Exception {
    CliProcess.Result r = CliProcess.run(null, "sentiment", "--format", "csv", "missing.txt", SEED);
    assertEquals(1, r.exit());
    assertTrue(r.stderr().startsWith("nlnews: missing.txt: no such file or directory\n"), r.stderr());
    assertTrue(r.stderr().matches("(?s).*\nnlnews: 2 articles, 1 failed, \\d+\\.\\d s\n"), r.stderr());
    assertTrue(r.stdout().contains(SEED + ",2022-03,,11,"), r.stdout());
  }

  @Test
  void aClosedPipeEndsQuietlyWithZero() throws Exception {
    CliProcess.Result r =
        CliProcess.shell("bin/nlnews stem --format csv testdata/articles testdata/bad/huge-paragraph.txt | head -1; echo \"status=${PIPESTATUS[0]}\" >&2");
    assertEquals("article,date,source,paragraph,token,stem,start,end\n", r.stdout());
    assertEquals("status=0\n", r.stderr());
  }

  @Test
  void aNamedBinaryFileIsAnErrorAndAWalkedOneIsSkipped() throws Exception {
    CliProcess.Result named = CliProcess.run(null, "stem", "testdata/bad/binary.txt");
    assertEquals(1, named.exit());
    assertEquals("nlnews: testdata/bad/binary.txt: binary file (NUL byte at byte 5)\n", named.stderr());
    Path dir = Files.createDirectories(tmp.resolve("walk"));
    Files.copy(Path.of("testdata/bad/binary.txt"), dir.resolve("a.txt"));
    Files.writeString(dir.resolve("b.txt"), "Gewone tekst.\n");
    CliProcess.Result walked = CliProcess.run(null, "sentiment", "--quiet", "--format", "csv", dir.toString());
    assertEquals(0, walked.exit(), walked.stderr());
    assertEquals("nlnews: a.txt: binary file (NUL byte at byte 5), skipped\n", walked.stderr());
    assertTrue(walked.stdout().contains("\nb.txt,,,1,"), walked.stdout());
  }

  @Test
  void windows1252IsRefusedWithAHintAndReadWithEncoding() throws Exception {
    CliProcess.Result strict = CliProcess.run(null, "quotes", "testdata/bad/windows-1252.txt");
    assertEquals(1, strict.exit());
    assertTrue(
        strict.stderr().matches("nlnews: testdata/bad/windows-1252.txt: not valid UTF-8 at byte \\d+; try --encoding windows-1252\n"),
        strict.stderr());
    CliProcess.Result decoded =
        CliProcess.run(null, "quotes", "--encoding", "windows-1252", "--format", "csv", "testdata/bad/windows-1252.txt");
    assertEquals(0, decoded.exit(), decoded.stderr());
    assertTrue(decoded.stdout().contains("We zijn teleurgesteld"), decoded.stdout());
    assertTrue(decoded.stdout().contains("Financiën") || decoded.stdout().contains("Eliëtte"), decoded.stdout());
  }

  @Test
  void outputIsByteIdenticalOnASecondRunAndWithMoreThreads() throws Exception {
    CliProcess.Result first = CliProcess.run(null, "analyze", "--quiet", "--format", "jsonl", "--threads", "1", "testdata/articles", "testdata/bad");
    CliProcess.Result second = CliProcess.run(null, "analyze", "--quiet", "--format", "jsonl", "--threads", "4", "testdata/articles", "testdata/bad");
    assertEquals(first.exit(), second.exit());
    assertEquals(first.stdout(), second.stdout());
    assertEquals(first.stderr(), second.stderr());
    assertFalse(first.stdout().isEmpty());
  }

  @Test
  void writesAnOutputFileOnlyWhenTheRunCompletes() throws Exception {
    Path out = tmp.resolve("entities.csv");
    CliProcess.Result r = CliProcess.run(null, "entities", "--format", "csv", "--output", out.toString(), SEED);
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("", r.stdout());
    assertTrue(Files.readString(out).startsWith("article,date,source,entity,type,count,variants,linked_to\n"));
    try (var files = Files.list(tmp)) {
      assertEquals(1, files.count(), "no temporary file is left next to the output");
    }
  }

  @Test
  void analyzeWritesFourTablesIntoAnOutputDirectory() throws Exception {
    Path dir = tmp.resolve("tables");
    CliProcess.Result r = CliProcess.run(null, "analyze", "--output-dir", dir.toString(), SEED);
    assertEquals(0, r.exit(), r.stderr());
    for (String name : new String[] {"articles.csv", "entities.csv", "quotes.csv", "sentiment.csv", "mentions.csv"}) {
      assertTrue(Files.size(dir.resolve(name)) > 0, name);
    }
    assertTrue(Files.readString(dir.resolve("articles.csv")).startsWith("article,date,source,language,paragraphs,headings,sentences,tokens,entities,quotes,score,label\n"));
  }

  @Test
  void usageErrorsExitWithTwoAndHelpWithZero() throws Exception {
    CliProcess.Result bad = CliProcess.run(null, "entities", "--format", "xml", SEED);
    assertEquals(2, bad.exit());
    assertTrue(bad.stderr().startsWith("nlnews: "), bad.stderr());
    CliProcess.Result help = CliProcess.run(null, "--help");
    assertEquals(0, help.exit());
    assertTrue(help.stdout().contains("Exit codes:"), help.stdout());
    CliProcess.Result version = CliProcess.run(null, "--version");
    assertEquals(0, version.exit());
    assertTrue(version.stdout().startsWith("nlnews "), version.stdout());
    CliProcess.Result subHelp = CliProcess.run(null, "quotes", "--help");
    assertEquals(0, subHelp.exit());
    assertTrue(subHelp.stdout().contains("--format"), subHelp.stdout());
  }

  @Test
  void worksThroughASymlinkFromAnotherDirectory() throws Exception {
    Path link = tmp.resolve("nl");
    Files.createSymbolicLink(link, CliProcess.BIN);
    CliProcess.Result r =
        CliProcess.shell("cd " + tmp + " && ./nl stem --format tsv " + CliProcess.ROOT.resolve(SEED) + " | wc -l");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(402, Integer.parseInt(r.stdout().trim()), "a header and the 401 tokens of the seed article");
  }

  @Test
  void quotesEvalPrintsTheFiguresOfTheEvaluationSetAsCsv() throws Exception {
    CliProcess.Result r = CliProcess.run(null, "quotes", "eval", "testdata/quotes/gold.jsonl", "--format", "csv");
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("", r.stderr());
    String[] lines = r.stdout().split("\n");
    assertEquals(5, lines.length, r.stdout());
    assertEquals("metric,value", lines[0]);
    String[] metrics = {"quote_precision", "quote_recall", "quote_f1", "speaker_accuracy"};
    for (int i = 0; i < metrics.length; i++) {
      String[] row = lines[i + 1].split(",");
      assertEquals(metrics[i], row[0], r.stdout());
      assertTrue(row[1].matches("[01]\\.\\d{3}"), r.stdout());
    }
    assertTrue(Double.parseDouble(lines[3].split(",")[1]) >= 0.95, "quote F1 target: " + r.stdout());
    CliProcess.Result text = CliProcess.run(null, "quotes", "eval", "testdata/quotes/gold.jsonl", "--glob", "?[13579]_*.txt");
    assertEquals(0, text.exit(), text.stderr());
    assertTrue(text.stdout().startsWith("testdata/quotes/gold.jsonl: 18 articles, "), text.stdout());
    assertTrue(text.stdout().contains("\nspeaker accuracy  "), text.stdout());
  }

  @Test
  void quotesEvalReportsBadGoldLinesAndMissingArticlesAndGoesOn() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("set"));
    Files.writeString(dir.resolve("a.txt"), "\"Dat klopt\", zei Karin Jansen.\n\nHet was een \"doorbraak\".\n");
    Files.writeString(
        dir.resolve("gold.jsonl"),
        "{\"article\": \"a.txt\", \"quote\": \"Dat klopt\", \"speaker\": \"Karin Jansen\", \"kind\": \"direct\"}\n"
            + "{\"article\": \"a.txt\", \"quote\": \"Dat klopt\"}\n"
            + "{\"article\": \"b.txt\", \"quote\": \"Weg\", \"speaker\": \"\", \"kind\": \"scare\"}\n");
    CliProcess.Result r = CliProcess.run(null, "quotes", "eval", dir.resolve("gold.jsonl").toString(), "--format", "csv");
    assertEquals(1, r.exit(), r.stderr());
    assertEquals(
        "nlnews: " + dir.resolve("gold.jsonl") + ":2: missing field \"speaker\"; line skipped\n"
            + "nlnews: " + dir.resolve("b.txt") + ": no such file or directory; its gold quotes count as missed\n",
        r.stderr());
    // a.txt: the direct quote matches, the scare quote "doorbraak" has no gold line; b.txt's quote is missed
    assertEquals(
        "metric,value\nquote_precision,0.500\nquote_recall,0.500\nquote_f1,0.500\nspeaker_accuracy,1.000\n", r.stdout());
  }

  @Test
  void quotesEvalDetailsAreForTheTextReport() throws Exception {
    CliProcess.Result r = CliProcess.run(null, "quotes", "eval", "testdata/quotes/gold.jsonl", "--details", "--format", "csv");
    assertEquals(2, r.exit());
    assertTrue(r.stderr().startsWith("nlnews: --details goes with --format text only"), r.stderr());
  }

  @Test
  void charsetOfTheTestFileIsWhatTheTestAssumes() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("testdata/bad/windows-1252.txt"));
    assertTrue(new String(bytes, Charset.forName("windows-1252")).contains("„zorgwekkend”"));
  }
}
