package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in the middle of a batch: no half-written output file, no half record on stdout. */
class InterruptIT {

  @TempDir Path dir;

  private Path corpus;

  @BeforeEach
  void corpus() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    byte[] seed = Files.readAllBytes(Path.of("testdata/articles/000_5c69a24cfa2252fd.txt"));
    for (int i = 0; i < 4000; i++) {
      Files.write(corpus.resolve(String.format("a%05d.txt", i)), seed);
    }
  }

  /** Starts bin/nlnews, interrupts it once it has written something, and waits for it to end. */
  private Process interrupted(List<String> args, Path stdout, Path watch) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(args).directory(CliProcess.ROOT.toFile());
    pb.redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && Files.size(watch) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(300);
    assertTrue(p.isAlive(), "the run must still be going when it is interrupted");
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return p;
  }

  @Test
  void standardOutputHoldsOnlyWholeRecords() throws Exception {
    Path out = dir.resolve("stdout.jsonl");
    Files.createFile(out);
    interrupted(List.of(CliProcess.BIN.toString(), "analyze", "--format", "jsonl", "--threads", "1", corpus.toString()), out, out);
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertFalse(text.isEmpty());
    assertTrue(text.endsWith("\n"), "ends with a whole line");
    long articles = text.lines().filter(l -> l.startsWith("{\"type\":\"article\"")).count();
    long paragraphs = text.lines().filter(l -> l.startsWith("{\"type\":\"paragraph\"")).count();
    assertEquals(articles * 11, paragraphs, "every article that started is complete");
    text.lines().forEach(l -> assertTrue(l.startsWith("{") && l.endsWith("}"), l));
  }

  @Test
  void anOutputFileIsNeverLeftHalfWritten() throws Exception {
    Path target = dir.resolve("out.csv");
    Path stdout = dir.resolve("stdout.txt");
    Files.createFile(stdout);
    ProcessBuilder pb =
        new ProcessBuilder(CliProcess.BIN.toString(), "sentiment", "--format", "csv", "--threads", "1", "--output", target.toString(), corpus.toString())
            .directory(CliProcess.ROOT.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && !hasTemporary() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(500);
    assertTrue(p.isAlive(), "the run must still be going when it is interrupted");
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(target), "no output file after an interrupted run");
    assertFalse(hasTemporary(), "no temporary file left behind");
  }

  private boolean hasTemporary() throws Exception {
    try (var files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith(".out.csv."));
    }
  }
}
