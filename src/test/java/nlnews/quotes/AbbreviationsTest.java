package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.quotes.PhraseChunker.Phrase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Abbreviations and organisation names learnt from hand-built texts, and when each is known. */
class AbbreviationsTest {

  private static PhraseChunker chunker(QuoteFixtures.Parsed p, MarkedTokens tokens) {
    return p.chunker(tokens, p.classes(tokens), p.people());
  }

  /** The abbreviation in brackets after each name phrase of {@code text}, "-" where there is none. */
  private static List<String> abbreviations(String text, String names) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text, names);
    MarkedTokens tokens = p.tokens();
    return chunker(p, tokens).articlePhrases().stream()
        .filter(ph -> ph.type() == PhraseChunker.PhraseType.NAME)
        .map(ph -> {
          String a = Abbreviations.after(tokens, ph);
          return a == null ? "-" : a;
        })
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          De Dienst Wegverkeer (RDW) keurt auto's.       ~ Dienst Wegverkeer=ORG ~ RDW|-
          Het Centraal Planbureau (CPB) rekent.          ~ Centraal Planbureau=ORG ~ CPB|-
          Het Centraal Planbureau rekent (opnieuw) na.   ~ Centraal Planbureau=ORG ~ -
          Het bedrijf Damen (scheepsbouw) groeit.        ~ Damen=ORG ~ -
          Sanne de Wit (Leiden) won.                     ~ Sanne de Wit=PER; Leiden=LOC ~ -|-
          """)
  void anAbbreviationIsAWordInCapitalsInBracketsAfterANameOfTwoWords(String text, String names, String expected) {
    assertEquals(QuoteFixtures.expected(expected), abbreviations(text.trim(), names));
  }

  @ParameterizedTest(name = "{0} at {2}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          KRC Genk             ~ Genk     ~ 0 ~ KRC Genk
          KRC Genk|Racing Genk ~ Genk     ~ 0 ~ Genk
          KRC Genk             ~ Brugge   ~ 0 ~ Brugge
          KRC Genk             ~ KRC Genk ~ 0 ~ KRC Genk
          """)
  void aShortNameIsTheOneOrganisationWhoseFullerNameHoldsIt(String known, String name, int at, String expected) {
    StringBuilder text = new StringBuilder();
    StringBuilder names = new StringBuilder();
    for (String org : known.trim().split("\\|")) {
      text.append(org).append(" speelt. ");
      names.append(org).append("=ORG;");
    }
    text.append(name.trim()).append(" wint.");
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text.toString(), names.toString());
    MarkedTokens tokens = p.tokens();
    List<Phrase> none = List.of();
    Organisations organisations = Organisations.learn(p.entities(), none, tokens);
    assertEquals(expected.trim(), organisations.fullest(name.trim(), at));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Het ministerie van Defensie zwijgt. Defensie wacht. ~ Defensie ~ ministerie van Defensie ~ Defensie
          De politie zwijgt. Defensie wacht.                  ~ Defensie ~ Defensie               ~ Defensie
          """)
  void anInstitutionIsKnownFromTheEndOfThePhraseThatNamesIt(String text, String name, String after, String before) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text.trim(), "");
    MarkedTokens tokens = p.tokens();
    List<Phrase> phrases = chunker(p, tokens).articlePhrases();
    Organisations organisations = Organisations.learn(p.entities(), phrases, tokens);
    assertEquals(after.trim(), organisations.fullest(name.trim(), tokens.size()));
    assertEquals(before.trim(), organisations.fullest(name.trim(), 0));
  }
}
