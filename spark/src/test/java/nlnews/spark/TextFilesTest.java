package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text files are found, and named, as the command line finds and names them (InputWalker). */
class TextFilesTest {

  @TempDir Path dir;

  @BeforeEach
  void archive() throws IOException {
    for (String f :
        List.of(
            "a/1.txt", "a/2.md", "a/_underscore.txt", "a/.hidden.txt", "a/.git/x.txt", "a/sub/3.txt",
            "b/4.txt", "b/empty.txt", "c/1990/5.txt", "c/1991/6.txt", "c/2000/7.txt")) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.endsWith("empty.txt") ? "" : "Tekst van " + f);
    }
  }

  @Test
  void aFolderIsWalkedSkippingHiddenNamesAndTakingTheGlob() {
    assertEquals("1.txt 17, _underscore.txt 27, sub/3.txt 21", listed(List.of(dir.resolve("a").toString()), "*.txt"));
    assertEquals("2.md 16", listed(List.of(dir.resolve("a").toString()), "*.md"));
  }

  @Test
  void aFileNamedIsTakenWhateverItsNameAndKnownByThePathAsGiven() {
    String named = dir.resolve("a/2.md").toString();
    assertEquals(named + " 16", listed(List.of(named), "*.txt"));
  }

  @Test
  void emptyFilesAreListedSoThatTheyAreReported() {
    assertEquals("4.txt 17, empty.txt 0", listed(List.of(dir.resolve("b").toString()), "*.txt"));
  }

  @Test
  void aGlobIsKnownByPathsBelowItsFolder() {
    assertEquals("1990/5.txt 22, 1991/6.txt 22", listed(List.of(dir.resolve("c/199*").toString()), "*.txt"));
  }

  @Test
  void anInputThatIsNotThereIsAUsageError() {
    for (String missing : List.of(dir.resolve("nothing").toString(), dir.resolve("c/18*").toString())) {
      JobUsageException e = assertThrows(JobUsageException.class, () -> listed(List.of(missing), "*.txt"));
      assertEquals(missing + ": no such file or directory", e.getMessage());
    }
  }

  private static String listed(List<String> inputs, String glob) {
    TreeSet<String> out = new TreeSet<>();
    for (TextFiles.File f : TextFiles.list(new Configuration(), inputs, glob)) {
      out.add(f.id() + " " + f.size());
    }
    return String.join(", ", out);
  }
}
