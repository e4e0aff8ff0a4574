package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk over trees an archive or an attacker can build (issue 17). */
class HostileTreeTest {

  @TempDir Path dir;

  /** Each input as "id", "id !REASON message" for a problem. */
  private static List<String> walk(List<String> args, boolean followOutside) {
    List<String> out = new ArrayList<>();
    new InputWalker(args, "*.txt", followOutside)
        .forEachRemaining(
            i -> out.add(i.id() + (i.problem() == null ? "" : " !" + i.problem().reason() + " " + i.problem().getMessage())));
    return out;
  }

  private static List<String> walk(Path root) {
    return walk(List.of(root.toString()), false);
  }

  private Path touch(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "x");
  }

  /** Runs a shell line in {@code dir}: for names and files Java cannot make. */
  private void shell(String line) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", line).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, line + ": " + out);
  }

  @Test
  void issue17ALinkOutOfTheWalkedTreeIsSkippedWithANote() throws IOException {
    Path secret = Files.writeString(Files.createDirectories(dir.resolve("elders")).resolve("geheim.txt"), "x");
    touch("archief/a.txt");
    Files.createSymbolicLink(dir.resolve("archief/passwd.txt"), secret);
    Files.createSymbolicLink(dir.resolve("archief/etc"), secret.getParent());
    List<String> inputs = walk(dir.resolve("archief"));
    assertEquals(3, inputs.size(), inputs.toString());
    assertEquals("a.txt", inputs.get(0));
    assertTrue(inputs.get(1).startsWith("etc !OUTSIDE symbolic link to a directory outside the directories named ("), inputs.get(1));
    assertTrue(inputs.get(2).startsWith("passwd.txt !OUTSIDE symbolic link to a file outside"), inputs.get(2));
    assertTrue(inputs.get(2).endsWith("), skipped; --follow-outside-links follows it"), inputs.get(2));
    assertEquals(
        List.of("a.txt", "etc/geheim.txt", "passwd.txt !DUPLICATE the same file as an input before it, skipped"),
        walk(List.of(dir.resolve("archief").toString()), true));
  }

  @Test
  void issue17ALinkInsideTheTreeLeadsToFilesTakenOnce() throws IOException {
    touch("a/echt.txt");
    Files.createSymbolicLink(dir.resolve("a/ook.txt"), Path.of("echt.txt"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    assertEquals(
        List.of(
            "a/echt.txt", "a/ook.txt !DUPLICATE the same file as an input before it, skipped",
            "b !DUPLICATE the same directory as one walked before, skipped"),
        walk(dir));
  }

  @Test
  void issue17FourteenLevelsOfTwoLinksAreWalkedOnceNotSixteenThousandTimes() throws IOException {
    int depth = 14;
    for (int i = 0; i < depth; i++) {
      Path level = Files.createDirectories(dir.resolve("t/l" + i));
      Files.writeString(level.resolve("f" + i + ".txt"), "x");
      if (i > 0) {
        Files.createSymbolicLink(dir.resolve("t/l" + (i - 1)).resolve("x"), level);
        Files.createSymbolicLink(dir.resolve("t/l" + (i - 1)).resolve("y"), level);
      }
    }
    // From the top: every level is in the tree, each walked once, its links notes.
    List<String> inputs = walk(dir.resolve("t"));
    assertEquals(depth, inputs.stream().filter(s -> !s.contains(" !")).count(), inputs.toString());
    assertTrue(inputs.size() < 3 * depth, inputs.toString());
    // From the first level, following links out of it: still once each.
    inputs = walk(List.of(dir.resolve("t/l0").toString()), true);
    assertEquals(depth, inputs.stream().filter(s -> !s.contains(" !")).count(), inputs.toString());
    assertTrue(inputs.size() < 3 * depth, inputs.toString());
    // Without following: the links out of it are notes.
    assertEquals(3, walk(dir.resolve("t/l0")).size());
  }

  @Test
  void issue17TwoFoldersWithTheSameNamesGiveDifferentIds() throws IOException {
    touch("arch/2023/001.txt");
    touch("arch/2024/001.txt");
    String a = dir.resolve("arch/2023").toString();
    String b = dir.resolve("arch/2024").toString() + "/";
    assertEquals(List.of(a + "/001.txt", b + "001.txt"), walk(List.of(a, b), false));
    assertEquals(List.of("001.txt"), walk(List.of(a), false), "one folder alone: ids below it, as always");
  }

  @Test
  void issue17AFolderNamedTwiceOrInsideAnotherIsWalkedOnce() throws IOException {
    touch("arch/2023/001.txt");
    String arch = dir.resolve("arch").toString();
    String sub = dir.resolve("arch/2023").toString();
    assertEquals(
        List.of(arch + "/2023/001.txt", sub + " !DUPLICATE the same directory as one walked before, skipped"),
        walk(List.of(arch, sub), false));
  }

  @Test
  void issue17NamesThatAreNotUtf8StayApartAndFaithful() throws Exception {
    shell("mkdir d && printf x > d/$'caf\\xe9.txt' && printf y > d/$'caf\\xe8.txt' && printf z > d/plain.txt");
    List<String> inputs = walk(dir.resolve("d"));
    assertEquals(List.of("caf\\xE8.txt", "caf\\xE9.txt", "plain.txt"), inputs);
  }

  @Test
  void issue17ANameThatIsNotUtf8GivenOnTheCommandLineIsFound() throws Exception {
    shell("mkdir $'r\\xe9' && printf x > $'r\\xe9'/$'caf\\xe9.txt'");
    // What the JVM makes of such an argument: each bad byte decoded as U+FFFD.
    String argument = dir + "/r\uFFFD/caf\uFFFD.txt";
    List<Input> inputs = new ArrayList<>();
    new InputWalker(List.of(argument), "*.txt").forEachRemaining(inputs::add);
    assertEquals(1, inputs.size());
    assertEquals(null, inputs.get(0).problem());
    assertEquals(dir + "/r\\xE9/caf\\xE9.txt", inputs.get(0).id());
    assertEquals("x", new String(Files.readAllBytes(inputs.get(0).path())));
  }

  @Test
  void issue17AFileRemovedDuringTheWalkHasItsOwnCause() throws IOException {
    touch("a.txt");
    touch("b.txt");
    InputWalker walker = new InputWalker(List.of(dir.toString()), "*.txt");
    assertEquals("a.txt", walker.next().id());
    Files.delete(dir.resolve("b.txt"));
    Input gone = walker.next();
    assertEquals("b.txt", gone.id());
    assertEquals("removed while its directory was being walked", gone.problem().getMessage());
  }

  @Test
  void issue17BrokenLinksSayWhyTheyAreBroken() throws IOException {
    touch("a.txt");
    Files.createSymbolicLink(dir.resolve("zelf.txt"), Path.of("zelf.txt"));
    Files.createSymbolicLink(dir.resolve("ping.txt"), Path.of("pong.txt"));
    Files.createSymbolicLink(dir.resolve("pong.txt"), Path.of("ping.txt"));
    Files.createSymbolicLink(dir.resolve("weg.txt"), Path.of("nergens.txt"));
    assertEquals(
        List.of(
            "a.txt",
            "ping.txt !NOT_FOUND symbolic link cycle (ping.txt leads back to itself through other links)",
            "pong.txt !NOT_FOUND symbolic link cycle (pong.txt leads back to itself through other links)",
            "weg.txt !NOT_FOUND broken symbolic link (nergens.txt does not exist)",
            "zelf.txt !NOT_FOUND symbolic link to itself"),
        walk(dir));
  }

  @Test
  void issue17AFolderWithoutMatchingFilesIsReported() throws IOException {
    touch("leeg/notities.md");
    touch("vol/a.txt");
    String empty = dir.resolve("leeg").toString();
    assertEquals(List.of(empty + " !NO_MATCH no files match *.txt", dir.resolve("vol") + "/a.txt"),
        walk(List.of(empty, dir.resolve("vol").toString()), false));
  }

  @Test
  void issue17AFifoMetWhileWalkingIsSkippedAndOneNamedIsAnInput() throws Exception {
    touch("a.txt");
    shell("mkfifo pijp.txt");
    assertEquals(
        List.of("a.txt", "pijp.txt !NOT_REGULAR a named pipe (FIFO), skipped; name it on the command line to read it"),
        walk(dir));
    String named = dir.resolve("pijp.txt").toString();
    assertEquals(List.of(named), walk(List.of(named), false));
  }

  @Test
  void theSameFileNamedTwiceIsReadOnce() throws IOException {
    String a = touch("a.txt").toString();
    assertEquals(List.of(a, a + " !DUPLICATE the same file as an input before it, skipped"), walk(List.of(a, a), false));
  }

  @Test
  void aDirectoryThatCannotBeListedIsReported() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("dicht"));
    touch("dicht/a.txt");
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");
      assertEquals(List.of("dicht !UNREADABLE permission denied"), walk(dir));
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }
}
