package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The awkward inputs a real archive brings, each through bin/nlnews: a clear one-line message
 * for anything skipped, the right exit code, and every other article still in the output.
 */
class RobustnessIT {

  private static final String GOOD = "De werkloosheid daalde verder, meldde het CBS.\n";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs sentiment as CSV on the folder and returns the result. */
  private CliProcess.Result sentiment(String... extra) throws Exception {
    String[] args = new String[extra.length + 4];
    args[0] = "sentiment";
    args[1] = "--quiet";
    args[2] = "--format";
    args[3] = "csv";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CliProcess.run(null, args);
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreArticlesWithoutParagraphs() throws Exception {
    write("a.txt", "");
    write("b.txt", " \r\n\t\n\u00A0\n");
    write("c.txt", GOOD);
    CliProcess.Result r = CliProcess.run(null, "analyze", "--quiet", "--format", "jsonl", dir.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("\"article\":\"a.txt\",\"date\":\"\",\"source\":\"\",\"language\":\"\",\"paragraphs\":0"), r.stdout());
    assertTrue(r.stdout().contains("\"article\":\"b.txt\",\"date\":\"\",\"source\":\"\",\"language\":\"\",\"paragraphs\":0"), r.stdout());
    assertTrue(r.stdout().contains("\"article\":\"c.txt\",\"date\":\"\",\"source\":\"\",\"language\":\"nld\",\"paragraphs\":1"), r.stdout());
  }

  @Test
  void aFiftyMegabyteLineIsReportedAndNotRead() throws Exception {
    Path big = dir.resolve("big.txt");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] chunk = "woord ".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 50 * 1024 * 1024 / chunk.length + 1; i++) {
        out.write(chunk);
      }
    }
    write("good.txt", GOOD);
    CliProcess.Result r = sentiment(dir.toString());
    assertEquals(1, r.exit());
    assertEquals("nlnews: big.txt: file is 50.0 MB, larger than --max-bytes 10.0 MB; not read\n", r.stderr());
    assertTrue(r.stdout().contains("\ngood.txt,,,1,"), r.stdout());
  }

  @Test
  void randomBytesAreRefusedWithTheReason() throws Exception {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      if (noise[i] == 0) {
        noise[i] = (byte) 0xC3; // keep it from looking binary: it must fail as undecodable
      }
    }
    write("noise.txt", noise);
    write("zz.txt", GOOD);
    CliProcess.Result r = sentiment(dir.toString());
    assertEquals(1, r.exit());
    assertTrue(r.stderr().matches("nlnews: noise\\.txt: not valid UTF-8 at byte \\d+; try --encoding windows-1252\n"), r.stderr());
    assertTrue(r.stdout().contains("\nzz.txt,,,1,"), r.stdout());
  }

  @Test
  void latin1AndUtf16AreReadAsTold() throws Exception {
    write("latin1.txt", "Het café in Liège bleef dicht.\n".getBytes(Charset.forName("ISO-8859-1")));
    CliProcess.Result latin1 = CliProcess.run(null, "stem", "--format", "tsv", "--encoding", "ISO-8859-1", dir.resolve("latin1.txt").toString());
    assertEquals(0, latin1.exit(), latin1.stderr());
    assertTrue(latin1.stdout().contains("\tcafé\t"), latin1.stdout());
    CliProcess.Result utf16 = CliProcess.run(null, "stem", "--format", "tsv", "testdata/bad/utf16.txt");
    assertEquals(0, utf16.exit(), utf16.stderr());
    assertTrue(utf16.stdout().contains("\tKNMI\t"), utf16.stdout());
  }

  @Test
  void crlfAndMixedLineEndsMakeTheSameParagraphs() throws Exception {
    CliProcess.Result crlf = CliProcess.run(null, "analyze", "--format", "jsonl", "testdata/bad/crlf.txt");
    assertEquals(0, crlf.exit(), crlf.stderr());
    assertTrue(crlf.stdout().contains("\"date\":\"2022-06\",\"source\":\"\",\"language\":\"nld\",\"paragraphs\":4,\"headings\":1"), crlf.stdout());
    CliProcess.Result mixed = CliProcess.run(null, "analyze", "--format", "jsonl", "testdata/bad/mixed-line-endings.txt");
    assertEquals(0, mixed.exit(), mixed.stderr());
    assertTrue(mixed.stdout().contains("\"paragraphs\":4,"), mixed.stdout());
  }

  @Test
  void twoThousandUnpairedQuoteMarksCostNothingElse() throws Exception {
    write("quotes.txt", "\"Dit gaat goed\", zei Jan Jansen. " + "\" ".repeat(2000) + "\n\nDe werkloosheid daalde.\n");
    CliProcess.Result r = CliProcess.run(null, "analyze", "--quiet", "--format", "jsonl", dir.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("\"paragraphs\":2,"), r.stdout());
    assertTrue(r.stdout().contains("{\"type\":\"paragraph\""), r.stdout());
  }

  @Test
  void anUnreadableFileIsReportedAndTheRestAnalysed() throws Exception {
    Path secret = write("secret.txt", GOOD);
    write("open.txt", GOOD);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(secret), "running as root: permissions do not stop reading");
    CliProcess.Result r = sentiment(dir.toString());
    assertEquals(1, r.exit());
    assertEquals("nlnews: secret.txt: permission denied\n", r.stderr());
    assertTrue(r.stdout().contains("\nopen.txt,,,1,"), r.stdout());
  }

  @Test
  void aSymbolicLinkLoopIsReportedOnceAndTheWalkGoesOn() throws Exception {
    write("sub/a.txt", GOOD);
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    CliProcess.Result r = sentiment(dir.toString());
    assertEquals(1, r.exit());
    assertTrue(r.stderr().startsWith("nlnews: sub/loop: symbolic link loop to "), r.stderr());
    assertEquals(1, r.stderr().lines().count(), r.stderr());
    assertTrue(r.stdout().contains("\nsub/a.txt,,sub,1,"), r.stdout());
  }

  @Test
  void aTerminalOnStandardInputWithoutPathsIsAUsageError() throws Exception {
    TestConsole.Run r = TestConsole.run(null, "sentiment");
    assertEquals(2, r.exit());
    assertTrue(r.stderr().startsWith("nlnews: no input: give files or directories, or pipe text into standard input\n"), r.stderr());
  }

  @Test
  void aSummaryLineClosesABatch() throws Exception {
    write("a.txt", GOOD);
    write("b.txt", GOOD);
    write("c.txt", new byte[] {'x', 0});
    CliProcess.Result r = CliProcess.run(null, "sentiment", "--format", "csv", dir.toString());
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(
        r.stderr().matches("nlnews: c\\.txt: binary file \\(NUL byte at byte 1\\), skipped\nnlnews: 3 articles, 0 failed, 1 skipped, \\d+\\.\\d s\n"),
        r.stderr());
    CliProcess.Result quiet = CliProcess.run(null, "sentiment", "--quiet", "--format", "csv", dir.toString());
    assertEquals("nlnews: c.txt: binary file (NUL byte at byte 1), skipped\n", quiet.stderr());
  }
}
