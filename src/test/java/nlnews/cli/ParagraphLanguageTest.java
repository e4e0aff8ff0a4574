package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: a paragraph in another language than its article, where an analyst sees it. */
class ParagraphLanguageTest {

  /** Written for this test: Dutch, an English quotation, Frisian, then short Dutch and English paragraphs. */
  private static final String MIXED = """
      De gemeenteraad van Leeuwarden heeft dinsdagavond ingestemd met het plan voor een nieuw zwembad \
      aan de rand van de stad. De bouw begint volgend jaar en moet twee jaar duren.

      De Britse architect die het ontwerp maakte, was bij de vergadering aanwezig. "We wanted a building \
      that is open to everyone in the city, and we think that the people of this town will love it when \
      it is finished," he said after the vote.

      It plan hat lang op him wachtsje litten. Neffens de wethâlder wie der earst net genôch jild foar, \
      mar no hat de provinsje in grut part fan de kosten op har nommen en kin it wurk begjinne.

      Wethouder De Boer is tevreden. "Dit is een goede dag voor de stad," zei ze.

      "Thank you all, and see you at the opening," she added.
      """;

  @Test
  void issue18TheSentimentTableNamesTheParagraphsThatDiffer() {
    TestConsole.Run run = TestConsole.run(MIXED, "sentiment", "-q", "-f", "csv", "-");
    assertEquals(0, run.exit(), run.stderr());
    List<String> languages = run.stdout().lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
    assertEquals(List.of("", "eng", "fry", "", ""), languages, run.stdout());
    assertEquals("", run.stderr(), "the article is Dutch: no note");
  }

  @Test
  void issue18TheTextReportMarksTheParagraphsThatDiffer() {
    TestConsole.Run run = TestConsole.run(MIXED, "sentiment", "-q", "-");
    assertEquals(0, run.exit(), run.stderr());
    List<String> lines = run.stdout().lines().filter(l -> l.matches("\\s+\\d+.*")).toList();
    assertEquals(5, lines.size(), run.stdout());
    assertTrue(lines.get(1).contains(" [English]"), lines.get(1));
    assertTrue(lines.get(2).contains(" [Frisian]"), lines.get(2));
    assertTrue(lines.stream().filter(l -> l.contains(" [")).count() == 2, run.stdout());
  }
}
