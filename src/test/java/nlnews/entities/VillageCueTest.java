package nlnews.entities;

import nlnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Villages as weak evidence, on hand-built lists ({@link HandBuiltLists}). */
class VillageCueTest {

  private static final VillageCue CUE = new VillageCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} ({2}) in: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het regende hard in Ovezande.                 | Ovezande        | PER  | LOC
          Het regende hard in 's-Gravenpolder.          | 's-Gravenpolder | MISC | LOC
          De wijk bij Heverlee liep onder.              | Heverlee        | ORG  | LOC
          Bewoners van Heverlee klagen.                 | Heverlee        | ORG  | LOC
          Dat zei Rutten gisteren.                      | Rutten          | PER  | -
          Rutten zei het gisteren.                      | Rutten          | MISC | -
          Het regende hard in Zwartdorp.                | Zwartdorp       | MISC | -
          """)
  void aVillageIsAPlaceWhereTheWordsLetItBeOne(String text, String name, EntityType type, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name), type));
  }
}
