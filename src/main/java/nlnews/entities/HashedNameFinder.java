package nlnews.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Finds names as OpenNLP's {@code NameFinderME} does with a model trained on the bundled feature
 * descriptor ({@code ner-features.xml}), with the same spans and probabilities, but computes each
 * token's features straight as the fingerprints the {@link GreedyDecoder} looks up.
 *
 * <p>Why: building ~45 feature strings per token, only to hash each one, was a quarter of all
 * the time {@code analyze} spent. The features here are those of the descriptor's generators in
 * its order, then those {@code DefaultNameContextGenerator} adds (the previous outcomes): the
 * order matters, since the weights are summed in it. {@code NerModel} uses this finder only for a
 * model whose stored descriptor is byte for byte the bundled one; a test compares the
 * fingerprints with OpenNLP's own feature strings on every token of the test articles and of
 * CoNLL testa. Not thread-safe: the finder keeps per-document memory, like NameFinderME.
 */
final class HashedNameFinder implements DocumentTagger.SentenceFinder {

  private static final String OTHER = NameFinderME.OTHER;
  private static final int AFFIX_LENGTH = 4;

  private final GreedyDecoder decoder;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  private final NerFeatures.Window window = new NerFeatures.Window();
  private final NerFeatures.Shape shape = new NerFeatures.Shape();
  private final NerFeatures.Lists lists;
  private final NerFeatures.Triggers triggers;
  private final NerFeatures.Document document = new NerFeatures.Document();
  private final NerFeatures.Clusters clusters;
  /** The outcome each word had the last time the document had it: OpenNLP's PreviousMapFeatureGenerator. */
  private final Map<String, String> previous = new HashMap<>();
  private final FeatureFingerprints features = new FeatureFingerprints();
  private double[] probs = new double[0];
  private String[] cachedTokens;
  /** OpenNLP's token class ("lc", "ic", "4d", ...) of each token of the cached sentence. */
  private String[] tokenClasses;

  HashedNameFinder(GreedyDecoder decoder, SequenceCodec<String> codec, NameLists names, WordClusters words) {
    this.decoder = decoder;
    this.codec = codec;
    this.validator = codec.createSequenceValidator();
    this.lists = new NerFeatures.Lists(names);
    this.triggers = new NerFeatures.Triggers(names);
    this.clusters = new NerFeatures.Clusters(words, 1);
  }

  /**
   * The names in one sentence of the current document; remembers the sentence for the next.
   * Each sentence must come as an array of its own, as in NameFinderME, whose feature cache
   * knows a sentence by its array: tagging one array twice would give OpenNLP stale features.
   */
  @Override
  public Span[] find(String[] tokens) {
    Sequence best = decoder.bestSequence(
        tokens.length,
        (i, prior) -> features(tokens, i, prior),
        (i, prior, outcome) -> validator.validSequence(i, tokens, prior, outcome));
    if (best == null) {
      throw new IllegalStateException("no valid outcome sequence"); // the BIO codec always allows "other"
    }
    List<String> outcomes = best.getOutcomes();
    remember(tokens, outcomes.toArray(new String[0]));
    probs = best.getProbs();
    Span[] spans = codec.decode(outcomes);
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
        p += probs[i];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }

  /** The probability of each outcome of the last sentence, as {@code NameFinderME.probs()}. */
  double[] probs() {
    return probs.clone();
  }

  /** Takes in a tagged sentence, for the features of the sentences after it (NameFinderME's updateAdaptiveData). */
  void remember(String[] tokens, String[] outcomes) {
    document.updateAdaptiveData(tokens, outcomes);
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], outcomes[i]);
    }
  }

  /** Forgets the document: call between documents. */
  @Override
  public void clearAdaptiveData() {
    document.clearAdaptiveData();
    previous.clear();
  }

  /** The features of token {@code index}, in the descriptor's order, then the previous outcomes. */
  FeatureFingerprints features(String[] tokens, int index, String[] prior) {
    if (tokens != cachedTokens) {
      cachedTokens = tokens;
      tokenClasses = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        tokenClasses[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
      }
    }
    FeatureFingerprints out = features;
    out.clear();
    String token = tokens[index];
    window.createFeatures(out, tokens, index);
    out.add("w=", token); // TokenFeatureGenerator, not lower-cased
    out.add("pd=", String.valueOf(previous.get(token))); // PreviousMapFeatureGenerator
    if (index == 0) {
      out.add("S=begin"); // SentenceFeatureGenerator, begin only
    }
    int affixes = Math.min(AFFIX_LENGTH, token.length());
    for (int k = 1; k <= affixes; k++) {
      out.addRange("pre=", token, 0, k); // PrefixFeatureGenerator
    }
    for (int k = 1; k <= affixes; k++) {
      out.addRange("suf=", token, token.length() - k, token.length()); // SuffixFeatureGenerator
    }
    shape.createFeatures(out, tokens, index);
    lists.createFeatures(out, tokens, index);
    triggers.createFeatures(out, tokens, index);
    document.createFeatures(out, tokens, index);
    clusters.createFeatures(out, tokens, index);
    // NameFinderME's additional-context window adds nothing without additional context.
    String po = index > 0 ? prior[index - 1] : OTHER;
    String ppo = index > 1 ? prior[index - 2] : OTHER;
    out.add("po=", po);
    out.add("pow=", po, ",", token);
    out.add("powf=", po, ",", tokenClasses[index]);
    out.add("ppo=", ppo);
    return out;
  }
}
