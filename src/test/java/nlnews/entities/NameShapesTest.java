package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.Token;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "V., true",
    "J.P., true",
    "Th., true",
    "J.W.F.M., true",
    "Chr., false",
    "v., false",
    "J, false",
    "J.W.F.M.K., false",
    "Mevr., false"
  })
  void initials(String word, boolean initials) {
    assertEquals(initials, NameShapes.isInitials(word));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"NAVO, true", "VS, true", "N-VA, true", "CD&V, true", "V, false", "Navo, false", "G7, false", "'', false"})
  void acronyms(String word, boolean acronym) {
    assertEquals(acronym, NameShapes.isAcronym(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          's-Gravenpolder   | true
          ’s-Hertogenbosch  | true
          't-Zandt          | true
          's-avonds         | false
          's                | false
          'Gent             | false
          """)
  void aNameAfterAnElidedArticle(String word, boolean elided) {
    assertEquals(elided, NameShapes.isElidedName(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"4FM, true", "50PLUS, true", "3FM, true", "3D, false", "2e, false", "1000, false", "4FM-nieuws, false"})
  void aNameOfDigitsAndCapitals(String word, boolean name) {
    assertEquals(name, NameShapes.isDigitAcronym(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Kremlin-woordvoerder, 7",
    "N-VA-kopstuk, 4",
    "VVD-leider, 3",
    "ex-VVD, -1",
    "Noord-Holland, -1",
    "Noord-Holland-achtig, 13",
    "pro-iPhone, -1",
    "woordvoerder, -1",
    "-leider, -1"
  })
  void theHyphenBeforeACompoundsLowerCaseTail(String word, int hyphen) {
    assertEquals(hyphen, NameShapes.compoundHyphen(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Gent won.                  | Gent  | true
          Toen won Gent.             | Gent  | false
          Hij zei: Gent won.         | Gent  | true
          Hij zei: „Gent won.”       | Gent  | true
          Het was zo (Gent won).     | Gent  | true
          Het was – Gent won – zo.   | Gent  | false
          """)
  void aCapitalSaysNothingAtTheStartOfASentenceQuotationOrClause(String text, String word, boolean nothing) {
    List<Token> tokens = Fixtures.article(text).paragraphs().get(0).tokens();
    int i = 0;
    while (!tokens.get(i).text().equals(word)) {
      i++;
    }
    assertEquals(nothing, NameShapes.capitalSaysNothing(tokens, i));
  }
}
