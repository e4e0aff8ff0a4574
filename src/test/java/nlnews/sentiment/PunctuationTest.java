package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The punctuation rules on their own: the mark that ends a cue's sentence, and quotation ({@link ShapingFixture}). */
class PunctuationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Wat een [succes]!                                             | exclaimed x1.2
          Komt er een [doorbraak]?                                      | question x0.5
          `"Is dit het [einde]?"`                                       | question x0.5
          Het was een [succes].                                         |
          Het was een [succes]                                          |
          Is het een [succes], of niet.                                 |
          """)
  void theMarkThatEndsTheSentence(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(Punctuation.mood(f.sentence())), marked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          `"Dit is een [ramp]", zei hij.`                               | quoted x1.0
          `Hij zei: "Het is een [ramp]."`                               | quoted x1.0
          Dit is een [ramp], zei hij.                                   |
          `Een "ramp" noemde hij het, maar de [schade] viel mee.`       |
          """)
  void quotedSpeechIsMarked(String marked, String expected) {
    ShapingFixture f = ShapingFixture.of(marked);
    assertEquals(expected == null ? "" : expected, ShapingFixture.describe(Punctuation.quotation(f.sentence().tokens(), f.cue())), marked);
  }
}
