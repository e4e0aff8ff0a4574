package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  private static final String ARTICLE =
      """
      Minister Karin Jansen opent nieuwe brug in Utrecht

      "Dit is een mooie dag voor de stad", zei minister Karin Jansen dinsdag in Utrecht.

      Bij een ongeluk op de A2 vielen drie doden.
      """;

  private static final String GOLD =
      """
      {"file": "a.txt", "language": "nl",
       "paragraphs": [{"index": 1, "sentiment": 1, "heading": true},
                      {"index": 2, "sentiment": 1, "heading": false},
                      {"index": 3, "sentiment": -1, "heading": false}],
       "entities": [{"name": "Karin Jansen", "type": "PER", "count": 2, "variants": ["Karin Jansen"]},
                    {"name": "Utrecht", "type": "LOC", "count": 2, "variants": ["Utrecht"]}],
       "quotes": [{"paragraph": 2, "text": "Dit is een mooie dag voor de stad", "speaker": "Karin Jansen",
                   "speaker_mention": "minister Karin Jansen", "cue": "zei", "kind": "direct"}]}
      """;

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void scoresAFolderOfGoldFiles(@TempDir Path dir) throws IOException {
    write(dir, "a.txt", ARTICLE);
    write(dir, "a.gold.json", GOLD);
    TestConsole.Run run = TestConsole.run(null, "eval", "--format", "csv", dir.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stdout().startsWith("metric,value\narticles,1\n"), run.stdout());
    assertTrue(run.stdout().contains("\nquote_f1,1.000\n"), run.stdout());
    assertTrue(run.stdout().contains("\nspeaker_accuracy,1.000\n"), run.stdout());
    assertTrue(run.stdout().contains("\ntone_paragraphs,3\n"), run.stdout());
  }

  @Test
  void aBrokenGoldFileIsReportedAndTheOthersCount(@TempDir Path dir) throws IOException {
    write(dir, "a.txt", ARTICLE);
    write(dir, "a.gold.json", GOLD);
    write(dir, "b.gold.json", "{\"file\": \"b.txt\", \"paragraphs\": 3}");
    TestConsole.Run run = TestConsole.run(null, "eval", dir.toString());
    assertEquals(1, run.exit());
    assertEquals("nlnews: " + dir.resolve("b.gold.json") + ": paragraphs: expected an array, not a number; left out\n", run.stderr());
    assertTrue(run.stdout().contains(": 1 articles\n"), run.stdout());
  }

  @Test
  void aMissingArticleIsReported(@TempDir Path dir) throws IOException {
    write(dir, "a.gold.json", GOLD);
    TestConsole.Run run = TestConsole.run(null, "eval", dir.toString());
    assertEquals(1, run.exit());
    assertTrue(run.stderr().startsWith("nlnews: " + dir.resolve("a.txt") + ": "), run.stderr());
    assertTrue(run.stderr().endsWith("; left out\n"), run.stderr());
  }

  @Test
  void aFolderWithoutGoldFilesIsReported(@TempDir Path dir) throws IOException {
    write(dir, "a.txt", ARTICLE);
    TestConsole.Run run = TestConsole.run(null, "eval", dir.toString());
    assertEquals(1, run.exit());
    assertEquals("", run.stdout());
    assertEquals("nlnews: " + dir + ": no gold files (NAME.gold.json) for articles matching *\n", run.stderr());
  }

  @Test
  void detailsGoWithTextOnly(@TempDir Path dir) {
    TestConsole.Run run = TestConsole.run(null, "eval", "--details", "--format", "csv", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.stderr().startsWith("nlnews: --details goes with --format text only\n"), run.stderr());
  }

  @Test
  void detailsListWhatWasNotRight(@TempDir Path dir) throws IOException {
    write(dir, "a.txt", ARTICLE);
    write(dir, "a.gold.json", GOLD.replace("\"sentiment\": -1", "\"sentiment\": 1"));
    TestConsole.Run run = TestConsole.run(null, "eval", "--details", dir.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stdout().contains("\ntone errors (gold -> tool)\n"), run.stdout());
    assertTrue(run.stdout().contains("\n  a.txt ¶3  +1 -> -1 "), run.stdout());
  }
}
