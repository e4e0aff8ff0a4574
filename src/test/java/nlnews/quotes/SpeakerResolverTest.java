package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.Quote;
import nlnews.pipeline.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerResolverTest {

  /** The quotes of a text as "speaker|mention|cue". */
  private static List<String> speakers(String text) {
    return Fixtures.analyse(text.replace("\\n", "\n")).quotes().stream()
        .map(q -> q.speaker() + "|" + q.speakerMention() + "|" + q.cue())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Dat klopt", zei minister Karin Jansen.                                               ~ Karin Jansen|minister Karin Jansen|zei
          "Dat klopt", aldus Karin Jansen.                                                       ~ Karin Jansen|Karin Jansen|aldus
          Karin Jansen zei: "Dat klopt."                                                         ~ Karin Jansen|Karin Jansen|zei
          Karin Jansen: "Dat klopt."                                                             ~ Karin Jansen|Karin Jansen|colon
          "Dat klopt", zo zegt Karin Jansen tegen de NOS.                                        ~ Karin Jansen|Karin Jansen|zegt
          "Dat klopt", laat Karin Jansen weten.                                                  ~ Karin Jansen|Karin Jansen|laat weten
          "Dat klopt", voegde Karin Jansen eraan toe.                                            ~ Karin Jansen|Karin Jansen|voegde toe
          Minister Karin Jansen sprak. "Dat klopt", zei ze.                                      ~ Karin Jansen|ze|zei
          Premier Mark Rutte sprak.\\n\\n"Dat klopt", zei de premier.                            ~ Mark Rutte|de premier|zei
          "Geen idee", zei een buurtbewoner.                                                     ~ een buurtbewoner|een buurtbewoner|zei
          "Geen idee," zei iemand.                                                               ~ ||
          Het ministerie van Defensie meldde: "Alles is rustig."                                 ~ ministerie van Defensie|Het ministerie van Defensie|meldde
          """)
  void attributesTheSpeaker(String text, String expected) {
    List<String> found = speakers(text.trim());
    assertEquals(List.of(expected.trim()), found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Eerst dit", zegt Karin Jansen, "en dan dat."
          "Eerst dit", zegt Karin Jansen. "En dan dat."
          """)
  void bothPartsOfASplitQuoteHaveTheSpeaker(String text) {
    List<Quote> quotes = Fixtures.analyse(text).quotes();
    assertEquals(2, quotes.size());
    quotes.forEach(q -> assertEquals("Karin Jansen", q.speaker(), q.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock = """
          "Dat klopt", zei hij.
          Het was een "doorbraak", schreef de krant niet.
          """)
  void unknownSpeakersStayEmpty(String text) {
    Fixtures.analyse(text).quotes().forEach(q -> assertEquals("", q.speaker(), q.toString()));
  }
}
