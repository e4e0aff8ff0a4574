package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  private static final DutchTextAnalyzer ANALYZER = Language.dutch().analyzer();

  private static List<String> sentences(String text) {
    List<Sentence> sentences = ANALYZER.sentences(ANALYZER.tokens(text, 0, text.length()));
    return sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Hij kwam. Zij ging.                                    | Hij kwam.~Zij ging.
          Volgens o.a. dhr. Jansen is het zo. Klaar.             | Volgens o.a. dhr. Jansen is het zo.~Klaar.
          Premier J.P. Balkenende sprak. Daarna niet.            | Premier J.P. Balkenende sprak.~Daarna niet.
          De groei was 3.5 procent. Dat is veel.                 | De groei was 3.5 procent.~Dat is veel.
          Appels, peren enz. Daarna volgde meer.                 | Appels, peren enz.~Daarna volgde meer.
          "Dat klopt." Hij knikte.                               | "Dat klopt."~Hij knikte.
          "Komt u?", vroeg hij. Ja.                              | "Komt u?", vroeg hij.~Ja.
          Wat nu? "Niets", zei ze.                               | Wat nu?~"Niets", zei ze.
          Het is zo... eigenlijk niet.                           | Het is zo... eigenlijk niet.
          Zonder punt aan het einde                              | Zonder punt aan het einde
          """)
  void splitsSentencesAtTheRightPeriods(String text, String expected) {
    assertEquals(List.of(expected.split("~")), sentences(text));
  }
}
