package nlnews.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue with the factors the rules of its clause and paragraph gave it, in the order the rules
 * ran: its value is the found value times (or divided by) each factor in turn. The order is part
 * of the result, since floating-point products depend on it.
 */
record ShapedCue(Cue cue, List<Factor> factors) {

  ShapedCue {
    factors = List.copyOf(factors);
  }

  /** The value the rules give the cue, before the model weighs it. */
  double value() {
    double value = cue.value();
    for (Factor f : factors) {
      value = f.applyTo(value);
    }
    return value;
  }

  /** The flags of the cue and of its factors, in order. */
  List<String> flags() {
    List<String> flags = new ArrayList<>(cue.flags().size() + factors.size());
    flags.addAll(cue.flags());
    for (Factor f : factors) {
      flags.add(f.flag());
    }
    return flags;
  }

  /** True when one of the factors shows {@code flag}. */
  boolean has(String flag) {
    for (Factor f : factors) {
      if (f.flag().equals(flag)) {
        return true;
      }
    }
    return cue.flags().contains(flag);
  }

  /** This cue with one more factor, applied after the others. */
  ShapedCue with(Factor factor) {
    List<Factor> more = new ArrayList<>(factors.size() + 1);
    more.addAll(factors);
    more.add(factor);
    return new ShapedCue(cue, more);
  }
}
