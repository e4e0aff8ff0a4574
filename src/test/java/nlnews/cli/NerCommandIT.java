package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the ner commands and --ner-model through bin/nlnews as a process. */
class NerCommandIT {

  private static final String TINY = "testdata/ner/tiny.conll";

  @TempDir Path tmp;

  @Test
  void evalPrintsCsvScoresAndTheOutputIsCleanOnStderr() throws Exception {
    CliProcess.Result r = CliProcess.run(null, "ner", "eval", "--format", "csv", TINY);
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("", r.stderr());
    assertTrue(r.stdout().startsWith("type,precision,recall,f1,gold,predicted,correct\n"), r.stdout());
    assertTrue(r.stdout().matches("(?s).*\nALL,[01]\\.\\d{4},[01]\\.\\d{4},[01]\\.\\d{4},12,\\d+,\\d+\n"), r.stdout());
  }

  @Test
  void trainThenUseTheModelOnAnArticleAndFromStandardInput() throws Exception {
    Path model = tmp.resolve("tiny.bin");
    CliProcess.Result train = CliProcess.run(null, "ner", "train", "--train", TINY, "--out", model.toString(), "--iterations", "30");
    assertEquals(0, train.exit(), train.stderr());
    assertTrue(train.stderr().startsWith("nlnews: training on 2 documents, 7 sentences"), train.stderr());
    assertTrue(Files.size(model) > 0);
    CliProcess.Result entities =
        CliProcess.run("Vakbondsman Karel Peeters zei dat in Gent.\n", "entities", "--format", "csv", "--ner-model", model.toString(), "-");
    assertEquals(0, entities.exit(), entities.stderr());
    assertTrue(entities.stdout().contains("-,,,Karel Peeters,PER,1,Karel Peeters,\n"), entities.stdout());
    CliProcess.Result tag = CliProcess.run(null, "ner", "tag", "--ner-model", model.toString(), TINY);
    assertEquals(0, tag.exit(), tag.stderr());
    assertTrue(tag.stdout().contains("\nAnja B-PER B-PER\nde I-PER I-PER\nVries I-PER I-PER\n"), tag.stdout());
  }

  @Test
  void aMissingModelIsAUsageError() throws Exception {
    CliProcess.Result r = CliProcess.run(null, "quotes", "--ner-model", "missing.bin", "testdata/articles/01_gelderland_formatie.txt");
    assertEquals(2, r.exit());
    assertEquals("nlnews: missing.bin: no such file\n", r.stderr());
    assertEquals("", r.stdout());
  }
}
