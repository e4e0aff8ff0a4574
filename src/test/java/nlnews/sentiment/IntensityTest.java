package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intensity rule on its own: the intensifier or downtoner that scales a marked cue ({@link ShapingFixture}). */
class IntensityTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          # right before the cue, or with one word between; the nearest counts
          Het was een zeer [teleurstellend] resultaat.                  | intensified x1.5
          Er zijn zeer grote [zorgen] over de begroting.                | intensified x1.3
          Het was een heel erg [slecht] jaar.                           | intensified x1.4
          # next to a word of a composition, before or after it
          De [werkloosheid] [steeg] fors.                               | intensified x1.3
          Het aantal [faillissementen] is licht [gedaald].              | downtoned x0.85
          # a downtoner takes half as much off a composition as off a word
          De [koers] [daalde] licht.                                    | downtoned x0.85
          Het was een licht [teleurstellend] resultaat.                 | downtoned x0.7
          # nothing: no intensifier, one too far, or a boundary between
          Het was een [teleurstellend] resultaat.                       |
          Zeer veel mensen vonden het [teleurstellend].                 |
          Het was zeer, [teleurstellend] zelfs.                         |
          Het was zeer duur maar [teleurstellend].                      |
          Het [resultaat] was zeer goed.                                |
          """)
  void theIntensifierThatScalesTheCue(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(Intensity.of(f.sentence(), f.cue())), marked);
  }
}
