package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs of capitalised words the gazetteer does not know, in hand-built sentences with hand-built
 * lists, outside what {@link KnownNameMatcher} claimed; no model involved.
 */
class CapitalRunFinderTest {

  private static final KnownNameMatcher MATCHER = new KnownNameMatcher(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);
  private static final CapitalRunFinder RUNS = new CapitalRunFinder(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Gisteren sprak Marleen de Graaf in de zaal.            | Marleen de Graaf/PER/first-name
          Gisteren sprak J. van Dijk in de zaal.                  | J. van Dijk/PER/initials
          Gisteren sprak minister Katrien Vermeulen in de zaal.   | Katrien Vermeulen/PER/title
          Gisteren sprak minister van Begroting Katrien Vermeulen. | Katrien Vermeulen/PER/first-name
          Maar Vermeulen zweeg de hele dag.                       | Vermeulen/MISC/default
          Zij reisde gisteren naar Tsjelovkovo.                   | Tsjelovkovo/LOC/place-context
          Gisteren sprak de Ondernemersbond in de zaal.           | Ondernemersbond/ORG/organisation-word
          Het Kremlin zweeg.                                      | ``
          Het regende de hele dag in de stad.                     | ``
          """)
  void findsTheRunsTheGazetteerDoesNotKnow(String text, String expected) {
    SentenceView sentence = NameRunsFixture.sentence(text.trim());
    assertEquals(expected.trim(), NameRunsFixture.show(RUNS.find(sentence, MATCHER.match(sentence))));
  }
}
