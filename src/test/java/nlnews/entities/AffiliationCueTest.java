package nlnews.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name in brackets after a person's, on hand-built lists ({@link HandBuiltLists}). */
class AffiliationCueTest {

  private static final AffiliationCue CUE = new AffiliationCue(HandBuiltLists.GAZETTEER);

  @ParameterizedTest(name = "{2} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          De jury: Anke Wouters (UAntwerpen) en anderen.     | Anke Wouters | UAntwerpen | ORG
          Volgens Piet Smulders (Rabobank) daalt de rente.   | Piet Smulders | Rabobank  | ORG
          Lies Maes (Gent) won de prijs.                     | Lies Maes    | Gent       | -
          Het rapport (Deltares) is klaar.                   | -            | Deltares   | -
          Anke Wouters (UAntwerpen, VIB) sprak.              | Anke Wouters | UAntwerpen | -
          """)
  void anAffiliationInBracketsIsAnOrganisation(String text, String person, String name, String expected) {
    int personEnd = person.equals("-") ? -1 : text.indexOf(person) + person.length();
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name), personEnd));
  }
}
