package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fullest name an article gives an organisation, asked at a token of a hand-built text (the
 * first token written as {@code at}), names written out in the row; a name no fuller one holds,
 * or that several hold, stays itself.
 */
class OrganisationsTest {

  @ParameterizedTest(name = "{2} at {3} in: {0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          KRC Genk won zondag. Genk staat nu eerste.                            ~ KRC Genk=ORG            ~ Genk     ~ staat ~ KRC Genk
          KRC Genk won zondag. Genk staat nu eerste.                            ~ KRC Genk=ORG            ~ Moskou   ~ staat ~ Moskou
          KRC Genk en Racing Genk wonen ver uit elkaar.                         ~ KRC Genk=ORG; Racing Genk=ORG ~ Genk ~ wonen ~ Genk
          Het ministerie van Defensie koopt schepen. Defensie betaalt veel.     ~ Defensie=ORG            ~ Defensie ~ betaalt ~ ministerie van Defensie
          Defensie betaalt veel. Het ministerie van Defensie koopt schepen.     ~ Defensie=ORG            ~ Defensie ~ betaalt ~ Defensie
          KRC Genk won zondag. KRC Genk staat nu eerste.                        ~ KRC Genk=ORG            ~ KRC Genk ~ staat ~ KRC Genk
          """)
  void theFullestNameKnownAtAToken(String text, String names, String name, String at, String expected) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text.trim(), names);
    MarkedTokens tokens = p.tokens();
    WordClasses classes = p.classes(tokens);
    PhraseChunker chunker = p.chunker(tokens, classes, p.people());
    Organisations organisations = Organisations.learn(p.entities(), chunker.articlePhrases(), tokens);
    int k = 0;
    while (!tokens.tok(k).text().equals(at.trim())) {
      k++;
    }
    assertEquals(expected.trim(), organisations.fullest(name.trim(), k));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource({
    "ministerie van Defensie, Defensie, true",
    "ministerie van Defensie, van Defensie, true",
    "ministerie van Defensie, ministerie Defensie, false",
    "KRC Genk, Racing Genk, false",
    "Genk, KRC Genk, false"
  })
  void aRunOfWordsInALongerName(String list, String run, boolean expected) {
    assertEquals(expected, Organisations.containsRun(List.of(list.split(" ")), List.of(run.split(" "))));
  }
}
