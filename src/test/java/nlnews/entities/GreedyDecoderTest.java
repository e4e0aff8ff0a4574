package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nlnews.model.Article;
import nlnews.model.Paragraph;
import nlnews.model.Sentence;
import nlnews.pipeline.Fixtures;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class GreedyDecoderTest {

  private static final NerModel BUNDLED = NerModel.bundled();

  /** The same model as OpenNLP reads it, decoded by its own BeamSearch. */
  private static TokenNameFinderModel openNlpOwn() throws IOException {
    try (InputStream in = NerModel.class.getResourceAsStream(NerModel.BUNDLED)) {
      return new TokenNameFinderModel(in);
    }
  }

  @Test
  void theBundledModelIsDecodedGreedily() throws IOException {
    assertInstanceOf(GreedyDecoder.class, BUNDLED.openNlpModel().getNameFinderSequenceModel());
    assertNotEquals(GreedyDecoder.class, openNlpOwn().getNameFinderSequenceModel().getClass());
  }

  @Test
  void tagsEverySentenceOfTheTestArticlesExactlyAsBeamSearchDoes() throws IOException {
    NameFinderME greedy = new NameFinderME(BUNDLED.openNlpModel());
    NameFinderME beam = new NameFinderME(openNlpOwn());
    int sentences = 0;
    int names = 0;
    for (Path file : articles()) {
      Article article = Fixtures.article(Files.readString(file, StandardCharsets.UTF_8));
      greedy.clearAdaptiveData();
      beam.clearAdaptiveData();
      for (Paragraph p : article.paragraphs()) {
        for (Sentence s : p.sentences()) {
          String[] tokens = StatisticalNameFinder.modelTokens(s.tokens());
          if (tokens.length == 0) {
            continue;
          }
          Span[] expected = beam.find(tokens);
          Span[] actual = greedy.find(tokens);
          String where = file.getFileName() + ": " + String.join(" ", tokens);
          assertArrayEquals(expected, actual, where);
          assertArrayEquals(beam.probs(), greedy.probs(), where); // bit for bit
          sentences++;
          names += actual.length;
        }
      }
    }
    assertTrue(sentences > 900 && names > 500, sentences + " sentences, " + names + " names");
  }

  @Test
  void tagsAllOfTestaExactlyAsBeamSearchDoes() throws IOException {
    assumeTrue(Files.isReadable(NerFloorTest.TESTA), "no CoNLL-2002 data in ../shared");
    NameFinderME greedy = new NameFinderME(BUNDLED.openNlpModel());
    NameFinderME beam = new NameFinderME(openNlpOwn());
    int sentences = 0;
    for (ConllCorpus.Document d : NerFloorTest.sample(Integer.MAX_VALUE)) {
      greedy.clearAdaptiveData();
      beam.clearAdaptiveData();
      for (ConllCorpus.Sentence s : d.sentences()) {
        String[] tokens = s.tokenArray();
        assertArrayEquals(beam.find(tokens), greedy.find(tokens), String.join(" ", tokens));
        assertArrayEquals(beam.probs(), greedy.probs(), String.join(" ", tokens));
        sentences++;
      }
    }
    assertTrue(sentences > 2800, sentences + " sentences");
  }

  @Test
  void declinesModelsItCannotStandInFor() throws IOException {
    MaxentModel classifier = openNlpOwn().getArtifact("nameFinder.model");
    assertNull(GreedyDecoder.of(classifier, 3), "a wider beam");
    assertInstanceOf(GreedyDecoder.class, GreedyDecoder.of(classifier, 1));
  }

  @Test
  void declinesModelsWithMoreOutcomesThanFourBitsCount() {
    String[] outcomes = new String[17];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = "type" + o + "-start";
    }
    Context weights = new Context(new int[] {0, 16}, new double[] {1.0, -1.0});
    MaxentModel wide = new PerceptronModel(new Context[] {weights}, new String[] {"w=de"}, outcomes);
    assertNull(GreedyDecoder.of(wide, 1));
    MaxentModel narrow = new PerceptronModel(new Context[] {new Context(new int[] {0, 15}, new double[] {1.0, -1.0})},
        new String[] {"w=de"}, Arrays.copyOf(outcomes, 16));
    assertInstanceOf(GreedyDecoder.class, GreedyDecoder.of(narrow, 1));
  }

  @Test
  void fingerprintsTellApartWordsThatJavasHashConfuses() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertNotEquals(FeatureFingerprints.of("Aa"), FeatureFingerprints.of("BB"));
    assertNotEquals(FeatureFingerprints.of("w=de"), FeatureFingerprints.of("w=De"));
    assertEquals(FeatureFingerprints.of("w=Zelensky"), FeatureFingerprints.of(new String("w=Zelensky")));
  }

  /** The test articles: those of the golden files and of the quotation gold. */
  static List<Path> articles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("testdata/articles"), Path.of("testdata/quotes/articles"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
