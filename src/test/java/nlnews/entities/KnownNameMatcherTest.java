package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names the gazetteer knows, found in hand-built sentences with hand-built lists; no model involved. */
class KnownNameMatcherTest {

  private static final KnownNameMatcher MATCHER = new KnownNameMatcher(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het Kremlin zweeg.                           | Kremlin/ORG/gazetteer
          Zij vlogen naar de Verenigde Staten.         | Verenigde Staten/LOC/gazetteer
          De Oekraïense president sprak.               | Oekraïense/MISC/adjective
          Zij sprak met een VVD-leider in Gent.        | VVD/ORG/compound;Gent/LOC/gazetteer
          Het Donetsk-gebied werd beschoten.           | Donetsk/LOC/compound
          Gent en Genk liggen in België.               | Gent/LOC/gazetteer;Genk/LOC/gazetteer;België/LOC/gazetteer
          De kerk van Utrechtse boeren staat leeg.     | `` 
          Het regende de hele dag in de stad.          | ``
          """)
  void findsTheNamesTheGazetteerKnows(String text, String expected) {
    assertEquals(expected.trim(), NameRunsFixture.show(MATCHER.match(NameRunsFixture.sentence(text.trim())).names()));
  }
}
