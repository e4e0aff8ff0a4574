package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the word classes say of one token of a hand-built sentence (the first token written as
 * {@code word}), names written out in the row: its role word ({@code -} for none), its gender
 * ({@code -} for none), whether it is an adjective in front of a noun or name, and whether it can
 * be a word of a name.
 */
class WordClassesTest {

  @ParameterizedTest(name = "{2} in: {0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          De nieuwe minister opende de brug.            ~                  ~ minister        ~ minister ~ -  ~ false ~ false
          De nieuwe minister opende de brug.            ~                  ~ nieuwe          ~ -        ~ -  ~ true  ~ false
          De woordvoerster las een verklaring voor.     ~                  ~ woordvoerster   ~ woordvoerster ~ f ~ false ~ false
          Een Vlaamse actrice won de prijs.             ~                  ~ Vlaamse         ~ -        ~ -  ~ true  ~ true
          Een Vlaamse actrice won de prijs.             ~                  ~ actrice         ~ actrice  ~ f  ~ false ~ false
          De bewindsvrouw sprak de Kamer toe.           ~                  ~ bewindsvrouw    ~ bewindsvrouw ~ f ~ false ~ false
          Frans Timmermans sprak in Brussel.            ~ Frans Timmermans=PER ~ Frans     ~ -        ~ -  ~ false ~ true
          Een voorbijganger belde de politie.           ~                  ~ voorbijganger   ~ voorbijganger ~ - ~ false ~ false
          De verdachte zweeg.                           ~                  ~ verdachte       ~ verdachte ~ - ~ false ~ false
          De auto reed door rood.                       ~                  ~ auto            ~ -        ~ -  ~ false ~ false
          Hij zei dat de brug open was.                 ~                  ~ dat             ~ -        ~ -  ~ false ~ false
          Hij zei dat de brug open was.                 ~                  ~ open            ~ -        ~ -  ~ false ~ false
          Kremlin-woordvoerder Dmitri Peskov zweeg.     ~ Dmitri Peskov=PER ~ Kremlin-woordvoerder ~ woordvoerder ~ - ~ false ~ false
          De markt in 's-Hertogenbosch was vol.         ~ 's-Hertogenbosch=LOC ~ 's-Hertogenbosch ~ - ~ - ~ false ~ true
          """)
  void whatATokenIs(String text, String names, String word, String role, String gender, boolean adjective, boolean nameToken) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text.trim(), names);
    MarkedTokens tokens = p.tokens();
    WordClasses classes = p.classes(tokens);
    int k = 0;
    while (k < tokens.size() && !tokens.tok(k).text().equals(word.trim())) {
      k++;
    }
    assertTrue(k < tokens.size(), word + " is a token of the text");
    String r = classes.roleWord(k);
    String g = classes.genderOf(k);
    assertEquals(role.trim() + "/" + gender.trim() + "/" + adjective + "/" + nameToken,
        (r == null ? "-" : r) + "/" + (g == null ? "-" : g) + "/" + classes.isAdjective(k) + "/" + classes.nameToken(k));
  }
}
