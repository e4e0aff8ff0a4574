package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nlnews ner eval, train, tag, clusters and bench, and --ner-model, run in process. */
class NerCommandTest {

  private static final String TINY = "testdata/ner/tiny.conll";

  @TempDir Path tmp;

  @Test
  void evalPrintsCsvWithOneRowPerTypeAndAll() {
    TestConsole.Run run = TestConsole.run(null, "ner", "eval", "--format", "csv", TINY);
    assertEquals(0, run.exit(), run.stderr());
    String[] lines = run.stdout().split("\n");
    assertEquals("type,precision,recall,f1,gold,predicted,correct", lines[0]);
    assertEquals(List.of("LOC", "MISC", "ORG", "PER", "ALL"), List.of(lines).subList(1, lines.length).stream().map(l -> l.split(",")[0]).toList());
    // the tiny file has 3 LOC, 2 MISC, 3 ORG and 4 PER names
    assertTrue(lines[5].matches("ALL,[01]\\.\\d{4},[01]\\.\\d{4},[01]\\.\\d{4},12,\\d+,\\d+"), lines[5]);
  }

  @Test
  void evalAsTextIsAnAlignedTable() {
    TestConsole.Run run = TestConsole.run(null, "ner", "eval", TINY);
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stdout().startsWith("type   precision    recall        f1    gold predicted correct\n"), run.stdout());
    assertTrue(run.stdout().contains("\nALL "), run.stdout());
  }

  @Test
  void aMissingFileIsReportedAndTheOthersAreScored() {
    TestConsole.Run run = TestConsole.run(null, "ner", "eval", "--format", "csv", "missing.conll", TINY);
    assertEquals(1, run.exit());
    assertEquals("nlnews: missing.conll: no such file or directory\n", run.stderr());
    assertTrue(run.stdout().contains("\nALL,"), run.stdout());
  }

  @Test
  void aBadLineIsReportedWithItsNumber() throws Exception {
    Path bad = tmp.resolve("bad.conll");
    Files.writeString(bad, "Gent B-LOC\nBrussel\n");
    TestConsole.Run run = TestConsole.run(null, "ner", "eval", bad.toString());
    assertEquals(1, run.exit());
    assertEquals("nlnews: " + bad + ": line 2: expected a token and a label, found 'Brussel'\n", run.stderr());
  }

  @Test
  void tagAppendsALabelToEveryTokenLine() {
    TestConsole.Run run = TestConsole.run(null, "ner", "tag", TINY);
    assertEquals(0, run.exit(), run.stderr());
    String[] lines = run.stdout().split("\n", -1);
    assertEquals("-DOCSTART- -DOCSTART- O O", lines[0]);
    assertTrue(lines[1].matches("Minister O (O|[BI]-(PER|LOC|ORG|MISC))"), lines[1]);
    assertEquals("", lines[9]); // the blank line after the first sentence
  }

  @Test
  void trainWritesAModelThatEvalAndEntitiesUseWithNerModel() throws Exception {
    Path model = tmp.resolve("tiny.bin");
    TestConsole.Run train =
        TestConsole.run(null, "ner", "train", "--train", TINY, "--dev", TINY, "--out", model.toString(), "--iterations", "30");
    assertEquals(0, train.exit(), train.stderr());
    assertTrue(Files.size(model) > 0);
    assertTrue(train.stderr().contains("training on 2 documents, 7 sentences"), train.stderr());
    assertTrue(train.stdout().contains("\nALL "), train.stdout());
    // 30 perceptron passes over 7 sentences learn them by heart
    TestConsole.Run eval = TestConsole.run(null, "ner", "eval", "--format", "csv", "--ner-model", model.toString(), TINY);
    assertEquals(0, eval.exit(), eval.stderr());
    assertTrue(eval.stdout().contains("\nALL,1.0000,1.0000,1.0000,12,12,12\n"), eval.stdout());
    Path article = tmp.resolve("artikel.txt");
    Files.writeString(article, "Vakbondsman Karel Peeters zei dat in Gent.\n");
    TestConsole.Run entities =
        TestConsole.run(null, "entities", "--format", "csv", "--ner-model", model.toString(), article.toString());
    assertEquals(0, entities.exit(), entities.stderr());
    assertTrue(entities.stdout().contains(",Karel Peeters,PER,1,"), entities.stdout());
  }

  @Test
  void aModelThatCannotBeReadIsAUsageError() throws Exception {
    Path notAModel = tmp.resolve("model.bin");
    Files.writeString(notAModel, "no zip");
    TestConsole.Run run = TestConsole.run(null, "entities", "--ner-model", notAModel.toString(), TINY);
    assertEquals(2, run.exit());
    assertTrue(run.stderr().startsWith("nlnews: " + notAModel + ": not a name-finder model"), run.stderr());
    TestConsole.Run missing = TestConsole.run(null, "analyze", "--ner-model", "missing.bin", TINY);
    assertEquals(2, missing.exit());
    assertEquals("nlnews: missing.bin: no such file\n", missing.stderr());
  }

  @Test
  void clustersAreWrittenWithTheirProvenance() throws Exception {
    Path text = tmp.resolve("koppen.csv");
    Files.writeString(text, "id,headline\n1,Werkloosheid daalt in Gent\n2,Werkloosheid stijgt in Brugge\n3,Inflatie daalt in Gent\n");
    Path out = tmp.resolve("clusters.tsv");
    TestConsole.Run run =
        TestConsole.run(null, "ner", "clusters", "--text", text.toString(), "--csv-column", "headline", "--classes", "2,4", "--out", out.toString());
    assertEquals(0, run.exit(), run.stderr());
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(1).startsWith("# Text: the lines of koppen.csv (column headline)"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.matches("Gent\t\\d\t\\d")), lines.toString());
  }

  @Test
  void benchPrintsItsFigures() {
    TestConsole.Run run = TestConsole.run(null, "ner", "bench", "--seconds", "1", TINY);
    assertEquals(0, run.exit(), run.stderr());
    for (String label : List.of("model size", "first load", "load (median of 5)", "tokens per round", "tagging")) {
      assertTrue(run.stdout().contains("\n" + label + " ") || run.stdout().startsWith(label), label + " in " + run.stdout());
    }
    assertTrue(run.stdout().matches("(?s).*tagging +\\d+ tokens/s.*"), run.stdout());
  }
}
