package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.model.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataHeaderTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ' date 2022-03 De vredesonderhandelingen'  | 2022-03    | ' De vredesonderhandelingen'
          'date 2023-05-17\\n\\nTekst.'              | 2023-05-17 | '\\n\\nTekst.'
          'date 2022-13 Tekst.'                      | ''         | 'date 2022-13 Tekst.'
          'date 2021-02-30\\nTekst.'                 | ''         | 'date 2021-02-30\\nTekst.'
          'Tekst met date 2022-03 erin.'             | ''         | 'Tekst met date 2022-03 erin.'
          'date 2022-03'                             | 2022-03    | ''
          'dates 2022-03 x'                          | ''         | 'dates 2022-03 x'
          """)
  void aLeadingDateBecomesMetadata(String raw, String date, String body) {
    String text = raw.replace("\\n", "\n");
    SourceText source = MetadataHeader.read("a.txt", text);
    assertEquals(date, source.date());
    assertEquals(body.replace("\\n", "\n"), text.substring(source.bodyStart()));
  }
}
