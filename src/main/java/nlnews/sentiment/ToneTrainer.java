package nlnews.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the {@link ToneModel} to labelled texts. The weights: an ordinal logistic regression
 * (proportional odds) of the gold label on one score, the sum of the rule cues with a weight per
 * group and sign, each kept near 1 by an L2 penalty (the lexicon's own weights are the prior).
 * The thresholds: on a second, development set, the pair that maximises accuracy plus macro-F1,
 * both of which the evaluation reports. Full-batch Adam from a fixed start and a fixed grid:
 * the same data gives the same model, bit for bit.
 */
public final class ToneTrainer {

  /** One labelled text: the rule cues of its one paragraph and its gold label (-1, 0, 1). */
  public record Example(List<ToneScorer.RuleCue> cues, int gold) {
    public Example {
      cues = List.copyOf(cues);
    }
  }

  /**
   * How to fit.
   *
   * @param groupPenalty L2 penalty per example on each group weight's distance from 1
   * @param iterations steps of full-batch Adam
   */
  public record Settings(double groupPenalty, int iterations) {

    /** The settings of the shipped model, chosen on dev (docs/sentiment.md). */
    public static Settings defaults() {
      return new Settings(0.0005, 3000);
    }
  }

  /** The threshold grid: scores from -0.95 to 0.95 in steps of 0.05. */
  private static final int GRID = 19;

  private ToneTrainer() {}

  /** Fits the group weights on {@code train} and the thresholds on {@code dev}. */
  public static ToneModel train(List<Example> train, List<Example> dev, Settings settings) {
    Map<String, Double> weights = fit(train, settings);
    ToneModel model = new ToneModel(weights, -0.1, 0.1);
    double[] scores = new double[dev.size()];
    int[] gold = new int[dev.size()];
    for (int i = 0; i < dev.size(); i++) {
      scores[i] = score(model, dev.get(i));
      gold[i] = dev.get(i).gold();
    }
    double best = Double.NEGATIVE_INFINITY;
    double negative = -0.1;
    double positive = 0.1;
    for (int lo = 1; lo <= GRID; lo++) {
      for (int hi = 1; hi <= GRID; hi++) {
        double n = -lo * 0.05;
        double p = hi * 0.05;
        int[] predicted = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
          predicted[i] = scores[i] <= n + 1e-9 ? -1 : scores[i] >= p - 1e-9 ? 1 : 0;
        }
        ToneEvaluation e = ToneEvaluation.of(gold, predicted);
        double objective = e.accuracy() + e.macroF1();
        if (objective > best + 1e-12) {
          best = objective;
          negative = round(n, 100);
          positive = round(p, 100);
        }
      }
    }
    return model.withThresholds(negative, positive);
  }

  /** The score the scorer gives an example under {@code model}, rounded as it rounds. */
  static double score(ToneModel model, Example e) {
    double sum = 0;
    for (ToneScorer.RuleCue c : e.cues()) {
      sum += round(c.value() * model.groupWeight(c.group(), c.value()), 100);
    }
    return round(ToneScorer.squash(sum), 1000);
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }

  /** The group weights: ordinal logistic regression of the gold labels on the weighted cue sums. */
  static Map<String, Double> fit(List<Example> examples, Settings settings) {
    TreeSet<String> names = new TreeSet<>();
    for (Example e : examples) {
      for (ToneScorer.RuleCue c : e.cues()) {
        names.add(key(c));
      }
    }
    List<String> groups = new ArrayList<>(names);
    Map<String, Integer> index = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      index.put(groups.get(g), g);
    }
    int n = groups.size();
    double[][] x = new double[examples.size()][n];
    for (int i = 0; i < examples.size(); i++) {
      for (ToneScorer.RuleCue c : examples.get(i).cues()) {
        x[i][index.get(key(c))] += c.value();
      }
    }
    // Parameters: the group weights, then cut point 1 and the log of the gap to cut point 2.
    double[] theta = new double[n + 2];
    for (int g = 0; g < n; g++) {
      theta[g] = 1;
    }
    theta[n] = -0.5;
    double[] m = new double[theta.length];
    double[] v = new double[theta.length];
    double rate = 0.05;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double count = examples.size();
    for (int step = 1; step <= settings.iterations(); step++) {
      double[] grad = new double[theta.length];
      double cut1 = theta[n];
      double gap = Math.exp(theta[n + 1]);
      double cut2 = cut1 + gap;
      for (int i = 0; i < examples.size(); i++) {
        double z = 0;
        for (int g = 0; g < n; g++) {
          z += theta[g] * x[i][g];
        }
        double a = sigmoid(cut1 - z);
        double b = sigmoid(cut2 - z);
        double dz;
        double dCut1;
        double dCut2;
        int gold = examples.get(i).gold();
        if (gold < 0) { // -log a
          dz = 1 - a;
          dCut1 = -(1 - a);
          dCut2 = 0;
        } else if (gold > 0) { // -log (1 - b)
          dz = -b;
          dCut1 = 0;
          dCut2 = b;
        } else { // -log (b - a)
          double p = Math.max(b - a, 1e-12);
          double da = a * (1 - a);
          double db = b * (1 - b);
          dz = (db - da) / p;
          dCut1 = da / p;
          dCut2 = -db / p;
        }
        for (int g = 0; g < n; g++) {
          grad[g] += dz * x[i][g] / count;
        }
        grad[n] += (dCut1 + dCut2) / count;
        grad[n + 1] += dCut2 * gap / count;
      }
      for (int g = 0; g < n; g++) {
        grad[g] += 2 * settings.groupPenalty() * (theta[g] - 1);
      }
      double correction1 = 1 - Math.pow(beta1, step);
      double correction2 = 1 - Math.pow(beta2, step);
      for (int i = 0; i < theta.length; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        theta[i] -= rate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + 1e-8);
      }
    }
    Map<String, Double> weights = new TreeMap<>();
    for (int g = 0; g < n; g++) {
      weights.put(groups.get(g), round(theta[g], 1000));
    }
    return weights;
  }

  private static String key(ToneScorer.RuleCue c) {
    return c.group() + (c.value() < 0 ? "-" : "+");
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
