package nlnews.eval;

/** Precision, recall and F1 from counts: {@code correct} of {@code predicted} and of {@code gold}; 0 over nothing. */
public record Prf(int correct, int predicted, int gold) {

  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
