package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counterfactual rule on its own: whether a marked cue's clause says what did not happen ({@link ShapingFixture}). */
class CounterfactualTest {

  private static final Counterfactual COUNTERFACTUAL = new Counterfactual(ShapingFixture.LEXICON.words());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          # a past auxiliary and a modal: what could or should have been
          Het had veel [erger] kunnen zijn.                             | counterfactual x0.5
          Op basis van het spel hadden we moeten [winnen].              | counterfactual x0.5
          Dat had [beter] gekund.                                       | counterfactual x0.5
          De [brug] had al lang open moeten zijn.                       | counterfactual x0.5
          # nothing: an allegation or a possibility with "zou", "had" without a modal, a modal without "had"
          Hij zou de man hebben [mishandeld].                           |
          De economie zou kunnen [groeien].                             |
          Ze had een [goede] dag.                                       |
          We moeten dit jaar [winnen].                                  |
          Het had veel gekost, maar de [brug] kan weer open.            |
          # counterexample from a weather report: a real event with "had" stays as it is
          De storm had grote [schade] aangericht.                       |
          """)
  void aCueInACounterfactualClause(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(COUNTERFACTUAL.of(f.sentence(), f.cue())), marked);
  }
}
