package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.Token;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenIndexTest {

  private static final String TEXT = "Het regent. Toen kwam Peeters.\n\nDe zon scheen.";
  private static final TokenIndex INDEX = new TokenIndex(Fixtures.article(TEXT));

  @ParameterizedTest(name = "offset {0}")
  @CsvSource({
    "0, Het",
    "4, regent",
    "10, .",
    "22, Peeters",
    "32, De",
    "1, ",
    "3, ",
    "29, .",
    "30, ",
    "31, ",
    "46, ",
    "1000, "
  })
  void theTokenThatStartsAtAnOffset(int offset, String token) {
    int i = INDEX.tokenStartingAt(offset);
    assertEquals(token == null ? "none" : token, i < 0 ? "none" : INDEX.get(i).text());
  }

  @Test
  void sentencesKnowTheirTokensAndParagraph() {
    assertEquals(3, INDEX.sentenceCount());
    List<String> second = INDEX.sentenceTokens(1).stream().map(Token::text).toList();
    assertEquals(List.of("Toen", "kwam", "Peeters", "."), second);
    assertEquals(INDEX.tokens().subList(INDEX.sentenceStart(1), INDEX.sentenceEnd(1)), INDEX.sentenceTokens(1));
    assertEquals(1, INDEX.paragraphNumberOfSentence(1));
    assertEquals(2, INDEX.paragraphNumberOfSentence(2));
  }
}
