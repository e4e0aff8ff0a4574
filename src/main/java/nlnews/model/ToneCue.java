package nlnews.model;

import java.util.List;
import java.util.Locale;

/**
 * A word or expression that moved a tone score: the words as written, their offsets, the
 * signed contribution, and the rules that shaped it (negated, intensified, after-contrast ...).
 */
public record ToneCue(String text, int start, int end, double contribution, List<String> flags) {

  public ToneCue {
    flags = List.copyOf(flags);
  }

  /** The form shown to analysts: {@code optimisme(-0.6,negated)}. */
  public String describe() {
    StringBuilder b = new StringBuilder(text.length() + 16);
    b.append(text).append('(').append(String.format(Locale.ROOT, "%+.2f", contribution));
    for (String f : flags) {
      b.append(',').append(f);
    }
    return b.append(')').toString();
  }
}
