package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The negation rule on its own: which negator governs a marked cue ({@link ShapingFixture}). */
class NegationTest {

  private static final Negation NEGATION = new Negation(ShapingFixture.LEXICON.words());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          # a negator before the cue, within its scope in content words
          Hij is niet [optimistisch] over de toekomst.                  | negated x-0.8
          Ze vindt het plan absoluut geen [succes].                     | negated x-0.8
          # function words do not count toward the scope
          Er bleef weinig over van dat [optimisme].                     | negated x-0.8
          # a hedge dampens
          Het is niet per se [slecht].                                  | dampened x0.3
          # a negated verb of saying or thinking reaches what it says
          We kunnen niet stellen dat er een [doorbraak] is.             | negated x-0.8
          # after the cue, at the end of a verb-final clause
          Ze zegt dat hij de [mooie] woorden niet gelooft.              | negated x-0.8
          Het [optimisme] was ver te zoeken.                            | negated x-0.8
          # between the words of a composition
          De [inflatie] [neemt] niet [toe].                             | negated x-0.8
          # right after a change verb that follows its target
          De [economie] {groeit} nauwelijks in het eerste kwartaal.     | negated x-0.8
          De [werkloosheid] {daalt} niet zo hard als in Duitsland.      | negated x-0.8
          # "verre van" flips; "niet dat" flips what follows in its clause
          De prestatie was verre van [slecht].                          | negated x-0.8
          Niet dat de prestatie van de hele ploeg [uitstekend] was.     | negated x-0.8
          # nothing: what is not known or not clear is not negated, nor "niets dan"
          De oorzaak van de [brand] is nog niet bekend.                 |
          De oorzaak van de [brand] is niet bekend.                     |
          Het is niet duidelijk of de [groei] doorzet.                  |
          De nieuwe trainer kreeg niets dan [lof].                      |
          # counterexample from a court report: a plain "niet" after the cue still negates
          De [straf] was niet zwaar.                                    | negated x-0.8
          # nothing: no negator, or one that does not reach the cue
          Het [akkoord] is goed.                                        |
          Er is geen reden tot zorg over de [winst].                    |
          Hij is [optimistisch], maar niet over de toekomst.            |
          Het is [verstandig] dat de bank het krediet niet verhoogt.    |
          Ook na een [faillissement] zijn we nog niet van de Grieken af. |
          # phrases that negate nothing
          Een [faillissement] valt niet uit te sluiten.                 |
          Het is niet alleen [goed].                                    |
          # a sentence adverb judges the negated clause
          Dat werkt [helaas] niet.                                      |
          # a negator inside another expression stays there
          De bond is <niet overtuigd> van de [ontslagen].               |
          """)
  void theNegatorThatGovernsTheCue(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(NEGATION.of(f.sentence(), f.cue(), f.cues())), marked);
  }
}
