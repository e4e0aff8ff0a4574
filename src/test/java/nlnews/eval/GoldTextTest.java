package nlnews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldTextTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          'Volodymyr  Zelensky'          | volodymyr zelensky
          ' „De Stille Zomer”. '         | de stille zomer
          '''t Hooft:'                   | t hooft
          'Karin\u00a0Jansen'            | karin jansen
          ';.,'                          | ''
          'Café'                         | café
          """)
  void normalisesAsTheReferenceScorer(String in, String out) {
    assertEquals(out, GoldText.normalise(in));
  }

  @Test
  void nfdAndNfcCompareEqual() {
    assertEquals(GoldText.normalise("Cafe\u0301"), GoldText.normalise("Caf\u00e9"));
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          'abcdef'           | 'zcdez'     | 3
          'dat klopt niet'   | 'klopt'     | 5
          'abc'              | 'xyz'       | 0
          ''                 | 'abc'       | 0
          """)
  void longestCommonSubstring(String a, String b, int length) {
    assertEquals(length, GoldText.longestCommonSubstring(a, b));
  }

  @Test
  void countsCodePointsNotChars() {
    assertEquals(2, GoldText.length("a\uD83D\uDE00"));
    assertEquals(2, GoldText.longestCommonSubstring("x\uD83D\uDE00y", "\uD83D\uDE00y"));
  }

  @Test
  void splitsWordsAtRunsOfSpace() {
    assertEquals(List.of("Van", "der", "Laan"), GoldText.words("  Van \t der\u00a0Laan "));
    assertEquals(List.of(), GoldText.words("   "));
  }
}
