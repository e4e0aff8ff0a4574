package nlnews.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import nlnews.model.ToneLabel;
import nlnews.text.DataFile;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The learned part of the tone score: a weight per cue group and sign that rescales what the
 * lexicon and the change rules found ("economy-" scales every negative cue of the economy
 * category, "change+" every positive composition), and the two label thresholds on the score.
 * Every contribution stays a cue: the paragraph's raw sum is the sum of its listed
 * contributions. A trained model's weights are in threshold units: contributions summing to +1
 * or more make a paragraph positive, to -1 or less negative, and the squashed score is then
 * ±{@value #THRESHOLD}. Immutable; thread-safe.
 */
public final class ToneModel {

  /** The model file in the language folder. */
  public static final String FILE = "sentiment/model.tsv";

  /** The score of a sum of contributions of 1, s / sqrt(s² + 8), rounded: a trained model's threshold. */
  public static final double THRESHOLD = 0.333;

  private final Map<String, Double> groups;
  private final double negative;
  private final double positive;

  /**
   * @param groups weight per group and sign ("economy+", "change-"); a missing group weighs 1
   * @param negative the score at or below which a paragraph is negative (below 0)
   * @param positive the score at or above which a paragraph is positive (above 0)
   */
  public ToneModel(Map<String, Double> groups, double negative, double positive) {
    if (!(negative < 0 && positive > 0)) {
      throw new IllegalArgumentException("thresholds must lie either side of 0: " + negative + ", " + positive);
    }
    this.groups = Lookup.map(groups);
    this.negative = negative;
    this.positive = positive;
  }

  /** The rules alone: every group weighs 1, labels at ±0.1. */
  public static ToneModel rulesOnly() {
    return new ToneModel(Map.of(), -0.1, 0.1);
  }

  /** Loads {@link #FILE} of {@code language}. */
  public static ToneModel load(Language language) {
    Map<String, Double> groups = new HashMap<>();
    double negative = Double.NaN;
    double positive = Double.NaN;
    for (DataFile.Row row : language.file(FILE).rows()) {
      String name = row.get("name");
      double weight = Double.parseDouble(row.get("weight"));
      switch (row.get("kind")) {
        case "threshold" -> {
          if (name.equals("negative")) {
            negative = weight;
          } else if (name.equals("positive")) {
            positive = weight;
          } else {
            throw new IllegalStateException(FILE + " line " + row.line() + ": unknown threshold " + name);
          }
        }
        case "group" -> groups.put(name, weight);
        default -> throw new IllegalStateException(FILE + " line " + row.line() + ": unknown kind " + row.get("kind"));
      }
    }
    return new ToneModel(groups, negative, positive);
  }

  /** The factor for a cue of {@code group} whose rule value is {@code value}. */
  public double groupWeight(String group, double value) {
    return groups.getOrDefault(group + (value < 0 ? "-" : "+"), 1.0);
  }

  public double negativeThreshold() {
    return negative;
  }

  public double positiveThreshold() {
    return positive;
  }

  /** The label of a score. */
  public ToneLabel label(double score) {
    if (score >= positive) {
      return ToneLabel.POSITIVE;
    }
    if (score <= negative) {
      return ToneLabel.NEGATIVE;
    }
    return ToneLabel.NEUTRAL;
  }

  /** The group weights, sorted by name. */
  public Map<String, Double> groups() {
    return new TreeMap<>(groups);
  }

  /** The same weights with other thresholds. */
  public ToneModel withThresholds(double negative, double positive) {
    return new ToneModel(groups, negative, positive);
  }
}
