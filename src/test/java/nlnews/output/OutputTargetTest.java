package nlnews.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --output written where it belongs (issue 17): a regular file replaced whole and atomically,
 * keeping its mode; a symbolic link left a link; a device or a named pipe written into, never
 * replaced by a file.
 */
class OutputTargetTest {

  @TempDir Path dir;

  private static void write(Path path, String text) throws IOException {
    try (OutputTarget t = OutputTarget.file(path)) {
      t.writer().write(text);
      t.commit();
    }
  }

  /** Runs a command to make what Java cannot (a FIFO, a device node); false when it could not. */
  static boolean make(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  @Test
  void aRegularFileIsReplacedWhole() throws IOException {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "oud en langer dan het nieuwe\n");
    write(out, "nieuw\n");
    assertEquals("nieuw\n", Files.readString(out));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void issue17ASymbolicLinkStaysALinkAndItsTargetIsWritten() throws IOException {
    Path target = Files.writeString(dir.resolve("echt.csv"), "oud\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("echt.csv"));
    write(link, "nieuw\n");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("nieuw\n", Files.readString(target));
    Path dangling = Files.createSymbolicLink(dir.resolve("nog-niet.csv"), Path.of("later.csv"));
    write(dangling, "gemaakt\n");
    assertTrue(Files.isSymbolicLink(dangling));
    assertEquals("gemaakt\n", Files.readString(dir.resolve("later.csv")));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void issue17ANamedPipeIsWrittenIntoNotReplaced() throws Exception {
    Path fifo = dir.resolve("pijp");
    Assumptions.assumeTrue(make("mkfifo", fifo.toString()), "mkfifo is not available");
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return "failed: " + e;
              }
            });
    try (OutputTarget t = OutputTarget.file(fifo)) {
      t.writer().write("door de pijp\n");
      t.commit();
    }
    assertEquals("door de pijp\n", reader.get(20, TimeUnit.SECONDS));
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a FIFO");
    assertEquals(List.of(), leftovers());
  }

  @Test
  void issue17ADeviceIsWrittenIntoNotReplaced() throws Exception {
    // A node of the null device made here, so that no test ever points at the machine's own /dev/null.
    Path device = dir.resolve("null");
    Assumptions.assumeTrue(make("mknod", device.toString(), "c", "1", "3"), "cannot make a device node (not root)");
    write(device, "weg\n");
    assertTrue(Files.exists(device) && !Files.isRegularFile(device) && !Files.isSymbolicLink(device), "still a device");
    assertEquals(0, Files.size(device));
    assertTrue(OutputTarget.isDirect(Path.of("/dev/stderr")));
    assertTrue(OutputTarget.isDirect(Path.of("/proc/self/fd/2")));
  }

  @Test
  void issue17ANewFileGetsTheModeTheUmaskGives() throws IOException {
    Path reference = dir.resolve("referentie");
    Files.newOutputStream(reference).close(); // what any program's new file gets under this umask
    Path out = dir.resolve("nieuw.csv");
    write(out, "x\n");
    assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
  }

  @Test
  void issue17AnExistingFileKeepsItsMode() throws IOException {
    Path out = Files.writeString(dir.resolve("geheim.csv"), "oud\n");
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(out, mode);
    write(out, "nieuw\n");
    assertEquals(mode, Files.getPosixFilePermissions(out, LinkOption.NOFOLLOW_LINKS));
    Set<PosixFilePermission> open = PosixFilePermissions.fromString("rw-rw-rw-");
    Files.setPosixFilePermissions(out, open);
    write(out, "nog eens\n");
    assertEquals(open, Files.getPosixFilePermissions(out), "a mode wider than the umask stays too");
  }

  @Test
  void issue17SeveralTargetsAreRenamedOnlyWhenAllAreWritten() throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full to fail a write");
    Path tables = dir.resolve("entities.csv");
    Files.writeString(tables, "van de vorige run\n");
    OutputTarget first = OutputTarget.file(tables);
    OutputTarget full = OutputTarget.file(Path.of("/dev/full"));
    first.writer().write("nieuw\n");
    full.writer().write("past niet\n");
    assertThrows(IOException.class, () -> OutputTarget.commitAll(List.of(first, full)));
    first.close();
    full.close();
    assertEquals("van de vorige run\n", Files.readString(tables), "nothing replaced when one target fails");
    assertEquals(List.of(), leftovers());
    assertFalse(Files.exists(dir.resolve("full")));
  }
}
