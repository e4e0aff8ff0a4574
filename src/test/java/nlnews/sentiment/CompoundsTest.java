package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compound rules on words the shipped lexicon does not list, asked through the lexicon's
 * one-line delegates: the entry a compound's head or modifier gives it, the polarity of its head
 * as a target, and a compound of a target and a change; {@code -} when a rule finds nothing.
 */
class CompoundsTest {

  private static final ToneLexicon LEXICON = SentenceFixture.LEXICON;

  private static String entry(ToneLexicon.Entry e) {
    return e == null ? "-" : e.lemma() + (e.weight() > 0 ? "+" : "-");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "hypotheekproblemen, probleem-",
    "woningbouwsucces, succes+",
    "openingswedstrijd, -",
    "vierentwintig, -",
    "afgesproken, -",
    "fietsenstalling, -"
  })
  void aCompoundTakesTheEntryOfItsHead(String word, String expected) {
    assertEquals(expected, entry(LEXICON.compoundHead(word, SentenceFixture.stem(word))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "crisisoverleg, crisis-",
    "angstcultuur, angst-",
    "veiligheidsregio, -",
    "brandweerauto, -",
    "gereduceerd, -",
    "fietsenstalling, -"
  })
  void aCompoundTakesTheEntryOfItsModifierWhenItsHeadHasNone(String word, String expected) {
    assertEquals(expected, entry(LEXICON.compoundModifier(word)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gemeenteschuld, -1",
    "zuivelexport, 1",
    "fietsenstalling, 0"
  })
  void aCompoundHeadedByATargetIsThatTarget(String word, int expected) {
    assertEquals(expected, LEXICON.compoundTarget(word, SentenceFixture.stem(word)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "werkloosheidsdaling, -1, -1",
    "exportstijging, 1, 1",
    "inflatiedaling, -1, -1",
    "fietsenstalling, 0, 0",
    "daling, 0, 0"
  })
  void aCompoundOfATargetAndAChange(String word, int direction, int polarity) {
    ToneLexicon.CompoundChange c = LEXICON.compoundChange(word, SentenceFixture.stem(word));
    assertEquals(direction + "/" + polarity, c == null ? "0/0" : c.change().direction() + "/" + c.polarity());
  }
}
