package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.Article;
import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule name finder on hand-built lists ({@link HandBuiltLists}), no model involved. */
class RuleNameFinderTest {

  private static final RuleNameFinder RULES = new RuleNameFinder(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  /** The names found in {@code text} as "words/TYPE/evidence", in text order. */
  private static String names(String text) {
    Article article = Fixtures.article(text);
    List<String> names =
        RULES.tag(new TokenIndex(article)).stream()
            .map(s -> text.substring(s.start(), s.end()) + "/" + s.type() + "/" + s.evidence())
            .toList();
    return String.join(";", names);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het Kremlin zweeg.                                   | Kremlin/ORG/gazetteer
          Zij vlogen naar de Verenigde Staten.                 | Verenigde Staten/LOC/gazetteer
          Ministerie van Defensie meldde niets.                | Ministerie van Defensie/ORG/gazetteer
          De Oekraïense president sprak.                       | Oekraïense/MISC/adjective
          Kremlin-woordvoerder Dmitry Peskov reageerde.         | Kremlin/ORG/gazetteer;Dmitry Peskov/PER/title
          Het Donetsk-gebied werd beschoten.                   | Donetsk/LOC/compound
          Zij sprak met een VVD-leider.                        | VVD/ORG/compound
          Zij sprak met een Tsjaka-kenner.                     | Tsjaka/MISC/compound
          Hij reisde naar Tsjelovkovo.                         | Tsjelovkovo/LOC/place-context
          Het was rustig in de stad Tsjelovkovo.               | Tsjelovkovo/LOC/place-context
          Zij sprak met mevrouw Peeters.                       | Peeters/PER/title
          Zij sprak met Jan Peeters.                           | Jan Peeters/PER/first-name
          Toen sprak J.P. Peeters.                             | J.P. Peeters/PER/initials
          Zij sprak met Hans Jan de Wit.                       | Hans Jan de Wit/PER/particle
          De Woonbond protesteert.                             | Woonbond/ORG/organisation-word
          Toen zweeg Meuse Steel.                              | Meuse Steel/ORG/organisation-word
          Toen zweeg de NAVO.                                  | NAVO/ORG/acronym
          Toen zweeg Bas.                                      | Bas/PER/first-name
          Toen zweeg Anna Peeters.                             | Anna Peeters/PER/capitalised
          Toen zweeg Anna Maria Peeters Smit.                  | Anna Maria Peeters Smit/PER/capitalised
          Toen zweeg Anna Maria Lotte Peeters Smit.            | Anna Maria Lotte Peeters Smit/MISC/default
          Maar Peeters zweeg.                                  | Peeters/MISC/default
          minister van Begroting Katrien Vermeulen zweeg.      | Katrien Vermeulen/PER/first-name
          Marleen de Graaf sprak. De Graaf zweeg.              | Marleen de Graaf/PER/first-name;Graaf/PER/surname
          Toen sprak president Tsjaka. Later zweeg Tsjaka.     | Tsjaka/PER/title;Tsjaka/PER/title-elsewhere
          Frank Peeters sprak.                                 | Frank Peeters/PER/first-name
          Van der Berg sprak.                                  | Van der Berg/PER/particle
          De buren van Van Gent klaagden.                      | Van Gent/PER/capitalised
          Van Gent naar Harderwijk is het ver.                 | Gent/LOC/gazetteer;Harderwijk/LOC/gazetteer
          Frank sprak.                                         | ``
          """)
  void findsAndTypesNames(String text, String expected) {
    assertEquals(expected, names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          de regering kwam bijeen en besloot niets.
          Dinsdag werden de gesprekken hervat.
          Tijdens de top zweeg men. Ook tijdens het diner.
          minister van Defensie zweeg.
          Oud-premier sprak niet.
          Gastland sprak.
          """)
  void findsNothing(String text) {
    assertEquals("", names(text));
  }
}
