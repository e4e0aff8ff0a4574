package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * The fingerprinted features must be OpenNLP's feature strings, one for one and in order, and the
 * names and probabilities those of OpenNLP's own beam search on the bundled model.
 */
class HashedNameFinderTest {

  private static final NerModel BUNDLED = NerModel.bundled();

  /** The same model as OpenNLP reads it: its own feature strings, decoded by its own BeamSearch. */
  private static final TokenNameFinderModel OPENNLP_OWN = openNlpOwn();

  private static TokenNameFinderModel openNlpOwn() {
    try (InputStream in = NerModel.class.getResourceAsStream(NerModel.BUNDLED)) {
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theBundledModelHashesItsFeatures() {
    assertTrue(BUNDLED.newTagger().hashesFeatures());
  }

  @Test
  void aModelOnAnotherDescriptorIsTaggedByOpenNlp() throws IOException {
    byte[] features = (new String(NerTrainer.defaultFeatures(), StandardCharsets.UTF_8)
        .replace("<int name=\"length\">4</int>", "<int name=\"length\">3</int>")).getBytes(StandardCharsets.UTF_8);
    assertFalse(Arrays.equals(features, NerTrainer.defaultFeatures()));
    List<ConllCorpus.Document> docs = List.of(new ConllCorpus.Document("-DOCSTART- -DOCSTART- O", List.of(
        sentence("Jan B-PER", "woont O", "in O", "Gent B-LOC", ". O"),
        sentence("Philips B-ORG", "groeit O", ". O"))));
    NerModel model = NerTrainer.train(docs, new NerTrainer.Settings(NerTrainer.Algorithm.PERCEPTRON, 10, 0, features, 1), Gazetteer.load());
    DocumentTagger tagger = model.newTagger();
    assertFalse(tagger.hashesFeatures());
    assertEquals(1, tagger.tagSentences(List.<String[]>of("Jan woont in Gent .".split(" "))).size());
  }

  @Test
  void featuresAreOpenNlpsOnTheTestArticles() throws IOException {
    int tokens = 0;
    for (Path file : GreedyDecoderTest.articles()) {
      tokens += compareFeatures(sentences(file));
    }
    assertTrue(tokens > 10_000, tokens + " tokens");
  }

  @Test
  void featuresAreOpenNlpsOnTesta() throws IOException {
    assumeTrue(Files.isReadable(NerFloorTest.TESTA), "no CoNLL-2002 data in ../shared");
    int tokens = 0;
    for (ConllCorpus.Document d : NerFloorTest.sample(Integer.MAX_VALUE)) {
      tokens += compareFeatures(d.sentences().stream().map(ConllCorpus.Sentence::tokenArray).toList());
    }
    assertTrue(tokens > 30_000, tokens + " tokens");
  }

  @Test
  void namesAndProbabilitiesAreBeamSearchsOnTheTestArticles() throws IOException {
    int names = 0;
    for (Path file : GreedyDecoderTest.articles()) {
      names += compareNames(sentences(file));
    }
    assertTrue(names > 500, names + " names");
  }

  @Test
  void namesAndProbabilitiesAreBeamSearchsOnTesta() throws IOException {
    assumeTrue(Files.isReadable(NerFloorTest.TESTA), "no CoNLL-2002 data in ../shared");
    int names = 0;
    for (ConllCorpus.Document d : NerFloorTest.sample(Integer.MAX_VALUE)) {
      names += compareNames(d.sentences().stream().map(ConllCorpus.Sentence::tokenArray).toList());
    }
    assertTrue(names > 2_000, names + " names");
  }

  /**
   * Walks one document with both feature computations in step, each given the outcomes of
   * OpenNLP's beam search as the outcomes before each token; returns the number of tokens.
   */
  private static int compareFeatures(List<String[]> document) throws IOException {
    NameFinderME beam = new NameFinderME(OPENNLP_OWN);
    NameContextGenerator strings = OPENNLP_OWN.getFactory().createContextGenerator();
    strings.addFeatureGenerator(new WindowFeatureGenerator(new AdditionalContextFeatureGenerator(), 8, 8));
    HashedNameFinder hashed = hashedFinder();
    BioCodec codec = new BioCodec();
    int tokens = 0;
    for (String[] sentence : document) {
      if (sentence.length == 0) {
        continue;
      }
      String[] outcomes = codec.encode(beam.find(sentence), sentence.length);
      for (int i = 0; i < sentence.length; i++) {
        String[] prior = Arrays.copyOf(outcomes, i);
        String[] expected = strings.getContext(i, sentence, prior, null);
        FeatureFingerprints actual = hashed.features(sentence, i, prior);
        String where = String.join(" ", sentence) + " @" + i;
        assertEquals(expected.length, actual.size(), () -> where + ": " + String.join(" ", expected));
        for (int f = 0; f < expected.length; f++) {
          assertEquals(FeatureFingerprints.of(expected[f]), actual.get(f), where + ": " + expected[f]);
        }
        tokens++;
      }
      strings.updateAdaptiveData(sentence, outcomes);
      hashed.remember(sentence, outcomes);
    }
    return tokens;
  }

  /** Tags one document both ways; returns the number of names. */
  private static int compareNames(List<String[]> document) throws IOException {
    NameFinderME beam = new NameFinderME(OPENNLP_OWN);
    HashedNameFinder hashed = hashedFinder();
    int names = 0;
    for (String[] sentence : document) {
      if (sentence.length == 0) {
        continue;
      }
      Span[] expected = beam.find(sentence);
      Span[] actual = hashed.find(sentence);
      String where = String.join(" ", sentence);
      assertArrayEquals(expected, actual, where);
      assertArrayEquals(beam.probs(), hashed.probs(), where); // bit for bit
      for (int s = 0; s < actual.length; s++) {
        assertEquals(expected[s].getProb(), actual[s].getProb(), 0.0, where);
      }
      names += actual.length;
    }
    return names;
  }

  private static HashedNameFinder hashedFinder() {
    return BUNDLED.newTagger().hashedFinder();
  }

  private static List<String[]> sentences(Path file) throws IOException {
    Article article = Fixtures.article(Files.readString(file, StandardCharsets.UTF_8));
    List<String[]> sentences = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      for (Sentence s : p.sentences()) {
        sentences.add(StatisticalNameFinder.modelTokens(s.tokens()));
      }
    }
    return sentences;
  }

  private static ConllCorpus.Sentence sentence(String... lines) {
    List<String> tokens = Stream.of(lines).map(l -> l.split(" ")[0]).toList();
    List<String> labels = Stream.of(lines).map(l -> l.split(" ")[1]).toList();
    return new ConllCorpus.Sentence(List.of(lines), tokens, labels);
  }
}
