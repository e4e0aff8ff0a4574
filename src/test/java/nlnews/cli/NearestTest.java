package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nearest name to a mistyped one, and the words too far from every name to suggest one. */
class NearestTest {

  private static final List<String> COMMANDS =
      List.of("analyze", "entities", "quotes", "sentiment", "stem", "eval", "ner", "completion", "help");

  private static final List<String> OPTIONS =
      List.of("-f", "--format", "-o", "--output", "--output-dir", "--color", "--no-header", "-q", "--quiet", "-j", "--threads",
          "-h", "--help", "-V", "--version");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
          analyse,    analyze
          Analyze,    analyze
          sentimnet,  sentiment
          enities,    entities
          qoutes,     quotes
          ent,        entities
          completon,  completion
          nre,        ner
          xyz,        ''
          foo,        ''
          analyzer,   analyze
          quote,      quotes
          """)
  void commands(String typed, String expected) {
    assertEquals(expected, Nearest.among(typed, COMMANDS).orElse(""));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
          --formt,        --format
          --fromat,       --format
          --thread,       --threads
          --no-headers,   --no-header
          --colour,       --color
          --verison,      --version
          --quite,        --quiet
          --outptu-dirr,  --output-dir
          -x,             ''
          --out,          ''
          --frobnicate,   ''
          """)
  void options(String typed, String expected) {
    assertEquals(expected, Nearest.among(typed, OPTIONS).orElse(""));
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      textBlock =
          """
          analyse,   analyze,   1
          sentimnet, sentiment, 1
          abc,       abc,       0
          '',        abc,       3
          kitten,    sitting,   3
          """)
  void distanceCountsASwapOfNeighboursAsOneEdit(String a, String b, int expected) {
    assertEquals(expected, Nearest.distance(a, b));
  }
}
