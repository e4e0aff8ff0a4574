package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nlnews.model.ParagraphTone;
import nlnews.model.ToneCue;
import nlnews.model.ToneLabel;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneScorerTest {

  private static ParagraphTone tone(String text) {
    List<ParagraphTone> tones = Fixtures.analyse(text).tones();
    assertEquals(1, tones.size(), tones.toString());
    return tones.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het was een succesvolle en constructieve bijeenkomst.          | positive
          De onderhandelingen zijn vastgelopen.                          | negative
          De werkloosheid daalde in maart.                               | positive
          De werkloosheid steeg in maart.                                | negative
          Het aantal faillissementen nam vorig jaar flink af.            | positive
          De inflatie liep in april op.                                  | negative
          Er is geen doorbraak bereikt.                                  | negative
          Hij is niet optimistisch over de toekomst.                     | negative
          Er bleef weinig over van dat optimisme.                        | negative
          Het was weliswaar rustig, maar de bombardementen gingen door.  | negative
          Ze is niet somber.                                             | positive
          """)
  void labelsSentencesByTheirCues(String text, String label) {
    assertEquals(ToneLabel.valueOf(label.toUpperCase()), tone(text).label(), tone(text).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Het kabinet vergaderde dinsdag in Den Haag.
          De minister van Financiën sprak met de Tweede Kamer.
          Het gaat om 360.000 mensen in 12 provincies.
          Wethouder Jan de Goede opende de brug.
          Voorzitter Anna Blij sprak de raad toe.
          Moskou wil zich richten op de "bevrijding" van de regio.
          """)
  void factsNamesAndScareQuotesStayNeutral(String text) {
    ParagraphTone t = tone(text);
    assertEquals(ToneLabel.NEUTRAL, t.label(), t.toString());
  }

  @Test
  void negationIsShownOnTheCue() {
    ParagraphTone t = tone("Maar woensdag bleef er weinig over van dat optimisme.");
    ToneCue cue = t.negativeCues().get(0);
    assertEquals("optimisme", cue.text());
    assertTrue(cue.flags().contains("negated"), cue.toString());
    assertTrue(cue.describe().startsWith("optimisme(-"), cue.describe());
  }

  @Test
  void whatFollowsMaarWeighsMore() {
    ParagraphTone t = tone("Het akkoord is goed, maar de gevolgen zijn rampzalig.");
    assertEquals(ToneLabel.NEGATIVE, t.label(), t.toString());
    assertTrue(t.cues().stream().anyMatch(c -> c.flags().contains("after-contrast")), t.toString());
  }

  @Test
  void aHeadlineScoresLikeAParagraphWithTheSameCues() {
    double headline = tone("Doorbraak in overleg").score();
    double paragraph = tone("Na lange gesprekken en vele uren in een zaal vol mensen kwam er gisteravond in het overleg een doorbraak.").score();
    assertEquals(headline, paragraph, 1e-9);
  }

  @Test
  void scoresStayInRange() {
    ParagraphTone t = tone("Ramp! Catastrofe! Oorlog, dood, verderf, geweld, paniek, crisis, armoede, honger en ellende!");
    assertTrue(t.score() >= -1 && t.score() < -0.9, t.toString());
  }
}
