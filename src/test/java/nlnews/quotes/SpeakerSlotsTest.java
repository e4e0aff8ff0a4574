package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in a speaker's slot that the recogniser missed or typed MISC, on hand-built inputs. */
class SpeakerSlotsTest {

  /** The names found, as written, joined with "|"; empty for none. */
  private static String names(String text, String names) {
    QuoteFixtures.Parsed p = QuoteFixtures.parse(text, names == null ? "" : names);
    MarkedTokens tokens = p.tokens();
    List<int[]> found = new SpeakerSlots(tokens, p.entities(), QuoteFixtures.GAZETTEER, QuoteFixtures.VERBS, QuoteFixtures.WORDS).names();
    return String.join("|", found.stream().map(span -> tokens.slice(span[0], span[1])).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          Kuipers kondigde dinsdag nieuwe maatregelen aan.                  ~                              ~ Kuipers
          "We gaan door", aldus nog De Croo.                                ~ De Croo=MISC                 ~ De Croo
          Daarna zei Kuipers niets meer.                                    ~                              ~ Kuipers
          Premier De Croo sprak in de Kamer.                                ~ De Croo=MISC; Kamer=ORG      ~ De Croo
          PVV-leider Wilders verwijt iedereen iets.                         ~ PVV-leider Wilders=MISC      ~ PVV-leider Wilders
          Schooldirecteur Van Amersfoort herkent dat.                       ~ Van=PER; Amersfoort=LOC      ~ Van Amersfoort
          Trainer Jan Smit was trots.                                       ~ Jan Smit=PER                 ~ ``
          Daarna zei de minister niets.                                     ~                              ~ ``
          Nederland eist opheldering.                                       ~ Nederland=LOC                ~ ``
          Stromae zei niets over zijn comeback.                             ~ Stromae=LOC                  ~ Stromae
          "We zijn er klaar voor", laat Kortrijk weten.                     ~ Kortrijk=LOC                 ~ ``
          Ajax meldt een transfer.                                          ~ Ajax=ORG                     ~ ``
          Jan Smit zei niets.                                               ~ Jan Smit=PER                 ~ ``
          NAVO waarschuwt Rusland.                                          ~ Rusland=LOC                  ~ ``
          Oekraïense soldaten melden gevechten.                             ~                              ~ ``
          Koning Willem-Alexander opende het museum.                        ~ Willem-Alexander=PER         ~ ``
          Gisteren vertelde de burgemeester het verhaal.                    ~                              ~ ``
          """)
  void findsTheNameAReportingVerbOrATitleSaysIsAPerson(String text, String names, String expected) {
    assertEquals(expected == null ? "" : expected.trim(), names(text.trim(), names));
  }
}
