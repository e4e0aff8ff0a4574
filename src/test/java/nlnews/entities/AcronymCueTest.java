package nlnews.entities;

import nlnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An acronym in brackets after the name it abbreviates, with no lists at all. */
class AcronymCueTest {

  private static final AcronymCue CUE = new AcronymCue();

  @ParameterizedTest(name = "{2} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          De Stichting Groene Haven (SGH) protesteert.     | Stichting Groene Haven | SGH  | ORG  | ORG
          De Partij voor de Arbeid (PvdA) groeit.          | Partij voor de Arbeid  | PvdA | ORG  | ORG
          De Stichting Groene Haven (SG) protesteert.      | Stichting Groene Haven | SG   | ORG  | -
          Anne Jansen (AJ) protesteert.                    | Anne Jansen            | AJ   | PER  | -
          De Stichting Groene Haven en SGH protesteren.    | Stichting Groene Haven | SGH  | ORG  | -
          """)
  void anAcronymInBracketsIsWhatItAbbreviates(String text, String name, String acronym, EntityType type, String expected) {
    int start = text.indexOf(name);
    NameSpan before = new NameSpan(start, start + name.length(), type, 1, "model");
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, acronym), before, type));
  }
}
