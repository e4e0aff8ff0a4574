package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A floor on the dev part of ecosent_train.csv (849 headlines), through the real split and eval
 * commands, so that a regression in the rules, the lexicon or the model shows. The model is
 * fitted on train and dev together, so this guards against regressions and estimates nothing;
 * the estimates are the cross-validated figures and the held-out test part, which no test
 * reads. The data is third-party and lives outside the repository (../shared); without it the
 * test is skipped.
 */
class SentimentEvalFloorTest {

  private static final Path ECOSENT = Path.of("../shared/data/ecosent/ecosent_train.csv");

  @TempDir Path tmp;

  @Test
  void theDevPartScoresAboveTheFloor() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(ECOSENT), "no " + ECOSENT + ": skipped");
    TestConsole.Run split = TestConsole.run(null, "sentiment", "split", "--part", "dev", ECOSENT.toString());
    assertEquals(0, split.exit(), split.stderr());
    Path dev = Files.writeString(tmp.resolve("dev.csv"), split.stdout(), StandardCharsets.UTF_8);
    TestConsole.Run eval = TestConsole.run(null, "sentiment", "eval", "--format", "csv", dev.toString());
    assertEquals(0, eval.exit(), eval.stderr());
    Map<String, Double> figures = new HashMap<>();
    for (String line : eval.stdout().split("\n")) {
      String[] f = line.split(",");
      if (!f[0].equals("metric")) {
        figures.put(f[0], Double.parseDouble(f[1]));
      }
    }
    int texts = 0;
    for (int g = -1; g <= 1; g++) {
      for (int p = -1; p <= 1; p++) {
        texts += figures.get("gold_" + g + "_predicted_" + p).intValue();
      }
    }
    assertEquals(849, texts, "the dev part changed: " + eval.stdout());
    // At the time of writing: accuracy 0.603, macro-F1 0.594, alpha 0.491 (docs/sentiment.md).
    assertTrue(figures.get("accuracy") >= 0.58, eval.stdout());
    assertTrue(figures.get("macro_f1") >= 0.57, eval.stdout());
    assertTrue(figures.get("alpha") >= 0.46, eval.stdout());
  }
}
