package nlnews.sentiment;

/**
 * Agreement between gold labels and predicted labels on the three-point scale -1, 0, 1:
 * accuracy, macro-averaged F1, Krippendorff's alpha (ordinal) and the confusion matrix.
 *
 * <p>Alpha treats gold and prediction as two coders of the same units. The ordinal level fits
 * the scale: negative, neutral and positive are ordered, so calling a negative text positive is
 * a worse disagreement than calling it neutral, but the distances between the points are not
 * known to be equal (which the interval level would assume). With the ordinal metric the weight
 * of a disagreement also depends on how often the values in between occur.
 *
 * @param confusion {@code confusion[g + 1][p + 1]} counts the texts with gold {@code g} and
 *     prediction {@code p}
 */
public record ToneEvaluation(int count, double accuracy, double macroF1, double alpha, int[][] confusion) {

  /** The scale, in the order of the confusion matrix's rows and columns. */
  public static final int[] VALUES = {-1, 0, 1};

  public ToneEvaluation {
    int[][] copy = new int[3][];
    for (int i = 0; i < 3; i++) {
      copy[i] = confusion[i].clone();
    }
    confusion = copy;
  }

  /** Texts with gold {@code gold} predicted as {@code predicted} (both -1, 0 or 1). */
  public int cell(int gold, int predicted) {
    return confusion[gold + 1][predicted + 1];
  }

  /** Evaluates predictions against gold labels, position by position; every value is -1, 0 or 1. */
  public static ToneEvaluation of(int[] gold, int[] predicted) {
    if (gold.length != predicted.length) {
      throw new IllegalArgumentException(gold.length + " gold labels, " + predicted.length + " predictions");
    }
    int[][] confusion = new int[3][3];
    for (int i = 0; i < gold.length; i++) {
      confusion[index(gold[i])][index(predicted[i])]++;
    }
    int n = gold.length;
    int agree = 0;
    double f1 = 0;
    for (int c = 0; c < 3; c++) {
      agree += confusion[c][c];
      int goldC = 0;
      int predC = 0;
      for (int k = 0; k < 3; k++) {
        goldC += confusion[c][k];
        predC += confusion[k][c];
      }
      // F1 = 2tp / (gold + predicted); a class nobody used and nobody predicted scores 0.
      f1 += goldC + predC == 0 ? 0 : 2.0 * confusion[c][c] / (goldC + predC);
    }
    double accuracy = n == 0 ? 0 : (double) agree / n;
    return new ToneEvaluation(n, accuracy, f1 / 3, ordinalAlpha(confusion), confusion);
  }

  private static int index(int label) {
    if (label < -1 || label > 1) {
      throw new IllegalArgumentException("label not -1, 0 or 1: " + label);
    }
    return label + 1;
  }

  /**
   * Krippendorff's alpha for two coders without missing values, ordinal metric: 1 - D_o / D_e
   * from the coincidence matrix (each unit adds its pair of values in both orders).
   */
  static double ordinalAlpha(int[][] confusion) {
    double[][] o = new double[3][3];
    for (int g = 0; g < 3; g++) {
      for (int p = 0; p < 3; p++) {
        o[g][p] += confusion[g][p];
        o[p][g] += confusion[g][p];
      }
    }
    double[] marginal = new double[3];
    double total = 0;
    for (int c = 0; c < 3; c++) {
      for (int k = 0; k < 3; k++) {
        marginal[c] += o[c][k];
      }
      total += marginal[c];
    }
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < 3; c++) {
      for (int k = 0; k < 3; k++) {
        double delta = ordinalDistance(marginal, c, k);
        observed += o[c][k] * delta;
        expected += marginal[c] * marginal[k] * delta;
      }
    }
    if (expected == 0) {
      return Double.NaN; // both coders used one value throughout: alpha is undefined
    }
    return 1 - (total - 1) * observed / expected;
  }

  /** The squared ordinal distance: the values from c to k counted, half the end points. */
  private static double ordinalDistance(double[] marginal, int c, int k) {
    if (c == k) {
      return 0;
    }
    int lo = Math.min(c, k);
    int hi = Math.max(c, k);
    double sum = 0;
    for (int g = lo; g <= hi; g++) {
      sum += marginal[g];
    }
    sum -= (marginal[lo] + marginal[hi]) / 2;
    return sum * sum;
  }
}
