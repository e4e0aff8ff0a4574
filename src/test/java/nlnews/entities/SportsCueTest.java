package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Teams named after their town or country in match reports, on hand-built lists ({@link HandBuiltLists}). */
class SportsCueTest {

  private static final SportsCue CUE = new SportsCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  private static final String MATCH = " De trainer zag een zege van 2-1 in een matige wedstrijd.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          De trainer zag een zege van 2-1 in een matige wedstrijd.                  | true
          De doelman, de bondscoach en de trainer na de wedstrijd: een nederlaag.     | true
          De trainer van het bedrijf sprak over een zege.                             | false
          De zege van de partij was groot: 2-1 in zetels.                             | false
          """)
  void aMatchReportHasWordsOfMatchesAndAScore(String text, boolean expected) {
    assertEquals(expected, CUE.isMatchReport(new TokenIndex(Fixtures.article(text))));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Genk won van Gent.                         | Genk        | ORG
          Het werd een nederlaag tegen België.       | België      | ORG
          Ze speelden in Genk voor volle tribunes.   | Genk        | -
          De bus reed naar Gent terug.               | Gent        | -
          Ze spelen tegen clubs uit Utrecht en Genk. | Genk        | -
          Ze spelen tegen clubs uit Utrecht, Gent en Genk. | Genk  | -
          Genk en Gent wonnen allebei.               | Gent        | ORG
          Limburg kleurde blauw-wit.                 | Limburg     | -
          Het Kremlin keek mee.                      | Kremlin     | -
          """)
  void inAMatchReportATownWithoutAPlaceWordIsTheTeam(String text, String name, String expected) {
    String article = text + MATCH;
    TokenIndex index = new TokenIndex(Fixtures.article(article));
    TypeCue cue = CUE.isMatchReport(index) ? CUE.team(ModelSpans.tokens(article, name)) : null;
    CueAssert.says(expected, cue);
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Jong Utrecht won van de koploper.          | Jong Utrecht  | ORG
          Jong Genk speelt zondag.                   | Jong Genk     | ORG
          Jong Peeters speelt zondag.                | Jong Peeters  | -
          Jan Utrecht speelt zondag.                 | Jan Utrecht   | -
          """)
  void aReserveSideIsATeamAnywhere(String text, String name, String expected) {
    CueAssert.says(expected, CUE.reserveSide(ModelSpans.tokens(text, name)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          In Genk-Gent vallen altijd kansen.        | Genk-Gent        | Genk/ORG/team-pairing;Gent/ORG/team-pairing
          In Genk-Limburg vallen altijd kansen.     | Genk-Limburg     | -
          In Genk-Kroepoek vallen altijd kansen.    | Genk-Kroepoek    | -
          De lijn Gent-Genk-Utrecht rijdt.          | Gent-Genk-Utrecht | -
          """)
  void aPairingOfTwoTownsIsTwoTeams(String text, String name, String expected) {
    nlnews.text.TokenIndex index = new nlnews.text.TokenIndex(Fixtures.article(text));
    int start = text.indexOf(name);
    java.util.List<NameSpan> teams = CUE.pairing(index, new NameSpan(start, start + name.length(), nlnews.model.EntityType.LOC, 1, "model"));
    assertEquals(expected, teams == null ? "-" : ModelSpans.show(text, teams));
  }
}
