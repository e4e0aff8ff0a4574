package nlnews.entities;

import nlnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names that speak, on hand-built lists ({@link HandBuiltLists}). */
class ReportingVerbCueTest {

  private static final ReportingVerbCue CUE = new ReportingVerbCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} ({2}) in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Dat is te duur, zegt Wouters.                 | Wouters      | MISC | PER
          Het is te laat, aldus De Smet.                | De Smet      | MISC | PER
          Volgens Wouters daalt het vertrouwen.         | Wouters      | MISC | PER
          Volgens GfK daalt het vertrouwen.             | GfK          | MISC | ORG
          Wouters zei dat het te duur was.              | Wouters      | MISC | PER
          Volgens Promotie Gent groeit het.             | Promotie Gent | MISC | ORG
          Volgens Tjeenk Willink groeit het.            | Tjeenk Willink | MISC | PER
          Het is te laat, zegt Wouters.                 | Wouters      | PER  | -
          Het is te laat, zegt Gent.                    | Gent         | LOC  | -
          Wouters aldus de krant.                       | Wouters      | MISC | -
          Ze las Wouters gisteren.                      | Wouters      | MISC | -
          Het Belgische team zegt niets.                | Belgische    | MISC | -
          """)
  void aNameThatSpeaksIsAPersonOrAnOrganisation(String text, String name, EntityType type, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name), type));
  }
}
