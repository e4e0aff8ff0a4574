package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The type the context gives a run of capitalised words the gazetteer does not know (the run is
 * written in the row, its first occurrence in the sentence is read), with hand-built lists.
 */
class ContextTyperTest {

  private static final ContextTyper TYPER = new ContextTyper(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Gisteren sprak minister Vermeulen in de zaal.         | Vermeulen            | PER/title
          Gisteren sprak mevrouw Vermeulen in de zaal.          | Vermeulen            | PER/title
          Gisteren sprak Marleen Vermeulen in de zaal.          | Marleen Vermeulen    | PER/first-name
          Gisteren sprak J. Vermeulen in de zaal.               | J. Vermeulen         | PER/initials
          Gisteren sprak Lies van Daalen in de zaal.            | Lies van Daalen      | PER/particle
          Gisteren sprak de Ondernemersbond in de zaal.         | Ondernemersbond      | ORG/organisation-word
          Gisteren sprak de KNVB in de zaal.                    | KNVB                 | ORG/acronym
          Zij reisde gisteren naar Tsjelovkovo.                 | Tsjelovkovo          | LOC/place-context
          Gisteren sprak Marleen in de zaal.                    | Marleen              | PER/first-name
          Gisteren sprak Lies Daalen in de zaal.                | Lies Daalen          | PER/capitalised
          Gisteren won Tsjelovkovo de prijs.                    | Tsjelovkovo          | MISC/default
          Gisteren won De Grote Gouden Zilveren Prijs de zaal.  | De Grote Gouden Zilveren Prijs | MISC/default
          """)
  void theContextGivesTheRunItsType(String text, String run, String expected) {
    SentenceView sentence = NameRunsFixture.sentence(text.trim());
    List<Token> tokens = sentence.tokens();
    String[] words = run.trim().split(" ");
    int from = 0;
    while (!tokens.get(from).text().equals(words[0])) {
      from++;
    }
    RuleCandidate.Reading r = TYPER.read(tokens, from, from + words.length);
    assertEquals(expected.trim(), r.type() + "/" + r.label());
  }
}
