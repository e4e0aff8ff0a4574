package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contrast rule on its own: the factors of a sentence's markers for a marked cue ({@link ShapingFixture}). */
class ContrastWeightTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          # after "maar" a cue weighs more, before it less
          Het akkoord is goed, maar de gevolgen zijn [rampzalig].       | after-contrast x1.5
          Het [akkoord] is goed, maar de gevolgen zijn rampzalig.       | before-contrast /1.5
          # "echter" strengthens its own clause and weakens the clauses before it
          De vooruitzichten zijn echter [somber].                       | after-contrast x1.5
          De [vooruitzichten] zijn echter somber.                       | after-contrast x1.5
          De cijfers waren [goed], de vooruitzichten zijn echter somber. | before-contrast /1.5
          # a concessive clause weighs less, also before "maar"
          Hoewel de [omzet] daalde, steeg de winst.                     | concessive x0.5
          Weliswaar [groeide] de economie, maar de werkloosheid nam toe. | concessive x0.5 before-contrast /1.5
          # a longer marker counts once: "maar toch" is not also "toch"
          Het liep slecht af, maar toch was de ploeg [tevreden].       | after-contrast x1.6
          # nothing: no marker, the main clause after a concession, a marker inside the cue
          Het [resultaat] was goed.                                     |
          Hoewel de omzet daalde, steeg de [winst].                     |
          De uitslag was [niet alleen goed].                            |
          # nothing: phrases with "maar" that contrast nothing (only, no less than, also, doubt)
          Het is nog maar de vraag of de [groei] doorzet.               |
          Het is maar de vraag of het plan [lukt].                      |
          Er kwamen maar liefst tienduizend [fans] naar het plein.      |
          Niet alleen de omzet, maar ook de [winst] groeide.            |
          Het duurde maar even, daarna was de [storing] voorbij.        |
          Er is alleen maar [goed] nieuws.                              |
          # counterexample from a sports report: a real "maar" still weighs
          De ploeg speelde goed, maar de [nederlaag] was niet te vermijden. | after-contrast x1.5
          """)
  void theMarkersOfTheCuesSentence(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(ContrastWeight.of(f.sentence(), f.cue())), marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          # a sentence that opens with a marker weakens the paragraph's sentences before it
          Maar de [vooruitzichten] zijn somber.                         | before-contrast /1.5
          `"Maar de [vooruitzichten] zijn somber," zei hij.`            | before-contrast /1.5
          De [cijfers] waren echter slecht.                             | before-contrast /1.5
          # nothing: no marker, or one that does not open the sentence, or one that contrasts nothing
          De [cijfers] waren slecht.                                    |
          Maar ook de [cijfers] waren slecht.                           |
          De cijfers waren slecht, maar de [vooruitzichten] goed.       |
          Hoewel de [cijfers] slecht waren, is er hoop.                 |
          """)
  void aSentenceThatOpensWithAMarker(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(ContrastWeight.opening(f.sentence())), marked);
  }
}
