package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The purpose rule on its own: whether a marked cue stands in a clause of purpose ({@link ShapingFixture}). */
class PurposeTest {

  private static final Purpose PURPOSE = new Purpose(ShapingFixture.LEXICON.words());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          # between "om" (or "teneinde") and "te" with its infinitive: an aim
          De club zoekt sponsors om de kaartjes [betaalbaar] te houden. | purpose x0.5
          Om de zorg in de regio [betaalbaar] te houden, is geld nodig. | purpose x0.5
          Ze trainde elke dag om te [winnen].                          | purpose x0.5
          De buurt kwam samen om het [feest] te vieren.                 | purpose x0.5
          De stad neemt maatregelen teneinde de [schade] te beperken.   | purpose x0.5
          Ze deed alles om het te [zien].                              | purpose x0.5
          # nothing: "om" as a preposition, a cue after the infinitive or in another clause
          Om tien uur begon het [feest].                                |
          Het gaat om een [succes] van de hele ploeg.                   |
          Ze kwamen om het te vieren, en de [stemming] was goed.        |
          Het draait om mensen die [graag] te voet gaan.               |
          Om half negen was het te [laat].                              |
          De [winst] steeg, om precies te zijn met tien procent.        |
          # counterexample from a sports report: the aim can be the event itself; the rule still weighs it less
          Duizenden fans trokken naar het plein om de [titel] te vieren. | purpose x0.5
          """)
  void aCueInAClauseOfPurpose(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(PURPOSE.of(f.sentence(), f.cue())), marked);
  }
}
