package nlnews.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names inside quoted titles, on hand-built lists ({@link HandBuiltLists}). */
class TitleQuoteCueTest {

  private static final TitleQuoteCue CUE = new TitleQuoteCue(HandBuiltLists.GAZETTEER);

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Hij zong 'Zwarte Rozen' en 'Kleine Jan' op het plein.      | Kleine Jan    | MISC
          Ze presenteert ‘Het Beste van Zwartdorp’ op zondag.         | Zwartdorp     | MISC
          Het boek "De Reis van Tsjaka" verscheen.                    | Tsjaka        | MISC
          Het boek "De Reis naar Tsjaka" verscheen.                   | Tsjaka        | -
          Hij zei aan 'De Limburger' dat het zo was.                  | De Limburger  | -
          Ze riepen 'Peeters moet weg' op het plein.                  | Peeters       | -
          Dat is 'Gent', zei hij.                                     | Gent          | -
          Volgens Peeters is het voorbij.                             | Peeters       | -
          """)
  void aNameInAShortQuotedTitleIsPartOfTheTitle(String text, String name, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name)));
  }
}
