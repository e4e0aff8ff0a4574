package nlnews.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

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
  private static final long SENTENCE_BEGIN = FeatureFingerprints.of("S=begin");
  private static final long CAP_INITIAL = FeatureFingerprints.of("cap=initial");
  private static final long CAP_INSIDE = FeatureFingerprints.of("cap=inside");
  private static final long CAP_NEXT = FeatureFingerprints.of("cap=next");
  private static final long CAP_PREVIOUS = FeatureFingerprints.of("cap=prev");
  private static final long TITLE_TWO_BEFORE = FeatureFingerprints.of("tr-2=title");
  private static final long LEGAL_FORM_AFTER = FeatureFingerprints.of("tr+1=legal-form");
  private static final long ORGANISATION_WORD = FeatureFingerprints.of("tr=organisation-word");

  private final GreedyDecoder decoder;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;
  private final WordPrints.Cache cache;
  private final NerFeatures.Document document = new NerFeatures.Document();
  /** The outcome each word had the last time the document had it: OpenNLP's PreviousMapFeatureGenerator. */
  private final Map<String, String> previous = new HashMap<>();
  private final FeatureFingerprints features = new FeatureFingerprints();
  private double[] probs = new double[0];
  private String[] cachedTokens;
  /** Per token of the cached sentence: its prints, its known-name tag, whether its capital is owed to its place. */
  private WordPrints[] prints;
  private String[] nameTags;
  private boolean[] initial;

  HashedNameFinder(GreedyDecoder decoder, SequenceCodec<String> codec, WordPrints.Cache cache) {
    this.decoder = decoder;
    this.codec = codec;
    this.validator = codec.createSequenceValidator();
    this.cache = cache;
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

  /**
   * The features of token {@code index}, in the descriptor's order, then the previous outcomes:
   * those of the generators {@code Window}, token, previous map, sentence, prefix, suffix,
   * {@code Shape}, {@code Lists}, {@code Triggers}, {@code Document} and {@code Clusters} (window
   * 1), from the tokens' {@link WordPrints}. The order is part of the model: its weights are
   * summed in it.
   */
  FeatureFingerprints features(String[] tokens, int index, String[] prior) {
    if (tokens != cachedTokens) {
      cacheSentence(tokens);
    }
    FeatureFingerprints out = features;
    out.clear();
    WordPrints self = prints[index];
    WordPrints before = index > 0 ? prints[index - 1] : null;
    WordPrints after = index + 1 < tokens.length ? prints[index + 1] : null;
    window(out, index, self, before, after);
    out.push(self.token); // TokenFeatureGenerator, not lower-cased
    out.add("pd=", String.valueOf(previous.get(tokens[index]))); // PreviousMapFeatureGenerator
    if (index == 0) {
      out.push(SENTENCE_BEGIN); // SentenceFeatureGenerator, begin only
    }
    for (long affix : self.affixes) {
      out.push(affix); // PrefixFeatureGenerator, then SuffixFeatureGenerator
    }
    shape(out, index, self, before, after);
    lists(out, index, self, before, after);
    triggers(out, index, self, before, after);
    document.createFeatures(out, tokens, index);
    clusters(out, self, before, after);
    previousOutcomes(out, tokens[index], self, prior, index);
    return out;
  }

  /** The prints, known-name tags and sentence-opening capitals of the sentence {@code tokens}. */
  private void cacheSentence(String[] tokens) {
    cachedTokens = tokens;
    prints = new WordPrints[tokens.length];
    initial = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      prints[i] = cache.of(tokens[i]);
      initial[i] = NerFeatures.isInitial(tokens, i);
    }
    nameTags = cache.names().nameTags(tokens);
  }

  /** {@code NerFeatures.Window}: the words and shapes around the token, their bigrams, the neighbours' suffixes. */
  private void window(FeatureFingerprints out, int index, WordPrints self, WordPrints before, WordPrints after) {
    int reach = NerFeatures.Window.REACH;
    for (int d = -reach; d <= reach; d++) {
      int i = index + d;
      if (i >= 0 && i < prints.length) {
        out.push(prints[i].words[d + reach]);
        out.push(prints[i].shapes[d + reach]);
      }
    }
    out.push(self.wordShape);
    if (before != null) {
      out.push(before.suffixBefore);
      out.push(FeatureFingerprints.of(before.pairBefore, self.lower));
      out.push(FeatureFingerprints.of(before.shapePairBefore, self.shape));
    }
    if (after != null) {
      out.push(after.suffixAfter);
      out.push(FeatureFingerprints.of(self.pairAfter, after.lower));
      out.push(FeatureFingerprints.of(self.shapePairAfter, after.shape));
    }
  }

  /** {@code NerFeatures.Shape}: the shapes, and where a capital stands. */
  private void shape(FeatureFingerprints out, int index, WordPrints self, WordPrints before, WordPrints after) {
    out.push(self.shapeOwn);
    if (self.capitalized) {
      out.push(initial[index] ? CAP_INITIAL : CAP_INSIDE);
      if (after != null && after.capitalized) {
        out.push(CAP_NEXT);
      }
      if (before != null && before.capitalized && !initial[index - 1]) {
        out.push(CAP_PREVIOUS);
      }
    }
    if (before != null) {
      out.push(before.shapeBefore);
    }
    if (after != null) {
      out.push(after.shapeAfter);
    }
  }

  /** {@code NerFeatures.Lists}: the known names the token and its neighbours are part of, and their list words. */
  private void lists(FeatureFingerprints out, int index, WordPrints self, WordPrints before, WordPrints after) {
    String tag = nameTags[index];
    if (tag != null) {
      out.add("gz=", tag);
      out.add("gz=", tag, initial[index] ? ",initial" : "");
    }
    if (self.listWord != null) {
      out.push(self.listWordOwn);
    }
    if (before != null) {
      if (before.listWord != null) {
        out.push(before.listWordBefore);
      }
      if (nameTags[index - 1] != null) {
        out.add("gz-1=", nameTags[index - 1]);
      }
    }
    if (after != null) {
      if (after.listWord != null) {
        out.push(after.listWordAfter);
      }
      if (nameTags[index + 1] != null) {
        out.add("gz+1=", nameTags[index + 1]);
      }
    }
  }

  /** {@code NerFeatures.Triggers}: the context words that announce a name. */
  private void triggers(FeatureFingerprints out, int index, WordPrints self, WordPrints before, WordPrints after) {
    if (before != null) {
      if (before.triggers) {
        out.push(before.triggerBefore);
      }
      if (index > 1 && prints[index - 2].title && before.capitalized) {
        out.push(TITLE_TWO_BEFORE);
      }
    }
    if (after != null && after.legalForm) {
      out.push(LEGAL_FORM_AFTER);
    }
    if (self.organisationWord) {
      out.push(ORGANISATION_WORD);
    }
  }

  /** {@code NerFeatures.Clusters} with a window of 1: the token's classes and its neighbours' first. */
  private static void clusters(FeatureFingerprints out, WordPrints self, WordPrints before, WordPrints after) {
    for (long cluster : self.clusters) {
      out.push(cluster);
    }
    if (before != null && before.clustered) {
      out.push(before.clusterBefore);
    }
    if (after != null && after.clustered) {
      out.push(after.clusterAfter);
    }
  }

  /**
   * What NameFinderME adds after the descriptor's features: the outcomes of the two tokens
   * before (its additional-context window adds nothing without additional context).
   */
  private static void previousOutcomes(FeatureFingerprints out, String token, WordPrints self, String[] prior, int index) {
    String po = index > 0 ? prior[index - 1] : OTHER;
    String ppo = index > 1 ? prior[index - 2] : OTHER;
    out.add("po=", po);
    out.add("pow=", po, ",", token);
    out.add("powf=", po, ",", self.tokenClass);
    out.add("ppo=", ppo);
  }
}
