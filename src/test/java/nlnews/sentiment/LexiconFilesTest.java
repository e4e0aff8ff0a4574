package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nlnews.text.DataFile;
import nlnews.text.DutchTextAnalyzer;
import org.junit.jupiter.api.Test;

class LexiconFilesTest {

  @Test
  void theLexiconHasEnoughWellFormedEntries() {
    DataFile lexicon = DataFile.load("sentiment/lexicon.tsv");
    assertEquals(List.of("lemma", "weight", "category"), lexicon.header());
    Set<String> lemmas = new HashSet<>();
    for (DataFile.Row row : lexicon.rows()) {
      String lemma = row.get("lemma");
      assertFalse(lemma.isEmpty(), "line " + row.line());
      assertTrue(lemmas.add(lemma), "duplicate " + lemma);
      double weight = Double.parseDouble(row.get("weight"));
      assertTrue(weight >= -1 && weight <= 1 && weight != 0, lemma + " " + weight);
      assertFalse(row.get("category").isEmpty(), lemma);
    }
    assertTrue(lemmas.size() >= 1500, "entries: " + lemmas.size());
  }

  @Test
  void everyFileLoadsIntoTheScorer() {
    ToneLexicon lexicon = ToneLexicon.load(DutchTextAnalyzer.withDefaultKeywords());
    assertTrue(lexicon.size() >= 1500);
    assertTrue(lexicon.negator("niet").flip());
    assertTrue(lexicon.intensifier("zeer") > 1);
    assertTrue(lexicon.contrast("maar") != null);
    assertEquals(-1, lexicon.target("werkloosheid", "werkloos"));
  }

  @Test
  void inflectionsMatchButStemCollisionsDoNot() {
    assertTrue(Inflection.of("optimistisch", "optimistische"));
    assertTrue(Inflection.of("positief", "positieve"));
    assertTrue(Inflection.of("groot", "grote"));
    assertTrue(Inflection.of("dalen", "daalde"));
    assertFalse(Inflection.of("geweld", "geweldig"));
    assertFalse(Inflection.of("vergelijk", "vergelijkbare"));
    assertFalse(Inflection.of("kans", "kan"));
    assertFalse(Inflection.of("vieren", "vier"));
  }
}
