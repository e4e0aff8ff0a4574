package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.quotes.Attribution.Found;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reporting-clause rules on hand-built sentences, names written out in the row: what each rule
 * finds for the first quotation of the text, written {@code speaker/mention/cue}, {@code nobody},
 * or {@code -} when the rule does not apply.
 */
class ClauseRulesTest {

  /** The rules of {@code text} with its names, and its first quotation. */
  private record Read(ClauseRules rules, QuoteSpan first) {}

  private static Read read(String text, String names) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text.trim(), names);
    MarkedTokens tokens = p.tokens();
    WordClasses classes = p.classes(tokens);
    People people = p.people();
    PhraseChunker chunker = p.chunker(tokens, classes, people);
    Referents referents =
        new Referents(tokens, chunker, classes, people, p.entities(), QuoteFixtures.NOUNS, QuoteFixtures.GAZETTEER, QuoteFixtures.VERBS);
    ClauseRules rules = new ClauseRules(tokens, chunker, referents, QuoteFixtures.VERBS, QuoteFixtures.WORDS);
    return new Read(rules, p.marks().quotes().get(0));
  }

  private static String show(Attribution a) {
    if (a instanceof Found f) {
      return f.speaker() + "/" + f.mention() + "/" + f.cue();
    }
    return a.applies() ? "nobody" : "-";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Het gaat goed", zei Karin Jansen.                          ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/zei
          "Het gaat goed", zo zegt Karin Jansen.                      ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/zegt
          "Het gaat goed", aldus Karin Jansen.                        ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/aldus
          "Het gaat goed", klinkt het bij de FNV.                     ~ FNV=ORG          ~ FNV/de FNV/klinkt het
          "Het gaat goed", zoals Karin Jansen het zei.                ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/zei
          "Het gaat goed", met die woorden opent Karin Jansen de zaak. ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/opent
          Volgens Karin Jansen "gaat het goed".                       ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/volgens
          Karin Jansen zei: "Het gaat goed."                          ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/zei
          Karin Jansen: "Het gaat goed."                              ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/colon
          "Het gaat goed", werd door Karin Jansen gezegd.             ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/gezegd
          "Het gaat goed", zegt een automobilist.                     ~                  ~ een automobilist/een automobilist/zegt
          "Het gaat goed", zegt iedereen.                             ~                  ~ nobody
          "Het gaat goed", en toen ging de zon onder.                 ~                  ~ -
          Het boek "Het gaat goed" ligt in de winkel.                 ~                  ~ -
          """)
  void theReportingClauseInTheQuotationsSentence(String text, String names, String expected) {
    Read r = read(text, names);
    assertEquals(expected.trim(), show(r.rules().inSentence(r.first(), r.first().openToken())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Het gaat goed." Dat zegt Karin Jansen.                     ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/zegt
          "Het gaat goed." Dit meldt de FNV.                          ~ FNV=ORG          ~ FNV/de FNV/meldt
          "Het gaat goed." Zo vindt Karin Jansen.                     ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/vindt
          "Het gaat goed." Met deze woorden opent Karin Jansen de zaak. ~ Karin Jansen=PER ~ Karin Jansen/Karin Jansen/opent
          "Het gaat goed." Karin Jansen vindt dat ook.                ~ Karin Jansen=PER ~ -
          "Het gaat goed." Dat is de vraag.                           ~                  ~ -
          "Het gaat goed", zei ze. Dat zegt Karin Jansen.             ~ Karin Jansen=PER ~ -
          """)
  void theSentenceAfterThatPointsBack(String text, String names, String expected) {
    Read r = read(text, names);
    assertEquals(expected.trim(), show(r.rules().thatSays(r.first(), r.first().openToken())));
  }
}
