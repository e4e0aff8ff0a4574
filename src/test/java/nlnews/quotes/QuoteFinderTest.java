package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nlnews.model.Article;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

  private static final QuoteFinder FINDER = new QuoteFinder(SpeechVerbs.load(), QuoteNouns.load());

  /** The quotations found, as "kind:text". */
  private static List<String> quotes(String text) {
    Article article = Fixtures.article(text.replace("\\n", "\n"));
    QuoteMarks marks = FINDER.find(article);
    return marks.quotes().stream()
        .map(q -> q.kind().label() + ":" + article.slice(q.start(), q.end()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          "Dat klopt", zei hij.                                  | direct:Dat klopt
          „Dat klopt”, zei hij.                                  | direct:Dat klopt
          “Dat klopt”, zei hij.                                  | direct:Dat klopt
          ‘Dat klopt’, zei hij.                                  | direct:Dat klopt
          'Dat klopt', zei hij.                                  | direct:Dat klopt
          «Dat klopt», zei hij.                                  | direct:Dat klopt
          ,,Dat klopt'', zei hij.                                | direct:Dat klopt
          ,,Dat klopt”, zei hij.                                 | direct:Dat klopt
          Hij zei: "Zo'n auto's koop ik 's avonds niet."         | direct:Zo'n auto's koop ik 's avonds niet.
          ‘In de jaren ’80 kon dat’, zei ze.                     | direct:In de jaren ’80 kon dat
          Hij noemde het plan "onuitvoerbaar en duur".           | partial:onuitvoerbaar en duur
          Ze richten zich op de "bevrijding" van de regio.       | scare:bevrijding
          „Het is ‘raar’ allemaal”, zei hij.                     | direct:Het is ‘raar’ allemaal
          """)
  void pairsEveryQuotationStyle(String text, String expected) {
    assertEquals(List.of(expected), quotes(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Zo'n auto's rijden 's avonds niet in Kyiv's centrum.
          Kees' fiets en Frans' boek stonden buiten.
          In de jaren '80 en '90 was dat anders.
          """)
  void apostrophesAreNotQuotes(String text) {
    assertEquals(List.of(), quotes(text));
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOne() {
    String text = "Hij zei: \"Eerst dit.\n\n\"Dan dat.\n\n\"En tot slot dit.\"\n\nEinde.";
    List<String> found = quotes(text);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("direct:Eerst dit."), found.toString());
    assertTrue(found.get(0).endsWith("En tot slot dit."), found.toString());
  }

  @Test
  void splitQuotesAreTwoDirectQuotes() {
    assertEquals(
        List.of("direct:Eerst dit", "direct:en dan dat."),
        quotes("\"Eerst dit\", zegt Jansen, \"en dan dat.\""));
  }

  @Test
  void anUnpairedMarkIsANoteAndTheOtherQuotesStand() {
    Article article = Fixtures.article("Hij zei: \"We gaan door.\n\nDaarna sprak zij. \"Goed\", zei ze.\n\nEn toen \"niets meer.");
    QuoteMarks marks = FINDER.find(article);
    assertEquals(1, marks.quotes().size());
    assertEquals("Goed", article.slice(marks.quotes().get(0).start(), marks.quotes().get(0).end()));
    assertTrue(marks.notes().size() >= 1, marks.notes().toString());
  }
}
