package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import nlnews.model.Article;
import nlnews.model.Paragraph;
import nlnews.model.Sentence;
import nlnews.pipeline.Fixtures;
import nlnews.text.Language;
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

  /**
   * The feature strings of two sentences of one document under the bundled descriptor, each
   * token's on a line, then the outcomes taken as the tokens' previous outcomes: written by the
   * version before the hashed finder, so neither side of the comparisons below can drift with
   * the other. Run with -Dgolden.update=true to rewrite it after a deliberate change of features.
   */
  private static final Path GOLDEN_FEATURES = Path.of("testdata/ner/features.txt");

  private static final List<String[]> GOLDEN_DOCUMENT = List.of(
      "Premier Mark Rutte zei dinsdag in Den Haag dat Philips nv softwarebedrijf banen schrapt .".split(" "),
      "\" Rutte en de Kremlin-woordvoerder spraken in Brussel , \" aldus minister De Jonge .".split(" "));

  @Test
  void theBundledModelHashesItsFeatures() {
    assertNotNull(BUNDLED.newTagger().hashedFinder());
  }

  @Test
  void featuresAreTheRecordedOnes() throws IOException {
    StringBuilder actual = new StringBuilder();
    compareFeatures(List.of(GOLDEN_DOCUMENT), actual);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN_FEATURES, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN_FEATURES, StandardCharsets.UTF_8), actual.toString());
  }

  @Test
  void aModelOnAnotherDescriptorIsTaggedByOpenNlp() throws IOException {
    byte[] features = (new String(NerTrainer.defaultFeatures(), StandardCharsets.UTF_8)
        .replace("<int name=\"length\">4</int>", "<int name=\"length\">3</int>")).getBytes(StandardCharsets.UTF_8);
    assertFalse(Arrays.equals(features, NerTrainer.defaultFeatures()));
    List<ConllCorpus.Document> docs = List.of(new ConllCorpus.Document("-DOCSTART- -DOCSTART- O", List.of(
        sentence("Jan B-PER", "woont O", "in O", "Gent B-LOC", ". O"),
        sentence("Philips B-ORG", "groeit O", ". O"))));
    NerModel model = NerTrainer.train(docs, new NerTrainer.Settings(NerTrainer.Algorithm.PERCEPTRON, 10, 0, features, 1), Gazetteer.load(Language.dutch()));
    DocumentTagger tagger = model.newTagger();
    assertNull(tagger.hashedFinder());
    assertEquals(1, tagger.tagSentences(List.<String[]>of("Jan woont in Gent .".split(" "))).size());
  }

  @Test
  void featuresAreOpenNlpsOnTheTestArticles() throws IOException {
    int tokens = compareFeatures(articleDocuments(), null);
    assertTrue(tokens > 10_000, tokens + " tokens");
  }

  @Test
  void featuresAreOpenNlpsOnTesta() throws IOException {
    assumeTrue(Files.isReadable(NerFloorTest.TESTA), "no CoNLL-2002 data in ../shared");
    int tokens = compareFeatures(testaDocuments(), null);
    assertTrue(tokens > 30_000, tokens + " tokens");
  }

  @Test
  void featuresAreOpenNlpsOnRandomTokens() {
    // Words the lists and clusters know, in every case, with digits, hyphens, quotes, letters
    // beyond Latin-1 and beyond the BMP, "null" (the previous-map feature's own text), and
    // tokens repeated across sentences so the document memory is exercised.
    String[] pieces = {"de", "Rutte", "minister", "Philips", "nv", "in", "Den", "Haag", "Kremlin-woordvoerder",
      "softwarebedrijf", "\"", ",", ".", "-", "2024", "3,5", "J.P.", "N-VA", "'s-Hertogenbosch", "Łódź", "é",
      "\uD83D\uDE00", "null", "ASML", "x", "Van", "der", "Meer", "zei", "BV", "ministerie", "Financiën"};
    Random random = new Random(7);
    List<List<String[]>> documents = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      List<String[]> document = new ArrayList<>();
      for (int s = 0; s < 1 + random.nextInt(6); s++) {
        String[] sentence = new String[1 + random.nextInt(14)];
        for (int i = 0; i < sentence.length; i++) {
          String piece = pieces[random.nextInt(pieces.length)];
          sentence[i] = switch (random.nextInt(5)) {
            case 0 -> piece.toUpperCase(Locale.ROOT);
            case 1 -> piece.toLowerCase(Locale.ROOT);
            case 2 -> piece + pieces[random.nextInt(pieces.length)];
            default -> piece;
          };
        }
        document.add(sentence);
      }
      documents.add(document);
    }
    int tokens = compareFeatures(documents, null);
    assertTrue(tokens > 1_000, tokens + " tokens");
  }

  @Test
  void namesAndProbabilitiesAreBeamSearchsOnTheTestArticles() throws IOException {
    int names = compareNames(articleDocuments());
    assertTrue(names > 500, names + " names");
  }

  @Test
  void namesAndProbabilitiesAreBeamSearchsOnTesta() throws IOException {
    assumeTrue(Files.isReadable(NerFloorTest.TESTA), "no CoNLL-2002 data in ../shared");
    int names = compareNames(testaDocuments());
    assertTrue(names > 2_000, names + " names");
  }

  @Test
  void aFullPrintCacheStillPrintsEveryWord() {
    TokenNameFinderModel model = BUNDLED.openNlpModel();
    NameLists lists = model.getArtifact(NerTrainer.LISTS);
    WordClusters clusters = model.getArtifact(NerTrainer.CLUSTERS);
    WordPrints.Cache cache = new WordPrints.Cache(lists, clusters, 2);
    String[] words = {"Rutte", "minister", "Den", "softwarebedrijf", "Philips"};
    for (String word : words) {
      cache.of(word);
    }
    assertEquals(2, cache.size());
    assertTrue(cache.of("Rutte") == cache.of("Rutte"), "a held word is printed once");
    for (String word : words) {
      WordPrints held = cache.of(word);
      WordPrints fresh = new WordPrints(word, lists, clusters);
      assertArrayEquals(fresh.words, held.words, word);
      assertArrayEquals(fresh.affixes, held.affixes, word);
      assertArrayEquals(fresh.clusters, held.clusters, word);
      assertEquals(fresh.triggerBefore, held.triggerBefore, word);
      assertEquals(fresh.listWordOwn, held.listWordOwn, word);
    }
    assertEquals(FeatureFingerprints.of("tr-1=title"), cache.of("minister").triggerBefore);
    assertEquals(FeatureFingerprints.of("w-1=philips"), cache.of("Philips").words[1]);
    assertEquals(2, cache.size());
    WordPrints.Cache roomy = new WordPrints.Cache(lists, clusters, 10);
    String glued = "https://www.example.nl/nieuws/economie/werkloosheid-daalt";
    assertArrayEquals(new WordPrints(glued, lists, clusters).affixes, roomy.of(glued).affixes);
    assertEquals(0, roomy.size(), "a token longer than " + WordPrints.Cache.LONGEST + " characters is not held");
  }

  /**
   * Walks the documents with both feature computations in step, each given the outcomes of
   * OpenNLP's beam search as the outcomes before each token, and each cleared between documents
   * as the taggers are; returns the number of tokens. With a {@code record}, also writes there
   * each sentence, its tokens' feature strings and its outcomes, as in {@link #GOLDEN_FEATURES}.
   */
  private static int compareFeatures(List<List<String[]>> documents, StringBuilder record) {
    NameFinderME beam = new NameFinderME(OPENNLP_OWN);
    NameContextGenerator strings = openNlpContext();
    HashedNameFinder hashed = hashedFinder();
    BioCodec codec = new BioCodec();
    int tokens = 0;
    for (List<String[]> document : documents) {
      beam.clearAdaptiveData();
      strings.clearAdaptiveData();
      hashed.clearAdaptiveData();
      for (String[] sentence : document) {
        if (sentence.length == 0) {
          continue;
        }
        if (record != null) {
          record.append("# ").append(String.join(" ", sentence)).append('\n');
        }
        String[] outcomes = codec.encode(beam.find(sentence), sentence.length);
        for (int i = 0; i < sentence.length; i++) {
          String[] prior = Arrays.copyOf(outcomes, i);
          String[] features = strings.getContext(i, sentence, prior, null);
          assertFingerprints(features, hashed.features(sentence, i, prior), String.join(" ", sentence) + " @" + i);
          if (record != null) {
            record.append(i).append('\t').append(String.join("\t", features)).append('\n');
          }
          tokens++;
        }
        if (record != null) {
          record.append("= ").append(String.join(" ", outcomes)).append('\n');
        }
        strings.updateAdaptiveData(sentence, outcomes);
        hashed.remember(sentence, outcomes);
      }
    }
    return tokens;
  }

  private static void assertFingerprints(String[] expected, FeatureFingerprints actual, String where) {
    assertEquals(expected.length, actual.size(), () -> where + ": " + String.join(" ", expected));
    for (int f = 0; f < expected.length; f++) {
      assertEquals(FeatureFingerprints.of(expected[f]), actual.get(f), where + ": " + expected[f]);
    }
  }

  /** OpenNLP's context generator for the bundled model, as NameFinderME builds it. */
  private static NameContextGenerator openNlpContext() {
    NameContextGenerator strings = OPENNLP_OWN.getFactory().createContextGenerator();
    strings.addFeatureGenerator(new WindowFeatureGenerator(new AdditionalContextFeatureGenerator(), 8, 8));
    return strings;
  }

  /** Tags the documents both ways, one finder each for all of them; returns the number of names. */
  private static int compareNames(List<List<String[]>> documents) {
    NameFinderME beam = new NameFinderME(OPENNLP_OWN);
    HashedNameFinder hashed = hashedFinder();
    int names = 0;
    for (List<String[]> document : documents) {
      beam.clearAdaptiveData();
      hashed.clearAdaptiveData();
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
    }
    return names;
  }

  private static HashedNameFinder hashedFinder() {
    return BUNDLED.newTagger().hashedFinder();
  }

  /** The test articles, each as the model's token arrays of its sentences. */
  private static List<List<String[]>> articleDocuments() throws IOException {
    List<List<String[]>> documents = new ArrayList<>();
    for (Path file : GreedyDecoderTest.articles()) {
      documents.add(sentences(file));
    }
    return documents;
  }

  private static List<List<String[]>> testaDocuments() throws IOException {
    return NerFloorTest.sample(Integer.MAX_VALUE).stream()
        .map(d -> d.sentences().stream().map(ConllCorpus.Sentence::tokenArray).toList())
        .toList();
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
