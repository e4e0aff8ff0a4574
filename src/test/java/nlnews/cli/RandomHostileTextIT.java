package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random hostile article text through bin/nlnews (issue 17): terminal escapes and other
 * control characters, bidi overrides, zero-width characters inside names, decomposed (NFD)
 * letters, cells that a spreadsheet would run as formulas, every quotation mark, CRLF, NUL
 * bytes and bytes that are not UTF-8. Whatever the text: nothing raw reaches a terminal stream,
 * CSV and JSON Lines parse, every article is in the output or named on stderr, -j1 and -j3 give
 * the same bytes, --csv-safe leaves no formula cell, and the NFD copy of an article gives the
 * entities of the NFC one.
 */
class RandomHostileTextIT {

  private static final String[] PIECES = {
    "De ", "premier ", "Mark Rutte ", "zei ", "aldus ", "Volodymyr Zelensky ", "Jürgen Müller ", "Oekraïne ", "Genève ",
    "de werkloosheid daalde. ", "optimisme ", "\"", "„", "”", "“", "‘", "’", "'", "«", "»", ": ", ", ", ". ", "\n", "\n\n",
    "\r\n\r\n", "\u001b]0;PWNED\u0007", "\u001b[2J", "\u001b[31m", "\u0007", "\u0008", "\u007f", "\u0085", "\u009b", "\u202e",
    "\u2066", "\u200f", "\u2028", "\u000b", "\u000c", "\t", "=HYPERLINK(\"http://x\";\"klik\") ", "=1+2 ", "+31 6 ", "-2 graden ",
    "@gemeente ", "Zelen\u200bsky ", "Mül\u200dler ", "\u00a0", "\u200b", "— ", "e\u0301 ",
  };

  @TempDir Path dir;

  private static String article(Random random) {
    StringBuilder b = new StringBuilder();
    if (random.nextInt(4) == 0) {
      b.append("date 2022-0").append(1 + random.nextInt(9)).append('\n');
    }
    int n = random.nextInt(150);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(12) == 0) {
        b.appendCodePoint(random.nextInt(0x3000));
      } else {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return b.toString();
  }

  private static String q(Path p) {
    return "'" + p.toString().replace("'", "'\\''") + "'";
  }

  private static CliProcess.Result run(Path folder, String args) throws Exception {
    return CliProcess.shell("cd " + q(folder) + " && " + q(CliProcess.BIN) + " " + args + " .");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {17, 4242})
  void issue17HostileTextIsReportedSafelyCompletelyAndTheSameAtAnyThreadCount(long seed) throws Exception {
    Random random = new Random(seed);
    Path nfc = Files.createDirectories(dir.resolve("nfc"));
    Path nfd = Files.createDirectories(dir.resolve("nfd"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = String.format("%02d", i) + (i % 5 == 0 ? "=SUM(A1)" : i % 7 == 0 ? "\u001b[2J" : "") + ".txt";
      String text = Normalizer.normalize(article(random), Normalizer.Form.NFC);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (i % 13 == 12) {
        bytes = new byte[] {'x', 0, 'y'}; // binary
      } else if (i % 17 == 16) {
        bytes = new byte[] {'c', 'a', 'f', (byte) 0xE9}; // windows-1252
      }
      Files.write(nfc.resolve(name), bytes);
      Files.writeString(nfd.resolve(name), Normalizer.normalize(text, Normalizer.Form.NFD));
      expected.add(name);
    }

    CliProcess.Result one = run(nfc, "analyze --quiet --format jsonl -j 1");
    CliProcess.Result three = run(nfc, "analyze --quiet --format jsonl -j 3");
    assertTrue(one.exit() == 0 || one.exit() == 1, one.stderr());
    assertEquals(one, three, "-j1 and -j3");
    RunChecks.terminalSafe("stderr", one.stderr());
    Set<String> ids = RunChecks.articleIds(RunChecks.jsonLines(one.stdout()));
    RunChecks.accountedFor(expected, ids, one.stderr());

    CliProcess.Result report = run(nfc, "analyze --quiet -j 3");
    RunChecks.terminalSafe("the text report", report.stdout());
    RunChecks.terminalSafe("stderr", report.stderr());

    CliProcess.Result safe = run(nfc, "quotes --quiet --format csv --csv-safe");
    for (CSVRecord r : RunChecks.csv(safe.stdout())) {
      for (String cell : r) {
        assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+(\\.\\d+)?"), cell);
      }
    }
    CliProcess.Result exact = run(nfc, "entities --quiet --format csv -j 3");
    RunChecks.csv(exact.stdout());

    CliProcess.Result composed = run(nfc, "entities --quiet --format tsv");
    CliProcess.Result decomposed = run(nfd, "entities --quiet --format tsv");
    assertTrue(composed.stdout().lines().count() > 10, composed.stdout());
    assertEquals(withoutUndecodable(composed.stdout()), withoutUndecodable(decomposed.stdout()), "NFD gives the entities of NFC");
  }

  /** The rows of articles that are in both folders as text (the NFC folder's binary and windows-1252 files are not). */
  private static List<String> withoutUndecodable(String tsv) {
    return tsv.lines().filter(l -> !l.matches("(\\d\\d)[^\t]*\t.*") || !isBad(Integer.parseInt(l.substring(0, 2)))).toList();
  }

  private static boolean isBad(int i) {
    return i % 13 == 12 || i % 17 == 16;
  }
}
