package nlnews.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inhabitant nouns and place adjectives, on hand-built lists ({@link HandBuiltLists}). */
class DemonymCueTest {

  private static final DemonymCue CUE = new DemonymCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          De Genkenaar werd veroordeeld.                | Genkenaar     | MISC
          Veel Gentenaren gingen kijken.                | Gentenaren    | MISC
          Een Limburger won de prijs.                   | Limburger     | MISC
          Twee Utrechters liepen mee.                   | Utrechters    | MISC
          De nieuwe Vlaams minister-president sprak.    | Vlaams        | MISC
          Het stond in De Limburger van maandag.        | De Limburger  | -
          Toen zweeg Peeters.                           | Peeters       | -
          Hij sprak met Ger.                            | Ger           | -
          """)
  void anInhabitantOrAdjectiveIsNoEntityOfThreeKinds(String text, String name, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name)));
  }
}
