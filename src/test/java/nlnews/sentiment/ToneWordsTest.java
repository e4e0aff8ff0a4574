package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import nlnews.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules' word lists as they load from the language folder. */
class ToneWordsTest {

  private static final Language DUTCH = Language.dutch();
  private static final ToneWords WORDS = ToneWords.load(DUTCH);

  /** The stems the verbs of saying and thinking were matched on when they were typed in code, less four no word has. */
  @Test
  void theProjectingVerbStemsAreTheStemsOfTheListedWords() {
    assertEquals(
        new TreeSet<>(Set.of("stell", "zegg", "zeg", "sprek", "denk", "verwacht", "zien", "zie", "vind", "hop", "men", "bewer",
            "meld", "wet", "wist", "beweerd", "verklar")),
        new TreeSet<>(WORDS.projectingVerbStems()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"stellen, stell", "zeggen, zegg", "weet, wet", "beweringen, bewer", "mens, men"})
  void aTokenProjectsByItsStem(String word, String stem) {
    assertEquals(stem, DUTCH.stem(word));
    assertTrue(WORDS.projectingVerbStems().contains(DUTCH.stem(word)), word);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"geloven", "gelooft", "concluderen", "zwijgen"})
  void otherVerbsDoNotProject(String word) {
    assertFalse(WORDS.projectingVerbStems().contains(DUTCH.stem(word)), word);
  }

  @Test
  void theObjectOfAChangeStopsAtAPrepositionAndAtAls() {
    assertTrue(WORDS.adverbialOpeners().containsAll(DUTCH.words("text/prepositions.tsv")));
    assertTrue(WORDS.adverbialOpeners().contains("als"));
    assertFalse(WORDS.adverbialOpeners().contains("het"));
  }

  @Test
  void eachRuleHasItsWord() {
    assertEquals(new ToneWords.RuleWords("minder", "zonder", "te", "en", "ende", "ge", "niet"), WORDS.rules());
  }
}
