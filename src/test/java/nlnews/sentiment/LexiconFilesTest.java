package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.text.DataFile;
import nlnews.text.DutchTextAnalyzer;
import nlnews.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconFilesTest {

  private static final DutchTextAnalyzer ANALYZER = Language.dutch().analyzer();
  private static final ToneLexicon LEXICON = ToneLexicon.load(Language.dutch());
  private static final Set<String> CATEGORIES =
      Set.of("emotion", "evaluation", "optimism", "economy", "politics", "conflict", "crime", "disaster", "health", "social", "other");

  /** The facts gathered per word are the lexicon's own answers, also for a word met again with another stem. */
  @ParameterizedTest
  @CsvSource({
    "werkloosheid", "werkloosheidsdaling", "hypotheekproblemen", "crisisoverleg", "optimistische", "stijgt",
    "kosten", "niet", "weliswaar", "om", "valt", "banen", "de", "hypotheekrente"
  })
  void factsAreTheLexiconsAnswers(String lower) {
    String stem = ANALYZER.stem(lower);
    for (String asked : new String[] {stem, stem + "x", stem}) {
      ToneLexicon.WordFacts f = LEXICON.facts(lower, asked);
      assertEquals(LEXICON.word(lower, asked), f.entry, lower);
      assertEquals(LEXICON.change(lower, asked), f.change, lower);
      int target = LEXICON.target(lower, asked);
      assertEquals(target == 0 && lower.length() >= 8 ? LEXICON.compoundTarget(lower, asked) : target, f.target, lower);
      assertEquals(lower.length() >= 9 ? LEXICON.compoundHead(lower, asked) : null, f.compoundHead, lower);
      assertEquals(lower.length() >= 9 ? LEXICON.compoundModifier(lower) : null, f.compoundModifier, lower);
      assertEquals(lower.length() >= 8 ? LEXICON.compoundChange(lower, asked) : null, f.compoundChange, lower);
      assertEquals(LEXICON.separables(asked), f.separables, lower);
      assertEquals(LEXICON.changePhrases(asked), f.changePhrases, lower);
      for (String second : new String[] {"de", "tafel", "wil", "op"}) {
        assertEquals(LEXICON.phrases(asked, second), f.phrases(second), lower + " " + second);
      }
    }
  }

  @Test
  void theLexiconHasEnoughWellFormedEntries() {
    DataFile lexicon = DataFile.load("nl/sentiment/lexicon.tsv");
    assertEquals(List.of("lemma", "stem", "weight", "category"), lexicon.header());
    Set<String> lemmas = new HashSet<>();
    Map<String, Integer> perCategory = new HashMap<>();
    int phrases = 0;
    for (DataFile.Row row : lexicon.rows()) {
      String lemma = row.get("lemma");
      assertFalse(lemma.isEmpty(), "line " + row.line());
      assertEquals(lemma.toLowerCase(java.util.Locale.ROOT), lemma, "line " + row.line());
      assertTrue(lemmas.add(lemma), "duplicate " + lemma);
      double weight = Double.parseDouble(row.get("weight"));
      assertTrue(weight >= -1 && weight <= 1 && weight != 0, lemma + " " + weight);
      assertTrue(CATEGORIES.contains(row.get("category")), lemma + " " + row.get("category"));
      perCategory.merge(row.get("category"), 1, Integer::sum);
      if (lemma.contains(" ")) {
        phrases++;
      }
    }
    assertTrue(lemmas.size() >= 4000, "entries: " + lemmas.size());
    assertTrue(phrases >= 1000, "multiword expressions: " + phrases);
    assertTrue(perCategory.get("optimism") >= 400, "optimism entries: " + perCategory);
  }

  @Test
  void theRuleFilesAreWellFormed() {
    for (DataFile.Row row : DataFile.load("nl/sentiment/negators.tsv").rows()) {
      assertTrue(Set.of("flip", "dampen", "keep").contains(row.get("effect")), "negators line " + row.line());
      assertTrue(Set.of("forward", "backward", "both").contains(row.get("direction")), "negators line " + row.line());
      int scope = Integer.parseInt(row.get("scope"));
      assertTrue(scope >= 1 && scope <= 6, "negators line " + row.line());
    }
    for (DataFile.Row row : DataFile.load("nl/sentiment/contrast.tsv").rows()) {
      String role = row.get("role");
      double weight = Double.parseDouble(row.get("weight"));
      assertTrue(Set.of("after", "within", "concessive", "none").contains(role), "contrast line " + row.line());
      assertTrue(role.equals("none") ? weight == 1 : role.equals("concessive") ? weight < 1 : weight > 1, "contrast line " + row.line());
    }
    for (DataFile.Row row : DataFile.load("nl/sentiment/intensifiers.tsv").rows()) {
      double factor = Double.parseDouble(row.get("factor"));
      assertTrue(factor >= 0.5 && factor <= 1.7 && factor != 1, "intensifiers line " + row.line());
    }
    for (DataFile.Row row : DataFile.load("nl/sentiment/change.tsv").rows()) {
      assertTrue(Set.of("up", "down").contains(row.get("direction")), "change line " + row.line());
      double strength = Double.parseDouble(row.get("strength"));
      assertTrue(strength >= 0.3 && strength <= 1, "change line " + row.line());
    }
    for (DataFile.Row row : DataFile.load("nl/sentiment/targets.tsv").rows()) {
      assertTrue(Set.of("+1", "-1").contains(row.get("polarity")), "targets line " + row.line());
    }
  }

  @Test
  void everyFileLoadsIntoTheScorer() {
    assertTrue(LEXICON.size() >= 4000);
    assertTrue(LEXICON.negator("niet").flip());
    assertTrue(LEXICON.negator("niets").flip());
    assertTrue(LEXICON.intensifier("zeer") > 1);
    assertTrue(LEXICON.intensifier("forse") > 1);
    assertEquals(ToneLexicon.Role.AFTER, LEXICON.contrast("maar").role());
    assertEquals(ToneLexicon.Role.WITHIN, LEXICON.contrast("echter").role());
    assertEquals(ToneLexicon.Role.CONCESSIVE, LEXICON.contrast("hoewel").role());
    assertEquals(-1, LEXICON.target("werkloosheid", "werkloos"));
    assertEquals(1, LEXICON.target("groei", "groei"));
  }

  @Test
  void aChangeWordIsNotTheNounWithItsStem() {
    // groeien is a change word, the noun groei with the same stem a target
    assertTrue(LEXICON.change("groeien", ANALYZER.stem("groeien")) != null);
    assertNull(LEXICON.change("groei", ANALYZER.stem("groei")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          hypotheekproblemen  | probleem
          inkomenskloof       | kloof
          winkeldrama's       | drama's
          vergoeden           |
          gesproken           |
          boekhoudkundig      |
          belangrijker        |
          """)
  void aCompoundTakesTheEntryOfItsHead(String word, String head) {
    ToneLexicon.Entry e = LEXICON.compoundHead(word, ANALYZER.stem(word));
    assertEquals(head, e == null ? null : e.lemma(), word);
  }

  @Test
  void aCompoundOfATargetAndAChangeComposes() {
    ToneLexicon.CompoundChange c = LEXICON.compoundChange("werkloosheidsdaling", ANALYZER.stem("werkloosheidsdaling"));
    assertEquals(-1, c.polarity());
    assertEquals(-1, c.change().direction());
    assertNull(LEXICON.compoundChange("voorbereiding", ANALYZER.stem("voorbereiding")));
  }
}
