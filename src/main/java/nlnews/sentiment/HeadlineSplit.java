package nlnews.sentiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The deterministic train / dev / test split of a labelled headline file: a text's part follows
 * from the SHA-256 of its normalised form, so the same headline (also with other capitals,
 * punctuation or quote marks) always falls in the same part, whatever file or order it comes in.
 * 70% train, 15% dev, 15% test. Nothing is tuned on test.
 */
public final class HeadlineSplit {

  /** A part of the split. */
  public enum Part {
    /** For fitting weights and writing rules. */
    TRAIN,
    /** For choosing between variants and setting thresholds. */
    DEV,
    /** Held out: measured once, for the figure that is reported. */
    TEST
  }

  private HeadlineSplit() {}

  /** The part {@code text} belongs to. */
  public static Part of(String text) {
    int bucket = bucket(text);
    if (bucket < 70) {
      return Part.TRAIN;
    }
    return bucket < 85 ? Part.DEV : Part.TEST;
  }

  /**
   * The text's bucket, 0 to 99: train below 70, dev below 85, test above. The same for the
   * same normalised text, so it also keeps repeated texts in one cross-validation fold.
   */
  public static int bucket(String text) {
    return (int) Long.remainderUnsigned(hash(normalise(text)), 100);
  }

  /** Lower case, compatibility-normalised, letters and digits only, separated by single spaces. */
  static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.appendCodePoint(c);
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static long hash(String normalised) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (digest[i] & 0xff);
      }
      return h;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
