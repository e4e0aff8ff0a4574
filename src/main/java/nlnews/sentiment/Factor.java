package nlnews.sentiment;

/**
 * What one shaping rule does to a cue: the flag it shows ("negated", "intensified") and the
 * factor it multiplies the cue's value by, or divides it by ("before-contrast" weighs a cue 1 /
 * weight, written as a division so that the result is the same double as x / weight, which x *
 * (1 / weight) is not always).
 */
record Factor(String flag, double value, boolean divides) {

  static Factor times(String flag, double value) {
    return new Factor(flag, value, false);
  }

  static Factor dividedBy(String flag, double value) {
    return new Factor(flag, value, true);
  }

  /** A rule that only marks the cue: its value stays as it is (x * 1.0 is x exactly). */
  static Factor mark(String flag) {
    return new Factor(flag, 1.0, false);
  }

  /** {@code value} with this factor applied. */
  double applyTo(double x) {
    return divides ? x / value : x * value;
  }
}
