package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 through bin/nlnews as a process, an item at a time: what an attacker's archive or a
 * careless command line does to a real run (the in-process tests are HostileCliTest and the
 * package tests named after the issue; the seeded random suites are RandomFileSystemIT and
 * RandomHostileTextIT).
 */
class HostileInputIT {

  private static final String GOOD = "De werkloosheid daalde verder, meldde het CBS.\n";
  private static final String SEED = "testdata/articles/000_5c69a24cfa2252fd.txt";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private static String q(Object path) {
    return "'" + path.toString().replace("'", "'\\''") + "'";
  }

  /** Item 1: an article that would retitle and clear the terminal, and a file name that would forge a line. */
  @Test
  void issue17NothingFromTheInputActsOnTheTerminal() throws Exception {
    write("a\u001b]0;PWNED\u0007\n.txt", "De premier \u001b]0;PWNED\u0007\u001b[2JMark Rutte zei: \"Dit is \u202egoed nieuws.\"\n");
    write("b.txt", "x\u0000");
    CliProcess.Result r = CliProcess.run(null, "analyze", dir.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(HostileCliTest.terminalSafe(r.stdout()), r.stdout());
    assertTrue(HostileCliTest.terminalSafe(r.stderr()), r.stderr());
    assertTrue(r.stdout().startsWith("== a\\x1b]0;PWNED\\x07\\n.txt  1 paragraph"), r.stdout());
  }

  /** Item 2: -o names a device, a named pipe, a link, a directory. */
  @Test
  void issue17OutputReplacesOnlyARegularFile() throws Exception {
    Path device = dir.resolve("null");
    boolean root = CliProcess.shell("mknod " + q(device) + " c 1 3").exit() == 0;
    Path target = write("echt.csv", "oud\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
    CliProcess.Result viaLink = CliProcess.run(null, "sentiment", "--format", "csv", "-o", link.toString(), SEED);
    assertEquals(0, viaLink.exit(), viaLink.stderr());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(target).startsWith("article,date,source,"));
    if (root) {
      CliProcess.Result intoDevice = CliProcess.run(null, "sentiment", "--format", "csv", "-o", device.toString(), SEED);
      assertEquals(0, intoDevice.exit(), intoDevice.stderr());
      assertFalse(Files.isRegularFile(device), "the device node is still a device");
    }
    CliProcess.Result fifo =
        CliProcess.shell("cd " + q(dir) + " && mkfifo pijp && (cat pijp > gelezen &) && " + q(CliProcess.BIN)
            + " sentiment --format csv -o pijp " + q(CliProcess.ROOT.resolve(SEED)) + " && sleep 1 && head -1 gelezen && test -p pijp");
    assertEquals(0, fifo.exit(), fifo.stderr());
    assertTrue(fifo.stdout().startsWith("article,date,source,paragraph"), fifo.stdout());
    CliProcess.Result folder = CliProcess.run(null, "sentiment", "--format", "csv", "-o", dir.toString(), SEED);
    assertEquals(2, folder.exit());
    assertTrue(folder.stderr().startsWith("nlnews: --output " + dir + ": is a directory\n"), folder.stderr());
  }

  /** Item 3: formula cells only with --csv-safe. */
  @Test
  void issue17CsvSafeMakesFormulaCellsText() throws Exception {
    write("=cmd.txt", "\"=2+5\", zei Jan Jansen.\n");
    CliProcess.Result r = CliProcess.run(null, "quotes", "--format", "csv", "--csv-safe", dir.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("\n'=cmd.txt,,,1,direct,Jan Jansen,"), r.stdout());
    assertTrue(r.stdout().contains(",'=2+5,"), r.stdout());
  }

  /** Item 4: a link out of the tree, and a tree of links. */
  @Test
  void issue17LinksOutOfTheTreeAreNotFollowed() throws Exception {
    write("archief/a.txt", GOOD);
    Files.createSymbolicLink(dir.resolve("archief/hosts.txt"), Path.of("/etc/hostname"));
    CliProcess.Result r = CliProcess.run(null, "sentiment", "--format", "csv", "--quiet", dir.resolve("archief").toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stderr().startsWith("nlnews: hosts.txt: symbolic link to a file outside the directories named (/etc/hostname), skipped"), r.stderr());
    assertEquals(2, r.stdout().lines().count(), r.stdout());
  }

  /** Item 5: one article too large for the heap; the others are written, at -j1 and -j2. */
  @Test
  void issue17AnArticleTooLargeForTheMemoryIsOneFailure() throws Exception {
    write("a.txt", GOOD);
    Path big = dir.resolve("b.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] text = Files.readAllBytes(CliProcess.ROOT.resolve(SEED));
      for (int i = 0; i < 2_000_000 / text.length + 1; i++) { // 2 MB: more than 64 MB of heap can analyse
        out.write(text);
        out.write("\n\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    write("c.txt", GOOD);
    for (String threads : new String[] {"1", "2"}) {
      CliProcess.Result r =
          CliProcess.shell("NLNEWS_JAVA_OPTS=-Xmx64m " + q(CliProcess.BIN) + " analyze --quiet --format jsonl -j " + threads + " " + q(dir));
      assertEquals(1, r.exit(), r.stderr());
      assertTrue(
          r.stderr().matches("nlnews: b\\.txt: too large to analyse in the memory given; try NLNEWS_JAVA_OPTS=-Xmx\\d+m\n"), r.stderr());
      assertTrue(r.stdout().startsWith("{\"type\":\"article\",\"article\":\"a.txt\","), r.stdout());
      assertTrue(r.stdout().contains("{\"type\":\"article\",\"article\":\"c.txt\","), r.stdout());
    }
  }

  /** Item 7: an empty article and a folder without matches. */
  @Test
  void issue17NothingVanishesWithoutATrace() throws Exception {
    write("a/leeg.txt", "date 2023-01-05\n");
    write("b/x.md", GOOD);
    CliProcess.Result r = CliProcess.run(null, "quotes", "--format", "csv", "--quiet", dir.resolve("a").toString(), dir.resolve("b").toString());
    assertEquals(1, r.exit());
    assertEquals("nlnews: " + dir.resolve("a") + "/leeg.txt: no text\nnlnews: " + dir.resolve("b") + ": no files match *.txt\n", r.stderr());
  }

  /** Item 8: two folders with the same names; a name that is not UTF-8, given on the command line. */
  @Test
  void issue17IdsStayUniqueAndFaithful() throws Exception {
    write("arch/2023/001.txt", GOOD);
    write("arch/2024/001.txt", GOOD);
    CliProcess.Result two = CliProcess.shell("cd " + q(dir) + " && " + q(CliProcess.BIN) + " sentiment --format csv --quiet arch/2023 arch/2024");
    assertEquals("article,date,source,paragraph,heading,score,label,positive_cues,negative_cues,language", two.stdout().lines().findFirst().orElse(""));
    assertTrue(two.stdout().contains("\narch/2023/001.txt,") && two.stdout().contains("\narch/2024/001.txt,"), two.stdout());
    CliProcess.Result latin1 =
        CliProcess.shell("cd " + q(dir) + " && printf '" + GOOD.trim() + "' > $'caf\\xe9.txt' && " + q(CliProcess.BIN)
            + " sentiment --format csv $'caf\\xe9.txt'");
    assertEquals(0, latin1.exit(), latin1.stderr());
    assertTrue(latin1.stdout().contains("\ncaf\\xE9.txt,,,1,"), latin1.stdout());
  }

  /** Item 9: a FIFO met while walking is skipped with a note; one named on the command line is read like standard input. */
  @Test
  void issue17ANamedPipeIsReadAsCatWould() throws Exception {
    write("a.txt", GOOD);
    CliProcess.Result walked = CliProcess.shell("mkfifo " + q(dir.resolve("pijp.txt")) + " && " + q(CliProcess.BIN) + " sentiment --quiet --format csv " + q(dir));
    assertEquals(0, walked.exit(), walked.stderr());
    assertEquals("nlnews: pijp.txt: a named pipe (FIFO), skipped; name it on the command line to read it\n", walked.stderr());
    CliProcess.Result r =
        CliProcess.shell(q(CliProcess.BIN) + " sentiment --format csv <(printf '" + GOOD.trim() + "')");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains(",,,1,false,"), r.stdout());
  }

  /** Item 10: one line each, in the user's words. */
  @Test
  void issue17MessagesAreOneLineInTheUsersWords() throws Exception {
    CliProcess.Result glob = CliProcess.run(null, "sentiment", "--glob", "[", dir.toString());
    assertEquals(2, glob.exit());
    assertEquals("nlnews: --glob '[': not a valid pattern (missing ])\nTry 'nlnews sentiment --help' for more information.\n", glob.stderr());
    CliProcess.Result noDir = CliProcess.run(null, "sentiment", "-o", dir.resolve("nee/uit.csv").toString(), SEED);
    assertEquals(2, noDir.exit());
    assertTrue(noDir.stderr().startsWith("nlnews: --output " + dir.resolve("nee/uit.csv") + ": no such directory "), noDir.stderr());
    Files.createSymbolicLink(dir.resolve("zelf.txt"), Path.of("zelf.txt"));
    Files.write(dir.resolve("utf16.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'N', 0, 0, (byte) 0xDC});
    CliProcess.Result r = CliProcess.run(null, "sentiment", "--quiet", dir.toString());
    assertEquals(
        "nlnews: utf16.txt: not valid UTF-16LE at byte 4; the file starts with a UTF-16 byte-order mark\n"
            + "nlnews: zelf.txt: symbolic link to itself\n",
        r.stderr());
    assertFalse(r.stderr().contains("Exception") || r.stderr().contains(".tmp"), r.stderr());
  }

  /** Item 11: the mode the umask gives, or the one the file had. */
  @Test
  void issue17OutputFilesGetTheUsualModes() throws Exception {
    CliProcess.Result r =
        CliProcess.shell("cd " + q(dir) + " && umask 022 && " + q(CliProcess.BIN) + " sentiment --format csv -o nieuw.csv "
            + q(CliProcess.ROOT.resolve(SEED)) + " && touch oud.csv && chmod 640 oud.csv && " + q(CliProcess.BIN)
            + " sentiment --format csv -o oud.csv " + q(CliProcess.ROOT.resolve(SEED)) + " && stat -c %a nieuw.csv oud.csv");
    assertEquals("644\n640\n", r.stdout(), r.stderr());
  }

  /** Item 12: NFD and zero-width characters. */
  @Test
  void issue17DecomposedTextGivesTheSameEntities() throws Exception {
    String nfc = "Jürgen Müller en Volodymyr Zelensky bezochten Oekraïne.\n";
    write("a/nfc.txt", nfc);
    write("b/nfc.txt", java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD).replace("Zelensky", "Zelen\u200Bsky"));
    CliProcess.Result a = CliProcess.run(null, "entities", "--format", "tsv", dir.resolve("a").toString());
    CliProcess.Result b = CliProcess.run(null, "entities", "--format", "tsv", dir.resolve("b").toString());
    assertEquals(a.stdout(), b.stdout());
  }

  /**
   * Item 13: stdout and stderr on one terminal (a pseudo-terminal made by script(1)): the progress
   * line is cleared before each record, so no record starts on the line it was drawn on. Off a
   * terminal there is no progress line at all.
   */
  @Test
  void issue17TheProgressLineIsClearedBeforeEachRecordOnTheTerminal() throws Exception {
    Assumptions.assumeTrue(CliProcess.shell("command -v script").exit() == 0, "no script(1) to make a terminal");
    try (Stream<Path> articles = Files.list(CliProcess.ROOT.resolve("testdata/articles"))) {
      List<Path> sources = articles.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      for (int i = 0; i < 300; i++) {
        Files.copy(sources.get(i % sources.size()), dir.resolve(String.format("%03d.txt", i)));
      }
    }
    CliProcess.Result r =
        CliProcess.shell("script -qec " + q(CliProcess.BIN + " sentiment --color never -j 1 " + q(dir)) + " /dev/null");
    String shown = r.stdout();
    Assumptions.assumeTrue(shown.contains("\r\u001b[Knlnews: "), "the run ended before the progress line was due");
    for (String line : HostileCliTest.screen(shown)) {
      assertFalse(HostileCliTest.isProgress(line), "a progress line left among the records: " + line);
    }
    CliProcess.Result off = CliProcess.run(null, "sentiment", "--format", "csv", "testdata/articles");
    assertFalse(off.stderr().contains("\r") || off.stderr().contains("\u001b"), off.stderr());
  }

  /** Item 14: an installation copied elsewhere, its class-data archive made for the old place. */
  @Test
  void issue17AStaleClassDataArchiveNeverReachesStandardOutput() throws Exception {
    Path copy = dir.resolve("elders");
    Files.createDirectories(copy.resolve("bin"));
    Files.createDirectories(copy.resolve("target/lib"));
    for (String f : new String[] {"bin/nlnews", "bin/compile-commands.txt", "target/nlnews.jar"}) {
      Files.copy(CliProcess.ROOT.resolve(f), copy.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
    }
    try (Stream<Path> libs = Files.list(CliProcess.ROOT.resolve("target/lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, copy.resolve("target/lib").resolve(lib.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    // An archive made for the checkout, and a stamp that says it is this one's: the JVM finds it
    // does not match (it was made for another jar path) and must say nothing on stdout.
    Path archive = CliProcess.ROOT.resolve("target/nlnews.jsa");
    Assumptions.assumeTrue(Files.exists(archive), "no class-data archive was made (NLNEWS_CDS=0?)");
    Files.copy(archive, copy.resolve("target/nlnews.jsa"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(copy.resolve("target/nlnews.jsa.stamp"), copy.resolve("bin/../target/nlnews.jar") + "|" + whichJava() + "\n");
    Files.setPosixFilePermissions(copy.resolve("bin/nlnews"), PosixFilePermissions.fromString("rwxr-xr-x"));
    CliProcess.Result r =
        CliProcess.shell(q(copy.resolve("bin/nlnews")) + " sentiment --format csv " + q(CliProcess.ROOT.resolve(SEED)));
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().startsWith("article,date,source,paragraph,heading,score,label,"), r.stdout());
    assertEquals("", r.stderr());
  }

  private static String whichJava() throws Exception {
    return CliProcess.shell("type -P java").stdout().trim();
  }
}
