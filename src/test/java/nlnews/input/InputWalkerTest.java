package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

  @TempDir Path dir;

  private static List<String> walk(List<String> args, String glob) {
    List<String> out = new ArrayList<>();
    new InputWalker(args, glob)
        .forEachRemaining(i -> out.add(i.id() + (i.problem() == null ? "" : " !" + i.problem().reason())));
    return out;
  }

  private void touch(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
  }

  @Test
  void walksDirectoriesInSortedOrderWithRelativeIds() throws IOException {
    touch("b.txt");
    touch("a.txt");
    touch("sub/c.txt");
    touch("sub/skip.md");
    touch(".hidden/d.txt");
    touch("A.txt");
    assertEquals(List.of("A.txt", "a.txt", "b.txt", "sub/c.txt"), walk(List.of(dir.toString()), "*.txt"));
    assertEquals(List.of("sub/skip.md"), walk(List.of(dir.toString()), "*.md"));
  }

  @Test
  void theFirstFolderUnderTheRootIsTheSourceOfWhatIsBelowIt() throws IOException {
    touch("los.txt");
    touch("nrc/a.txt");
    touch("standaard/2022/03/b.txt");
    List<String> out = new ArrayList<>();
    new InputWalker(List.of(dir.toString()), "*.txt").forEachRemaining(i -> out.add(i.id() + "=" + i.source()));
    assertEquals(List.of("los.txt=", "nrc/a.txt=nrc", "standaard/2022/03/b.txt=standaard"), out);
    // A file named on the command line has no folder to tell its outlet.
    String named = dir.resolve("nrc/a.txt").toString();
    assertEquals("", new InputWalker(List.of(named), "*.txt").next().source());
  }

  @Test
  void namedFilesKeepThePathAsGivenAndStdinIsDash() throws IOException {
    touch("a.txt");
    String named = dir.resolve("a.txt").toString();
    assertEquals(List.of(named, "-"), walk(List.of(named, "-"), "*.txt"));
  }

  @Test
  void aMissingPathIsAProblemAndTheRestStillComes() throws IOException {
    touch("a.txt");
    String missing = dir.resolve("nope.txt").toString();
    // Two arguments: a walked file's id is its path as given (issue 17).
    assertEquals(List.of(missing + " !NOT_FOUND", dir + "/a.txt"), walk(List.of(missing, dir.toString()), "*.txt"));
  }

  @Test
  void aSymbolicLinkLoopIsReportedOnce() throws IOException {
    touch("sub/a.txt");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    assertEquals(List.of("sub/a.txt", "sub/loop !LOOP"), walk(List.of(dir.toString()), "*.txt"));
  }

  @Test
  void problemsCarryAMessage() {
    InputWalker walker = new InputWalker(List.of(dir.resolve("x").toString()), "*.txt");
    Input input = walker.next();
    assertNotNull(input.problem());
    assertEquals("no such file or directory", input.problem().getMessage());
    assertNull(input.path());
  }
}
