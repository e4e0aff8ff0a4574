package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus tables of testdata/articles, byte for byte against testdata/golden/corpus/;
 * {@code -Dgolden.update=true} rewrites them for review, as {@link GoldenFilesTest} does.
 */
class CorpusGoldenFilesTest {

  private static final Path GOLDEN = Path.of("testdata/golden/corpus");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final List<String> TABLES = List.of("entities", "timeline", "speakers", "pairs", "tone");

  @Test
  void theCorpusTablesMatchTheGoldenFiles(@TempDir Path dir) throws IOException {
    TestConsole.Run run = TestConsole.run(null, "corpus", "--output-dir", dir.toString(), "--threads", "1", "testdata/articles");
    assertEquals(0, run.exit(), run.stderr());
    for (String table : TABLES) {
      String made = Files.readString(dir.resolve(table + ".csv"), StandardCharsets.UTF_8);
      Path golden = GOLDEN.resolve(table + ".csv");
      if (UPDATE) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, made, StandardCharsets.UTF_8);
        continue;
      }
      assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), made, golden.toString());
    }
  }
}
