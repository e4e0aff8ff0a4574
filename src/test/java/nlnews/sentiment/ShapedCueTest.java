package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A shaped cue's value is its found value with each factor applied in turn, in the rules' order. */
class ShapedCueTest {

  private static final Cue CUE = Cue.span(0, 1, "succes", "evaluation", 0.48, List.of());

  /**
   * Factors as "flag x1.3" or "flag /1.5", applied left to right to 0.48: the products as Java (and
   * any IEEE 754 arithmetic) computes them in that order. Grouped otherwise, 0.48 x (1.3 x -0.8)
   * would be -0.4992, another double.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          intensified x1.3                                  | 0.624
          intensified x1.3, negated x-0.8                   | -0.49920000000000003
          negated x-0.8, before-contrast /1.5               | -0.256
          downtoned x0.85, negated x-0.8, concessive x0.5   | -0.1632
          """)
  void factorsApplyInTheirOrder(String factors, double expected) {
    ShapedCue shaped = new ShapedCue(CUE, List.of());
    StringBuilder flags = new StringBuilder();
    for (String f : factors.split(", ")) {
      String[] parts = f.split(" ");
      double value = Double.parseDouble(parts[1].substring(1));
      shaped = shaped.with(parts[1].startsWith("/") ? Factor.dividedBy(parts[0], value) : Factor.times(parts[0], value));
      flags.append(flags.length() == 0 ? "" : " ").append(parts[0]);
    }
    assertEquals(expected, shaped.value(), 0.0, factors);
    assertEquals(List.of(flags.toString().split(" ")), shaped.flags(), factors);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"0.48, 1.5", "-0.6, 1.2", "0.9, 1.4", "0.56, 1.6"})
  void aDivisionIsADivision(double value, double weight) {
    ShapedCue shaped = new ShapedCue(Cue.span(0, 1, "x", "test", value, List.of()), List.of(Factor.dividedBy("before-contrast", weight)));
    assertEquals(Double.doubleToRawLongBits(value / weight), Double.doubleToRawLongBits(shaped.value()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"quoted", "exclaimed"})
  void aMarkOnlyLeavesTheValueAsItIs(String flag) {
    ShapedCue shaped = new ShapedCue(CUE, List.of(Factor.mark(flag)));
    assertEquals(0.48, shaped.value());
    assertEquals(List.of(flag), shaped.flags());
  }
}
