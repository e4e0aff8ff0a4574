package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word lists of the quote stage as the rules read them. */
class QuoteWordsTest {

  private static final QuoteWords WORDS = QuoteFixtures.WORDS;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"zweed, true", "fransman, true", "almeerder, true", "limburger, true", "meer, false", "keer, false",
      "buurvrouw, false"})
  void aDemonymIsListedOrALongerNounInEr(String word, boolean expected) {
    assertEquals(expected, WORDS.demonym(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"noemde, true", "genoemd, true", "omschreef, true", "sprak, true", "bestempelt, true", "zei, false",
      "noord, false", "benoemd, false"})
  void aVerbOfNamingIsReadByTheStartOfTheWord(String word, boolean expected) {
    assertEquals(expected, WORDS.naming(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"hij, m, false", "hem, m, true", "ze, f, false", "haar, f, true"})
  void aPronounTellsItsGenderAndCase(String word, String gender, boolean object) {
    assertEquals(new QuoteWords.Pronoun(gender, object), WORDS.pronouns().get(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"van, true, true", "de, true, true", "op, false, true", "bin, false, true", "en, false, false"})
  void aNameParticleIsReadInAPhraseOnlyWhereTheListSaysSo(String word, boolean inPhrase, boolean inName) {
    assertEquals(inPhrase, WORDS.phraseParticles().contains(word));
    assertEquals(inName, WORDS.nameParticles().contains(word));
  }
}
