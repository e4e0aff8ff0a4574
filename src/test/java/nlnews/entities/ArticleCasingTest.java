package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleCasingTest {

  private static ArticleCasing casing(String text) {
    return ArticleCasing.of(new TokenIndex(Fixtures.article(text)));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Tijdens de top zweeg men. Ook tijdens het diner.   | tijdens | true
          Tijdens de top zweeg men.                          | tijdens | false
          Het was stil. Toen kwam Peeters.                   | peeters | false
          """)
  void wordsWrittenInLowerCase(String text, String lower, boolean written) {
    assertEquals(written, casing(text).writesLowerCase(lower));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Toen kwam Peeters.                     | Peeters | true  | true
          Peeters kwam.                          | Peeters | false | false
          Hij zei: Peeters kwam.                 | Peeters | false | false
          Toen kwam Dennis V. binnen.            | V.      | false | true
          V. ontkende alles.                     | V.      | false | false
          Toen kwam dhr. Peeters.                | dhr.    | false | false
          """)
  void wordsAndInitialsCapitalisedInsideASentence(String text, String word, boolean capitalised, boolean withInitials) {
    ArticleCasing casing = casing(text);
    assertEquals(capitalised, casing.capitalisesInside(word));
    assertEquals(withInitials, casing.capitalisesOrInitialsInside(word));
  }
}
