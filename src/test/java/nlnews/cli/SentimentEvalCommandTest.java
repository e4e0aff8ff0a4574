package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nlnews sentiment eval and split, in process. */
class SentimentEvalCommandTest {

  // Four texts the rules label without doubt, and a factual one wrongly labelled negative;
  // the figures were worked out by hand (alpha also from the pairwise definition).
  private static final String GOLD =
      """
      text,gold
      De werkloosheid daalde in maart.,1
      De onderhandelingen zijn vastgelopen.,-1
      Het kabinet vergaderde dinsdag in Den Haag.,0
      "Het was een succesvolle, constructieve bijeenkomst.",1
      Het kabinet vergaderde woensdag in Brussel.,-1
      """;

  @TempDir Path tmp;

  @Test
  void printsTheFiguresAsCsv() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), GOLD, StandardCharsets.UTF_8);
    TestConsole.Run run = TestConsole.run(null, "sentiment", "eval", "--format", "csv", gold.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertEquals(
        """
        metric,value
        accuracy,0.800
        macro_f1,0.778
        alpha,0.890
        gold_-1_predicted_-1,1
        gold_-1_predicted_0,1
        gold_-1_predicted_1,0
        gold_0_predicted_-1,0
        gold_0_predicted_0,1
        gold_0_predicted_1,0
        gold_1_predicted_-1,0
        gold_1_predicted_0,0
        gold_1_predicted_1,2
        """,
        run.stdout());
  }

  @Test
  void printsTheFiguresAsTextAndReadsStandardInput() {
    TestConsole.Run run = TestConsole.run(GOLD, "sentiment", "eval", "-");
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stdout().startsWith("-: 5 texts\naccuracy  0.800\nmacro-F1  0.778\nalpha     0.890  (Krippendorff, ordinal)\n"), run.stdout());
    assertTrue(run.stdout().contains("\n      -1       1       1       0\n"), run.stdout());
  }

  @Test
  void writesThePredictionsWithTheirCues() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), GOLD, StandardCharsets.UTF_8);
    Path predictions = tmp.resolve("predictions.csv");
    TestConsole.Run run = TestConsole.run(null, "sentiment", "eval", "--predictions", predictions.toString(), gold.toString());
    assertEquals(0, run.exit(), run.stderr());
    String written = Files.readString(predictions, StandardCharsets.UTF_8);
    assertTrue(written.startsWith("text,gold,predicted,score,positive_cues,negative_cues\nDe werkloosheid daalde in maart.,1,1,"), written);
    assertTrue(written.contains("werkloosheid daalde("), written);
  }

  @Test
  void aBadLabelFailsWithItsLine() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), "text,gold\nGoed nieuws.,1\nSlecht nieuws.,2\n", StandardCharsets.UTF_8);
    TestConsole.Run run = TestConsole.run(null, "sentiment", "eval", gold.toString());
    assertEquals(1, run.exit());
    assertEquals("nlnews: " + gold + ": line 3: gold must be -1, 0 or 1, not '2'\n", run.stderr());
    assertEquals("", run.stdout());
  }

  @Test
  void aMissingColumnOrFileFails() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), "headline,gold\nGoed nieuws.,1\n", StandardCharsets.UTF_8);
    TestConsole.Run run = TestConsole.run(null, "sentiment", "eval", gold.toString());
    assertEquals(1, run.exit());
    assertEquals("nlnews: " + gold + ": the header must name the columns text and gold; found [headline, gold]\n", run.stderr());
    TestConsole.Run missing = TestConsole.run(null, "sentiment", "eval", tmp.resolve("missing.csv").toString());
    assertEquals(1, missing.exit());
    assertEquals("nlnews: " + tmp.resolve("missing.csv") + ": no such file or directory\n", missing.stderr());
  }

  @Test
  void trainWritesAModelFileWithItsProvenance() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), GOLD, StandardCharsets.UTF_8);
    Path more = Files.writeString(tmp.resolve("more.csv"), GOLD, StandardCharsets.UTF_8);
    Path model = tmp.resolve("model.tsv");
    TestConsole.Run run =
        TestConsole.run(null, "sentiment", "train", "--iterations", "200", "--folds", "2", gold.toString(), more.toString(), "-o", model.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stderr().startsWith("nlnews: 2-fold cross-validation on 10 texts: accuracy "), run.stderr());
    assertTrue(run.stderr().matches("(?s).*\\nnlnews: cross-validated by fold \\(texts, accuracy, macro-F1\\): 0: \\d+, [0-9.]+, [0-9.]+; 1: \\d+, [0-9.]+, [0-9.]+\\n.*"),
        run.stderr());
    String written = Files.readString(model, StandardCharsets.UTF_8);
    assertTrue(written.contains("# Provenance: written by `nlnews sentiment train`."), written);
    assertTrue(written.contains("#     gold.csv (5 texts, SHA-256 "), written);
    assertTrue(written.contains("#     more.csv (5 texts, SHA-256 "), written);
    assertTrue(written.contains("\nkind\tname\tweight\n"), written);
    assertTrue(written.contains("\ngroup\tchange+\t"), written);
    assertTrue(written.endsWith("\nthreshold\tnegative\t-0.333\nthreshold\tpositive\t0.333\n"), written);
  }

  @Test
  void trainFitsToTheParagraphsOfGoldArticles() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), GOLD, StandardCharsets.UTF_8);
    Path articles = Files.createDirectory(tmp.resolve("articles"));
    for (int i = 0; i < 4; i++) {
      Files.writeString(articles.resolve("a" + i + ".txt"),
          "De brand verwoestte de school.\n\nHet kabinet vergaderde dinsdag.\n\nDe redding was een groot succes.\n", StandardCharsets.UTF_8);
      Files.writeString(articles.resolve("a" + i + ".gold.json"),
          "{\"file\": \"a" + i + ".txt\", \"language\": \"nl\", \"paragraphs\": [{\"index\": 1, \"sentiment\": -1, \"heading\": false},"
              + " {\"index\": 2, \"sentiment\": 0, \"heading\": false}, {\"index\": 3, \"sentiment\": 1, \"heading\": false}],"
              + " \"entities\": [], \"quotes\": []}",
          StandardCharsets.UTF_8);
    }
    Path model = tmp.resolve("model.tsv");
    TestConsole.Run run = TestConsole.run(null, "sentiment", "train", "--iterations", "200", "--folds", "2", "--paragraphs", articles.toString(),
        "--paragraph-weight", "2", gold.toString(), "-o", model.toString());
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stderr().startsWith("nlnews: 2-fold cross-validation on 12 paragraphs of 4 gold articles (folds by article): accuracy "),
        run.stderr());
    String written = Files.readString(model, StandardCharsets.UTF_8);
    assertTrue(written.contains("#     " + articles + " (12 paragraphs of 4 gold articles), each paragraph of weight 2.000\n"), written);
    assertTrue(written.contains("on the paragraphs in 2-fold cross-validation (folds by\n#   article; texts by the normalised text): paragraphs accuracy "),
        written);
    TestConsole.Run missing = TestConsole.run(null, "sentiment", "train", "--paragraphs", tmp.resolve("none").toString(), gold.toString());
    assertEquals(1, missing.exit());
    assertEquals("nlnews: " + tmp.resolve("none") + ": no such directory\n", missing.stderr());
  }

  @Test
  void trainNeedsTwoFolds() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), GOLD, StandardCharsets.UTF_8);
    TestConsole.Run run = TestConsole.run(null, "sentiment", "train", "--folds", "1", gold.toString());
    assertEquals(2, run.exit());
    assertTrue(run.stderr().contains("--folds must be at least 2, not 1"), run.stderr());
  }

  @Test
  void splitWritesOnePartAsTextAndGold() throws IOException {
    // "kop nummer 9" falls in test, "kop nummer 1" in dev and "kop nummer 0" in train (HeadlineSplitTest).
    Path file =
        Files.writeString(
            tmp.resolve("ecosent.csv"),
            "id,headline,gold\n1,kop nummer 0,1\n2,kop nummer 9,-1\n3,\"Kop, nummer 9!\",0\n4,kop nummer 1,0\n",
            StandardCharsets.UTF_8);
    TestConsole.Run test = TestConsole.run(null, "sentiment", "split", "--part", "test", file.toString());
    assertEquals(0, test.exit(), test.stderr());
    assertEquals("text,gold\nkop nummer 9,-1\n\"Kop, nummer 9!\",0\n", test.stdout());
    TestConsole.Run dev = TestConsole.run(null, "sentiment", "split", "--part", "DEV", file.toString());
    assertEquals("text,gold\nkop nummer 1,0\n", dev.stdout());
    TestConsole.Run bad = TestConsole.run(null, "sentiment", "split", "--part", "all", file.toString());
    assertEquals(2, bad.exit());
  }
}
