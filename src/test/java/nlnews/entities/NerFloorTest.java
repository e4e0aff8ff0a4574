package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A floor under the bundled model's quality, so regressions show: entity F1 on a fixed sample
 * of CoNLL-2002 ned.testa (its first 500 sentences, in whole documents as far as they go). The
 * data lives outside the repository in ../shared/data; without it the test is skipped. The
 * full figures come from 'nlnews ner eval' (docs/ner.md), not from here.
 */
class NerFloorTest {

  static final Path TESTA = Path.of("..", "shared", "data", "conll2002", "ned.testa");

  static List<ConllCorpus.Document> sample(int sentences) throws IOException {
    List<ConllCorpus.Document> all;
    try (BufferedReader in = Files.newBufferedReader(TESTA, StandardCharsets.UTF_8)) {
      all = ConllCorpus.read(in);
    }
    List<ConllCorpus.Document> sample = new ArrayList<>();
    int n = 0;
    for (ConllCorpus.Document d : all) {
      int take = Math.min(d.sentences().size(), sentences - n);
      sample.add(new ConllCorpus.Document(d.docStart(), d.sentences().subList(0, take)));
      n += take;
      if (n == sentences) {
        break;
      }
    }
    return sample;
  }

  @Test
  void theBundledModelKeepsItsF1OnATestaSample() throws IOException {
    assumeTrue(Files.isReadable(TESTA), "no " + TESTA.toAbsolutePath() + ": CoNLL-2002 data not present");
    NerScores scores = NerEvaluator.score(NerModel.bundled(), sample(500));
    double f1 = scores.overall().f1();
    assertTrue(f1 >= 0.75, "F1 " + f1 + " on 500 testa sentences: " + scores.rows());
  }
}
