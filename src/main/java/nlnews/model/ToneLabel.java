package nlnews.model;

import java.util.Locale;

/** The label of a tone score. */
public enum ToneLabel {
  POSITIVE, NEUTRAL, NEGATIVE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
