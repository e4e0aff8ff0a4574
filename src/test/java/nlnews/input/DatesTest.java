package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          2022-03-15                  | 2022-03-15
          2022-03-15T10:18:37Z        | 2022-03-15
          2022-03-15T23:30:00-05:00   | 2022-03-15
          2022-03-15T10:18:37.123+0100| 2022-03-15
          2022-03-15 10:18            | 2022-03-15
          2022/3/5                    | 2022-03-05
          15-03-2022                  | 2022-03-15
          15/03/2022                  | 2022-03-15
          5.3.2022                    | 2022-03-05
          15-03-2022 10:18            | 2022-03-15
          2022-03                     | 2022-03
          ' 2022-03-15 '              | 2022-03-15
          """)
  void theUsualFormsBecomeIso(String written, String iso) {
    assertEquals(iso, Dates.iso(written));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"2022-13-01", "2021-02-30", "32-01-2022", "15 maart 2022", "gisteren", "1647339517", "2022", "03-15-2022"})
  void whatIsNoDateIsNone(String written) {
    assertNull(Dates.iso(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void anEmptyDateIsNoDate(String written) {
    assertEquals("", Dates.iso(written));
  }
}
