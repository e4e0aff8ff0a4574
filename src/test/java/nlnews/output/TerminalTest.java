package nlnews.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTest {

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          '\\u001b]0;PWNED\\u0007\\u001b[2J'   | '\\x1b]0;PWNED\\x07\\x1b[2J'
          'Zelensky\\u202eksnelez'              | 'Zelensky\\u202eksnelez'
          'een\\nregel'                         | 'een\\nregel'
          'tab\\tdel\\u007fc1\\u009b'           | 'tab\\tdel\\x7fc1\\x9b'
          'lijn\\u2028scheiding'                | 'lijn\\u2028scheiding'
          'isolaat\\u2066x\\u2069'              | 'isolaat\\u2066x\\u2069'
          """)
  void controlCharactersBecomeVisibleEscapes(String escapedInput, String expected) {
    assertEquals(expected, Terminal.safe(unescape(escapedInput)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          'Oekraïense hoofdonderhandelaar'
          '„Wij geven niets weg”'
          '’s-Hertogenbosch – één zin'
          'emoji 😀 met ZWJ 👩‍🔬'
          """)
  void ordinaryTextIsUntouched(String text) {
    assertSame(text, Terminal.safe(text));
  }

  /** Test rows write control characters as \\uXXXX, \\n and \\t. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && s.charAt(i + 1) == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && s.charAt(i + 1) == 'n') {
        b.append('\n');
        i++;
      } else if (c == '\\' && s.charAt(i + 1) == 't') {
        b.append('\t');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
