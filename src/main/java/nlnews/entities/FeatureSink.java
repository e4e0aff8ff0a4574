package nlnews.entities;

import java.util.List;

/**
 * Where a name-finder feature generator ({@link NerFeatures}) puts its features. A feature is the
 * concatenation of the parts given in one call: as a string for OpenNLP ({@link #into}), or
 * straight as the fingerprint a {@link GreedyDecoder} looks up ({@link FeatureFingerprints}), so
 * tagging builds no strings.
 */
interface FeatureSink {
  void add(String feature);

  void add(String a, String b);

  void add(String a, String b, String c);

  void add(String a, String b, String c, String d);

  /** A sink that appends each feature, as one string, to {@code features}. */
  static FeatureSink into(List<String> features) {
    return new FeatureSink() {
      @Override
      public void add(String feature) {
        features.add(feature);
      }

      @Override
      public void add(String a, String b) {
        features.add(a + b);
      }

      @Override
      public void add(String a, String b, String c) {
        features.add(a + b + c);
      }

      @Override
      public void add(String a, String b, String c, String d) {
        features.add(a + b + c + d);
      }
    };
  }
}
