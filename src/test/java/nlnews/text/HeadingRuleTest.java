package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingRuleTest {

  private static final DutchTextAnalyzer ANALYZER = Language.dutch().analyzer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Russische belofte lijkt voorbode nieuwe aanval                          | true
          Rutte: 'We moeten door'                                                 | true
          Maar woensdag bleef er weinig over van dat optimisme.                   | false
          'We moeten door.'                                                       | false
          Wat nu?                                                                 | false
          Een heel lange regel zonder punt die veel te veel woorden heeft om nog een kop te zijn echt waar | false
          """)
  void shortLinesWithoutFinalPunctuationAreHeadings(String text, boolean heading) {
    assertEquals(heading, HeadingRule.isHeading(text, 0, text.length(), ANALYZER.tokens(text, 0, text.length())));
  }
}
