package nlnews.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A title before a name or a party after it, on hand-built lists ({@link HandBuiltLists}). */
class PersonCueTest {

  private static final PersonCue CUE = new PersonCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Dat vindt SP-leider Kox niet.                       | Kox            | PER
          Volgens mevrouw Verhaegen kan het niet.             | Verhaegen      | PER
          Zoals Tuinstra (CDA) het zei, is het voorbij.       | Tuinstra       | PER
          Minister Peeters (Open VLD) reageert.               | Peeters        | PER
          Tuinstra sprak met de pers.                         | Tuinstra       | -
          De partij van Tuinstra (Nijmegen) groeit.           | Tuinstra       | -
          De premier bezocht het Kremlin gisteren.            | Kremlin        | -
          Volgens minister Stichting Salvage niet.            | Stichting Salvage | -
          """)
  void aTitleOrAPartyMakesAPerson(String text, String name, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name)));
  }

  @ParameterizedTest(name = "{1} ({2}) in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Hij trekt een parallel met Bas Kroepoek.      | Bas Kroepoek        | ORG  | PER
          Hij trekt een parallel met Jan Kroepoek.      | Jan Kroepoek        | LOC  | PER
          Hij trekt een parallel met Jan Kroepoek.      | Jan Kroepoek        | MISC | -
          Ze kocht het bij Jan Kroepoek Bond.           | Jan Kroepoek Bond   | ORG  | -
          Ze liep door de Willem Kroepoekstraat.        | Willem Kroepoekstraat | LOC | -
          Ze woont in Jan Gent.                         | Jan Gent            | LOC  | -
          Ze kocht het bij Kroepoek Holland.            | Kroepoek Holland    | ORG  | -
          """)
  void aNameOpenedByAFirstNameIsAPersons(String text, String name, nlnews.model.EntityType type, String expected) {
    CueAssert.says(expected, CUE.byFirstName(ModelSpans.tokens(text, name), type));
  }
}
