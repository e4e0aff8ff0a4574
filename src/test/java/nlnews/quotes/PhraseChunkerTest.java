package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phrase chunker on hand-built inputs: the text, and its names written out in the row. */
class PhraseChunkerTest {

  /** The phrases of the whole article as "TYPE:words as written"; the expected ones are separated by "|". */
  private static List<String> phrases(String text, String names) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text, names);
    MarkedTokens tokens = p.tokens();
    WordClasses classes = p.classes(tokens);
    PhraseChunker chunker = p.chunker(tokens, classes, p.people());
    return chunker.articlePhrases().stream().map(ph -> ph.type() + ":" + tokens.slice(ph.start(), ph.end())).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Hij lachte.                                                  ~                       ~ PRONOUN:Hij
          Gisteren belde ze haar zus.                                  ~                       ~ PRONOUN:ze|ROLE:haar zus
          Gisteren belde ze haar.                                      ~                       ~ PRONOUN:ze|PRONOUN:haar
          De kinderen zijn slachtoffer.                                ~                       ~ ``
          Wethouder Sanne de Wit opende de brug.                       ~ Sanne de Wit=PER      ~ NAME:Wethouder Sanne de Wit
          De nieuwe wethouder opende de brug.                          ~                       ~ ROLE:De nieuwe wethouder
          Een omwonende belt de brandweer.                             ~                       ~ DESCRIPTION:Een omwonende|INSTITUTION:de brandweer
          De woordvoerder van de Vogelbescherming was blij.            ~ Vogelbescherming=ORG  ~ ROLE:De woordvoerder van de Vogelbescherming
          De wethouder, Sanne de Wit, opende de brug.                  ~ Sanne de Wit=PER      ~ NAME:De wethouder, Sanne de Wit
          Het waterschap Rivierenland sloot de dijk.                   ~ Rivierenland=LOC      ~ INSTITUTION:Het waterschap Rivierenland
          De vakbond FNV dreigt met acties.                            ~ FNV=ORG               ~ NAME:De vakbond FNV
          Visser sprak met de Noor.                                    ~ Visser=PER            ~ NAME:Visser|ROLE:de Noor
          De 34-jarige reed door rood.                                 ~                       ~ ROLE:De 34-jarige
          """)
  void findsThePhrasesThatCanNameASpeaker(String text, String names, String expected) {
    assertEquals(expected.isBlank() ? List.of() : QuoteFixtures.expected(expected), phrases(text.trim(), names));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Daarna ging het regenen.                                     ~
          Het regent al dagen in het noorden.                          ~
          Zuidelijke wind brengt warmte.                               ~
          "Wethouder Sanne de Wit opende de brug."                     ~ Sanne de Wit=PER
          Op het plein staat een oude boom.                            ~
          De brug gaat morgen weer open voor fietsers.                 ~
          """)
  void findsNothingWhereNoPhraseNamesAPerson(String text, String names) {
    assertEquals(List.of(), phrases(text.trim(), names));
  }
}
