package nlnews.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import nlnews.model.ToneLabel;

/**
 * Fits the {@link ToneModel} to labelled texts. The weights: an ordinal logistic regression
 * (proportional odds, cut points symmetric around 0 so that a text without cues is neutral) of
 * the gold label on one score, the sum of the rule cues with a weight per group and sign, each
 * kept near 1 by an L2 penalty (the lexicon's own weights are the prior). The label threshold:
 * where the fitted model's most probable label turns polar, times a factor chosen by k-fold
 * cross-validation for the best accuracy plus macro-F1. The weights are then divided by that
 * threshold, so that contributions summing to ±1 make a paragraph polar. Full-batch Adam from a
 * fixed start, fixed folds and a fixed grid: the same data gives the same model, bit for bit.
 */
public final class ToneTrainer {

  /**
   * One labelled text or paragraph: its rule cues, its gold label (-1, 0, 1) and its bucket, which
   * fixes its cross-validation fold (bucket modulo the folds): for a text its split bucket ({@link
   * HeadlineSplit#bucket}, 0 to 99), so that repeated texts stay in one fold; for a paragraph of
   * a gold article the article's number, so that an article's paragraphs stay in one fold.
   *
   * @param weight how much the example counts in the fit, relative to a text's 1
   * @param paragraph true for a paragraph of a gold article, false for a labelled text
   */
  public record Example(List<ToneScorer.RuleCue> cues, int gold, int bucket, double weight, boolean paragraph) {
    public Example {
      cues = List.copyOf(cues);
      if (!(weight > 0)) {
        throw new IllegalArgumentException("an example's weight must be above 0, not " + weight);
      }
    }

    /** A labelled text of weight 1. */
    public Example(List<ToneScorer.RuleCue> cues, int gold, int bucket) {
      this(cues, gold, bucket, 1, false);
    }
  }

  /**
   * How to fit.
   *
   * @param groupPenalty L2 penalty per example on each group weight's distance from 1
   * @param iterations steps of full-batch Adam
   * @param folds folds of the cross-validation that sets the threshold (at least 2)
   */
  public record Settings(double groupPenalty, int iterations, int folds) {

    public Settings {
      if (folds < 2) {
        throw new IllegalArgumentException("at least 2 folds, not " + folds);
      }
    }

    /** The settings of the shipped model, chosen by cross-validation (docs/sentiment.md). */
    public static Settings defaults() {
      return new Settings(0.0005, 3000, 5);
    }
  }

  /**
   * A trained model with its cross-validated figures.
   *
   * @param model the weights fitted on all examples, in threshold units
   * @param crossValidation every labelled text labelled by the model fitted on the other folds,
   *     with the chosen factor
   * @param factor the chosen fraction of the most-probable-label boundary
   * @param perFold the texts' labels fold by fold (fold {@code f} is {@code perFold.get(f)}), so
   *     that folds nobody read mistakes on can be reported apart (docs/sentiment.md)
   * @param paragraphs the same for the paragraphs of gold articles, whose folds are by article;
   *     null when there are none
   */
  public record Result(
      ToneModel model, ToneEvaluation crossValidation, double factor, List<ToneEvaluation> perFold, ToneEvaluation paragraphs) {

    public Result {
      perFold = List.copyOf(perFold);
    }
  }

  /** Adam's step size, and its decay rates of the mean and the variance of the gradient (the usual ones). */
  private static final double RATE = 0.05;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  /** Keeps Adam's step finite where the gradient's variance is 0. */
  private static final double EPSILON = 1e-8;
  /** The cut point h the fit starts from: a small neutral band around a sum of 0. */
  private static final double START_CUT = 0.5;
  /** The least probability of a neutral label the gradient divides by, so that it stays finite. */
  private static final double LEAST_PROBABILITY = 1e-12;
  /** How far above h the boundary search starts, and how many halvings it takes: far below a double's precision. */
  private static final double BOUNDARY_SEARCH_SPAN = 50;
  private static final int BOUNDARY_SEARCH_STEPS = 200;
  /** A boundary this close to 0 means neutral is never the most probable label. */
  private static final double NO_BOUNDARY = 1e-6;
  /** Two factors whose accuracy plus macro-F1 differ by less are a tie, and the earlier (larger) one stays. */
  private static final double TIE = 1e-12;

  /** The factors tried, from the most probable label's boundary down to half of it. */
  private static final double[] FACTORS = {1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5};

  private ToneTrainer() {}

  /**
   * Cross-validates the threshold factor, then fits the weights on all {@code examples}. The
   * factor is chosen on the paragraphs of gold articles when there are any (the headline texts
   * are then a second check), else on the texts.
   */
  public static Result train(List<Example> examples, Settings settings) {
    int k = settings.folds();
    Fit[] folds = new Fit[k];
    for (int f = 0; f < k; f++) {
      List<Example> rest = new ArrayList<>();
      for (Example e : examples) {
        if (fold(e, k) != f) {
          rest.add(e);
        }
      }
      folds[f] = fit(rest, settings);
    }
    int[] gold = new int[examples.size()];
    for (int i = 0; i < gold.length; i++) {
      gold[i] = examples.get(i).gold();
    }
    boolean paragraphs = examples.stream().anyMatch(Example::paragraph);
    ToneEvaluation best = null;
    int[] bestPredicted = null;
    double factor = 1;
    for (double c : FACTORS) {
      ToneModel[] models = new ToneModel[k];
      for (int f = 0; f < k; f++) {
        models[f] = folds[f].model(c);
      }
      int[] predicted = new int[examples.size()];
      for (int i = 0; i < predicted.length; i++) {
        ToneModel m = models[fold(examples.get(i), k)];
        predicted[i] = value(m.label(score(m, examples.get(i))));
      }
      ToneEvaluation e = evaluate(examples, gold, predicted, i -> examples.get(i).paragraph() == paragraphs);
      if (best == null || e.accuracy() + e.macroF1() > best.accuracy() + best.macroF1() + TIE) {
        best = e;
        bestPredicted = predicted;
        factor = c;
      }
    }
    int[] chosen = bestPredicted;
    List<ToneEvaluation> perFold = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      int fold = f;
      perFold.add(evaluate(examples, gold, chosen, i -> !examples.get(i).paragraph() && fold(examples.get(i), k) == fold));
    }
    ToneEvaluation texts = evaluate(examples, gold, chosen, i -> !examples.get(i).paragraph());
    ToneEvaluation ofParagraphs = paragraphs ? evaluate(examples, gold, chosen, i -> examples.get(i).paragraph()) : null;
    return new Result(fit(examples, settings).model(factor), texts, factor, perFold, ofParagraphs);
  }

  /** The agreement of {@code predicted} with {@code gold} over the examples {@code which} selects. */
  private static ToneEvaluation evaluate(List<Example> examples, int[] gold, int[] predicted, IntPredicate which) {
    int[] members = IntStream.range(0, examples.size()).filter(which).toArray();
    return ToneEvaluation.of(Arrays.stream(members).map(i -> gold[i]).toArray(), Arrays.stream(members).map(i -> predicted[i]).toArray());
  }

  private static int value(ToneLabel label) {
    return switch (label) {
      case NEGATIVE -> -1;
      case NEUTRAL -> 0;
      case POSITIVE -> 1;
    };
  }

  private static int fold(Example e, int folds) {
    return e.bucket() % folds;
  }

  /** The score the scorer gives an example under {@code model}, rounded as it rounds. */
  static double score(ToneModel model, Example e) {
    double sum = 0;
    for (ToneScorer.RuleCue c : e.cues()) {
      sum += round(c.value() * model.groupWeight(c.group(), c.value()), ToneScorer.CONTRIBUTION_SCALE);
    }
    return round(ToneScorer.squash(sum), ToneScorer.SCORE_SCALE);
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }

  /**
   * Fitted weights on the scale of the ordinal model, its cut point {@code h} (the cut points
   * are -h and h), and {@code boundary}, the weighted sum above which the most probable label is
   * positive (below its negation, negative).
   */
  record Fit(Map<String, Double> weights, double h, double boundary) {

    /** A weight is written with three decimals (model.tsv). */
    private static final double WEIGHT_SCALE = 1000;

    /** The model whose threshold lies at {@code factor} times the boundary, in threshold units. */
    ToneModel model(double factor) {
      double unit = factor * boundary;
      Map<String, Double> scaled = new TreeMap<>();
      weights.forEach((group, w) -> scaled.put(group, round(w / unit, WEIGHT_SCALE)));
      return new ToneModel(scaled, -ToneModel.THRESHOLD, ToneModel.THRESHOLD);
    }
  }

  /** The weighted sum z > 0 at which P(positive) overtakes P(neutral) under cut points ±h. */
  static double boundary(double h) {
    double lo = 0;
    double hi = h + BOUNDARY_SEARCH_SPAN;
    for (int i = 0; i < BOUNDARY_SEARCH_STEPS; i++) {
      double z = (lo + hi) / 2;
      double positive = 1 - sigmoid(h - z);
      double neutral = sigmoid(h - z) - sigmoid(-h - z);
      if (positive > neutral) {
        hi = z;
      } else {
        lo = z;
      }
    }
    // With cut points this close neutral is never the most probable label; fall back to h.
    return lo > NO_BOUNDARY ? lo : h;
  }

  /** The group weights: ordinal logistic regression of the gold labels on the weighted cue sums. */
  static Fit fit(List<Example> examples, Settings settings) {
    TreeSet<String> names = new TreeSet<>();
    for (Example e : examples) {
      for (ToneScorer.RuleCue c : e.cues()) {
        names.add(key(c));
      }
    }
    List<String> groups = new ArrayList<>(names);
    int n = groups.size();
    double[][] x = features(examples, groups);
    // Parameters: the group weights, then the log of the cut point h.
    double[] theta = new double[n + 1];
    for (int g = 0; g < n; g++) {
      theta[g] = 1;
    }
    theta[n] = Math.log(START_CUT);
    double[] m = new double[theta.length];
    double[] v = new double[theta.length];
    for (int step = 1; step <= settings.iterations(); step++) {
      double[] grad = gradient(theta, x, examples, settings);
      double correction1 = 1 - Math.pow(BETA1, step);
      double correction2 = 1 - Math.pow(BETA2, step);
      for (int i = 0; i < theta.length; i++) {
        m[i] = BETA1 * m[i] + (1 - BETA1) * grad[i];
        v[i] = BETA2 * v[i] + (1 - BETA2) * grad[i] * grad[i];
        theta[i] -= RATE * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + EPSILON);
      }
    }
    Map<String, Double> weights = new TreeMap<>();
    for (int g = 0; g < n; g++) {
      weights.put(groups.get(g), theta[g]);
    }
    double h = Math.exp(theta[n]);
    return new Fit(weights, h, boundary(h));
  }

  /** Per example, the sum of its cue values in each group (in the order of {@code groups}). */
  private static double[][] features(List<Example> examples, List<String> groups) {
    Map<String, Integer> index = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      index.put(groups.get(g), g);
    }
    double[][] x = new double[examples.size()][groups.size()];
    for (int i = 0; i < examples.size(); i++) {
      for (ToneScorer.RuleCue c : examples.get(i).cues()) {
        x[i][index.get(key(c))] += c.value();
      }
    }
    return x;
  }

  /**
   * The gradient of the weighted mean negative log-likelihood plus the penalty, with respect to
   * the group weights and the log of the cut point (the last parameter).
   */
  private static double[] gradient(double[] theta, double[][] x, List<Example> examples, Settings settings) {
    int n = theta.length - 1;
    double count = 0;
    for (Example e : examples) {
      count += e.weight();
    }
    count = Math.max(1, count);
    double[] grad = new double[theta.length];
    double h = Math.exp(theta[n]);
    for (int i = 0; i < examples.size(); i++) {
      double z = 0;
      for (int g = 0; g < n; g++) {
        z += theta[g] * x[i][g];
      }
      double a = sigmoid(-h - z);
      double b = sigmoid(h - z);
      double dz;
      double dh;
      int gold = examples.get(i).gold();
      if (gold < 0) { // -log a
        dz = 1 - a;
        dh = 1 - a; // d/dh of -log a, a = sigmoid(-h - z)
      } else if (gold > 0) { // -log (1 - b)
        dz = -b;
        dh = b;
      } else { // -log (b - a)
        double p = Math.max(b - a, LEAST_PROBABILITY);
        double da = a * (1 - a);
        double db = b * (1 - b);
        dz = (db - da) / p;
        dh = -(db + da) / p;
      }
      double weight = examples.get(i).weight();
      for (int g = 0; g < n; g++) {
        grad[g] += weight * dz * x[i][g] / count;
      }
      grad[n] += weight * dh * h / count;
    }
    for (int g = 0; g < n; g++) {
      grad[g] += 2 * settings.groupPenalty() * (theta[g] - 1);
    }
    return grad;
  }

  private static String key(ToneScorer.RuleCue c) {
    return c.group() + (c.value() < 0 ? "-" : "+");
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
