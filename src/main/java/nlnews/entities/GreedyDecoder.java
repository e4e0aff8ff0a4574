package nlnews.entities;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntPredicate;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Decodes a sentence with a perceptron model the way OpenNLP's {@code BeamSearch} does at beam
 * size 1 (each token takes the most probable outcome the validator allows), over a compact copy
 * of the model's parameters.
 *
 * <p>Why: looking features up in the model's {@code HashMap} (node, key, key bytes, context,
 * outcome and parameter arrays: six objects apart in memory) was a quarter of all the time
 * {@code analyze} spent. Here a feature is known by a 64-bit fingerprint of its text, found in one
 * open-addressing table that also says where its block of outcome ids and weights lies in one
 * flat array. The model's own features are checked to have distinct fingerprints (else
 * {@link #of} declines); a feature the model does not know could pass for one it knows only by
 * sharing its 64 bits, a chance of about N in 2^64 per lookup for a model of N features (about 3
 * in 10^15 for the bundled one's 51,339). Sums, probabilities and the choice among ties are
 * computed in OpenNLP's order with OpenNLP's arithmetic, so the outcomes and their probabilities
 * are bit for bit those of {@code BeamSearch} (a test holds this on the bundled model). Immutable
 * and thread-safe; each tagger brings its own features (a {@link HashedNameFinder}, or a
 * {@code NameFinderME}'s context generator).
 */
final class GreedyDecoder implements SequenceClassificationModel {

  /** Models with more outcomes than this are left to BeamSearch: an outcome id takes four bits. */
  private static final int MAX_OUTCOMES = 16;

  private final String[] outcomes;
  /**
   * Open addressing, two longs per slot: a feature's fingerprint, then where its block starts in
   * {@link #params} (high bits) and how many weights it holds (low byte); 0 marks an empty slot.
   */
  private final long[] table;
  private final int mask;
  /**
   * One block per feature: its outcome ids, four bits each, in one long, then the raw bits of
   * its weights, so the ids and weights of a feature come from one place in memory.
   */
  private final long[] params;

  private GreedyDecoder(String[] outcomes, long[] table, long[] params) {
    this.outcomes = outcomes;
    this.table = table;
    this.mask = table.length / 2 - 1;
    this.params = params;
  }

  /**
   * A decoder for {@code model}, or null when it cannot stand in for OpenNLP's own: the model is
   * not a perceptron, it was trained to be decoded with a wider beam, or it has more than
   * {@value #MAX_OUTCOMES} outcomes.
   */
  static GreedyDecoder of(MaxentModel model, int beamSize) {
    if (beamSize != 1
        || !(model instanceof AbstractModel abstractModel)
        || abstractModel.getModelType() != AbstractModel.ModelType.Perceptron
        || model.getNumOutcomes() > MAX_OUTCOMES) {
      return null;
    }
    Object[] data = abstractModel.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) data[1];
    long total = 0;
    for (Context c : features.values()) {
      total += 1 + c.getOutcomes().length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      return null;
    }
    long[] params = new long[(int) total];
    int slots = Integer.highestOneBit(Math.max(2, features.size())) << 2; // at most half full
    long[] table = new long[2 * slots];
    int w = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      int[] ids = e.getValue().getOutcomes();
      if (ids.length == 0) {
        continue; // a feature without weights adds nothing
      }
      long packed = 0;
      for (int k = 0; k < ids.length; k++) {
        packed |= (long) ids[k] << (4 * k);
      }
      params[w] = packed;
      double[] weights = e.getValue().getParameters();
      for (int k = 0; k < ids.length; k++) {
        params[w + 1 + k] = Double.doubleToRawLongBits(weights[k]);
      }
      long fingerprint = FeatureFingerprints.of(e.getKey());
      int slot = (int) fingerprint & (slots - 1);
      while (table[2 * slot + 1] != 0) {
        if (table[2 * slot] == fingerprint) {
          return null; // two features alike in 64 bits: leave this model to BeamSearch
        }
        slot = (slot + 1) & (slots - 1);
      }
      table[2 * slot] = fingerprint;
      table[2 * slot + 1] = (long) w << 8 | ids.length;
      w += 1 + ids.length;
    }
    return new GreedyDecoder(((String[]) data[2]).clone(), table, params);
  }

  @Override
  public <T> Sequence bestSequence(
      T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    FeatureFingerprints features = new FeatureFingerprints();
    return bestSequence(sequence.length, (i, prior) -> {
      features.clear();
      for (String feature : contexts.getContext(i, sequence, prior, additionalContext)) {
        features.add(feature);
      }
      return features;
    }, (i, prior, outcome) -> validator.validSequence(i, sequence, prior, outcome));
  }

  /** The features of token {@code i}, given the outcomes chosen for the tokens before it. */
  interface Features {
    FeatureFingerprints of(int i, String[] prior);
  }

  /** Whether {@code outcome} may follow {@code prior} at token {@code i}. */
  interface Validator {
    boolean valid(int i, String[] prior, String outcome);
  }

  /** The best sequence of outcomes for {@code length} tokens whose features come as fingerprints. */
  Sequence bestSequence(int length, Features contexts, Validator validator) {
    Sequence best = new Sequence();
    String[] chosen = new String[length];
    double[] probs = new double[outcomes.length];
    for (int t = 0; t < length; t++) {
      int i = t;
      String[] prior = Arrays.copyOf(chosen, i);
      probabilities(contexts.of(i, prior), probs);
      int pick = pick(probs, best.getScore(), o -> validator.valid(i, prior, outcomes[o]));
      if (pick < 0) {
        return null; // nothing valid: BeamSearch finds no sequence either
      }
      chosen[i] = outcomes[pick];
      best.add(chosen[i], probs[pick]);
    }
    return best;
  }

  /**
   * The outcome BeamSearch keeps at beam size 1: the first valid one of the most probable; when
   * none of those is valid, the valid one that gives the sequence the highest score (a sum of log
   * probabilities, in which nearly equal probabilities can tie: then the first).
   */
  private static int pick(double[] probs, double score, IntPredicate valid) {
    double top = Double.NEGATIVE_INFINITY;
    for (double p : probs) {
      top = Math.max(top, p);
    }
    for (int o = 0; o < probs.length; o++) {
      if (probs[o] >= top && valid.test(o)) {
        return o;
      }
    }
    int pick = -1;
    double pickScore = 0;
    for (int o = 0; o < probs.length; o++) {
      if (valid.test(o)) {
        double s = score + StrictMath.log(probs[o]);
        if (pick < 0 || s > pickScore) {
          pick = o;
          pickScore = s;
        }
      }
    }
    return pick;
  }

  /**
   * The outcome probabilities for one token's features, computed exactly as the perceptron
   * computes them. All the features are looked up before any weight is added, so the lookups'
   * cache misses overlap instead of waiting on one another; {@code features} then holds the
   * table entries instead of the fingerprints.
   */
  private void probabilities(FeatureFingerprints features, double[] probs) {
    int n = features.size();
    for (int f = 0; f < n; f++) {
      features.set(f, find(features.get(f)));
    }
    Arrays.fill(probs, 0);
    for (int f = 0; f < n; f++) {
      long entry = features.get(f);
      int count = (int) (entry & 0xff);
      if (count == 0) {
        continue;
      }
      int block = (int) (entry >>> 8);
      long ids = params[block];
      for (int k = 0; k < count; k++) {
        probs[(int) (ids >>> (4 * k)) & 0xf] += Double.longBitsToDouble(params[block + 1 + k]);
      }
    }
    double max = 1;
    for (double s : probs) {
      if (max < StrictMath.abs(s)) {
        max = StrictMath.abs(s);
      }
    }
    double sum = 0;
    for (int o = 0; o < probs.length; o++) {
      probs[o] = StrictMath.exp(probs[o] / max);
      sum += probs[o];
    }
    for (int o = 0; o < probs.length; o++) {
      probs[o] /= sum;
    }
  }

  /** Where the weights of a feature start and how many there are, as packed in the table; 0 for none. */
  private long find(long fingerprint) {
    int slot = (int) fingerprint & mask;
    long entry;
    while ((entry = table[2 * slot + 1]) != 0) {
      if (table[2 * slot] == fingerprint) {
        return entry;
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
      BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    Sequence best = bestSequence(sequence, additionalContext, contexts, validator);
    return best == null || best.getScore() <= minSequenceScore ? new Sequence[0] : new Sequence[] {best};
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences, T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
      SequenceValidator<T> validator) {
    Sequence best = bestSequence(sequence, additionalContext, contexts, validator);
    return best == null ? new Sequence[0] : new Sequence[] {best};
  }

  @Override
  public String[] getOutcomes() {
    return outcomes.clone();
  }
}
