package nlnews.entities;

import nlnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name in brackets after a person's, on hand-built lists ({@link HandBuiltLists}). */
class AffiliationCueTest {

  private static final AffiliationCue CUE = new AffiliationCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{2} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          De jury: Anke Wouters (UAntwerpen) en anderen.     | Anke Wouters | UAntwerpen | ORG
          Volgens Jan Smulders (Rabobank) daalt de rente.   | Jan Smulders | Rabobank  | ORG
          Lies Maes (Gent) won de prijs.                     | Lies Maes    | Gent       | -
          Het rapport (Deltares) is klaar.                   | -            | Deltares   | -
          Anke Wouters (UAntwerpen, VIB) sprak.              | Anke Wouters | UAntwerpen | -
          Dat zegt Jan Smulders van Medilux vandaag.        | Jan Smulders | Medilux   | ORG
          Dat zegt Jan Smulders van de Spaarbank vandaag.   | Jan Smulders | Spaarbank | ORG
          Dat zegt Jan Smulders van Gent vandaag.           | Jan Smulders | Gent      | -
          Dat is de zoon van Jan Smulders.                  | -            | Jan Smulders | -
          Het boek van Medilux is uit.                       | -            | Medilux    | -
          De Baaikom van Medilux is uit.                     | De Baaikom   | Medilux    | -
          Volgens Smulders (Medilux) daalt de rente.         | Smulders     | Medilux    | ORG
          """)
  void anAffiliationInBracketsIsAnOrganisation(String text, String person, String name, String expected) {
    NameSpan before = person.equals("-") ? null
        : new NameSpan(text.indexOf(person), text.indexOf(person) + person.length(), EntityType.PER, 1, "model");
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name), before));
  }

  @ParameterizedTest(name = "{1} ({2}) in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Dat zegt een woordvoerder van de Omroep Zuid.        | Omroep Zuid     | MISC | ORG
          Dat zegt de leider van Zwartwit Groep.               | Zwartwit Groep  | MISC | ORG
          Dat zegt de minister van Zwartwit.                   | Zwartwit        | MISC | -
          Dat zegt de woordvoerder van Peeters.                | Peeters         | PER  | -
          Dat zegt de woordvoerder van Jan Peeters.            | Jan Peeters     | MISC | -
          Dat zegt de woordvoerder van Gent.                   | Gent            | MISC | -
          Dat zegt de vriend van Zwartwit.                     | Zwartwit        | MISC | -
          Dat zegt de ceo van Rabo Holland.                    | Rabo Holland    | PER  | ORG
          Dat zegt de ceo van Rabo.                            | Rabo            | PER  | -
          """)
  void aNameAfterARoleAndVanIsTheOrganisation(String text, String name, EntityType type, String expected) {
    CueAssert.says(expected, CUE.ofRole(ModelSpans.tokens(text, name), type));
  }
}
