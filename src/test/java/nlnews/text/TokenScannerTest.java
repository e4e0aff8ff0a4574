package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.TokenKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenScannerTest {

  private static final TextWords WORDS = TextWords.load(Language.DUTCH);

  private static List<String> tokens(String text) {
    TokenScanner scanner = new TokenScanner(WORDS);
    scanner.reset(text, 0, text.length());
    List<String> out = new ArrayList<>();
    while (scanner.next()) {
      out.add(text.substring(scanner.start(), scanner.end()) + "/" + scanner.kind());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          o.a. dhr. mevr.                  | o.a./ABBREVIATION dhr./ABBREVIATION mevr./ABBREVIATION
          J.P. Balkenende                  | J.P./ABBREVIATION Balkenende/WORD
          3.5 1.000 2,4 10:30              | 3.5/NUMBER 1.000/NUMBER 2,4/NUMBER 10:30/NUMBER
          zo'n auto's Kyiv's m'n           | zo'n/WORD auto's/WORD Kyiv's/WORD m'n/WORD
          zo’n auto’s                      | zo’n/WORD auto’s/WORD
          's avonds 't huis                | 's/WORD avonds/WORD 't/WORD huis/WORD
          's-Hertogenbosch                 | 's-Hertogenbosch/WORD
          jaren '80 voorbij                | jaren/WORD '80/NUMBER voorbij/WORD
          Kremlin-woordvoerder N-VA CD&V   | Kremlin-woordvoerder/WORD N-VA/WORD CD&V/WORD
          18-jarige 2e                     | 18-jarige/WORD 2e/WORD
          zomer- en wintertijd             | zomer-/WORD en/WORD wintertijd/WORD
          nos.nl einde.Dan                 | nos.nl/WORD einde/WORD ./PUNCTUATION Dan/WORD
          "Ja!" zei ze…                    | "/QUOTE Ja/WORD !/PUNCTUATION "/QUOTE zei/WORD ze/WORD …/PUNCTUATION
          ,,Nee'' zei hij                  | ,,/QUOTE Nee/WORD ''/QUOTE zei/WORD hij/WORD
          „Goed” ‘prima’ «bon»             | „/QUOTE Goed/WORD ”/QUOTE ‘/QUOTE prima/WORD ’/QUOTE «/QUOTE bon/WORD »/QUOTE
          Hij lachte - en ging – weg       | Hij/WORD lachte/WORD -/DASH en/WORD ging/WORD –/DASH weg/WORD
          wat?! ... klaar                  | wat/WORD ?!/PUNCTUATION .../PUNCTUATION klaar/WORD
          @nos #verkiezingen 5%            | @nos/WORD #verkiezingen/WORD 5/NUMBER %/SYMBOL
          """)
  void splitsDutchNewsText(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), tokens(text));
  }

  @Test
  void wordsThatLookLikeAbbreviationsKeepTheirPeriodApart() {
    // "zo." and "lid." are ordinary words at the end of a sentence, and Jan is a first name.
    assertEquals(List.of("Het/WORD", "is/WORD", "zo/WORD", "./PUNCTUATION"), tokens("Het is zo."));
    assertEquals(List.of("zei/WORD", "Jan/WORD", "./PUNCTUATION"), tokens("zei Jan."));
  }

  @Test
  void offsetsCoverTheSourceExactly() {
    String text = "  Één   zo’n\u00A0dag.\r\n";
    TokenScanner scanner = new TokenScanner(WORDS);
    scanner.reset(text, 0, text.length());
    List<String> slices = new ArrayList<>();
    while (scanner.next()) {
      slices.add(text.substring(scanner.start(), scanner.end()));
    }
    assertEquals(List.of("Één", "zo’n", "dag", "."), slices);
  }

  @Test
  void emptyAndBlankTextGiveNoTokens() {
    assertEquals(List.of(), tokens(""));
    assertEquals(List.of(), tokens(" \t\r\n\u00A0\u200B"));
  }

  @Test
  void kindsAreReportedForEveryToken() {
    TokenScanner scanner = new TokenScanner(WORDS);
    String text = "x";
    scanner.reset(text, 0, 1);
    scanner.next();
    assertEquals(TokenKind.WORD, scanner.kind());
  }
}
