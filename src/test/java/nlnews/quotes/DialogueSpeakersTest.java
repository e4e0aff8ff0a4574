package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.quotes.Attribution.Found;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dialogue lines ("— …") on hand-built texts, names written out in the row: the speaker of each
 * quotation of the text in order, {@code speaker/mention} for a line of dialogue, {@code nobody}
 * when the dialogue's people cannot be told, {@code -} for a quotation that is no dialogue line.
 */
class DialogueSpeakersTest {

  private static List<String> speakers(String text, String names) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text.trim(), names);
    MarkedTokens tokens = p.tokens();
    WordClasses classes = p.classes(tokens);
    People people = p.people();
    PhraseChunker chunker = p.chunker(tokens, classes, people);
    Referents referents =
        new Referents(tokens, chunker, classes, people, p.entities(), QuoteFixtures.NOUNS, QuoteFixtures.GAZETTEER, QuoteFixtures.VERBS);
    DialogueSpeakers dialogue = new DialogueSpeakers(tokens, chunker, referents, QuoteFixtures.WORDS.rules());
    return dialogue.attribute(p.marks().quotes()).stream().map(DialogueSpeakersTest::show).toList();
  }

  private static String show(Attribution a) {
    if (a instanceof Found f) {
      return f.speaker() + "/" + f.mention();
    }
    return a.applies() ? "nobody" : "-";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Het gesprek tussen Karin Jansen en Peter de Vries ging zo:\\n\\n— Waar was u?\\n\\n— Thuis.\\n\\n— Alleen?  ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen/Karin Jansen|Peter de Vries/Peter de Vries|Karin Jansen/Karin Jansen
          Karin Jansen belde Peter de Vries:    \\n\\n— Waar was u?\\n\\n— Thuis.                                   ~ Karin Jansen=PER; Peter de Vries=PER ~ Karin Jansen/Karin Jansen|Peter de Vries/Peter de Vries
          Minister Karin Jansen legt haar plan uit. Een gesprek.\\n\\n— Is het niet te duur?\\n\\n— Nee, het is nodig. ~ Karin Jansen=PER ~ /|Karin Jansen/Minister Karin Jansen
          Het gesprek tussen Karin Jansen en Peter de Vries ging zo:\\n\\n— Karin Jansen, waar was u?\\n\\n— Thuis.    ~ Karin Jansen=PER; Peter de Vries=PER ~ Peter de Vries/Peter de Vries|Karin Jansen/Karin Jansen
          Het regende.\\n\\n— Waar was u?\\n\\n— Thuis.                                                              ~ ~ nobody|nobody
          "Het gaat goed", zei Karin Jansen.                                                                          ~ Karin Jansen=PER ~ -
          """)
  void eachLineIsSaidByThePeopleOfTheIntroductionInTurn(String text, String names, String expected) {
    assertEquals(QuoteFixtures.expected(expected), speakers(text, names));
  }
}
