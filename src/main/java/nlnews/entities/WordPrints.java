package nlnews.entities;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The name-finder features a token brings along wherever it stands, as fingerprints: its word
 * and shape for each place in the window, its prefixes and suffixes, its list word, its trigger,
 * its clusters, and the hash states that start the bigrams it opens. {@link HashedNameFinder}
 * puts a token's features together from its own prints and its neighbours'.
 *
 * <p>Why: the same few thousand words make up most of every article, and each of them had its
 * features hashed afresh at every occurrence, in every place of the window (its lower-case form
 * alone five times), and looked up in the lists and clusters again. A print depends on the token's
 * characters alone (and on the model's lists and clusters), so {@link Cache} keeps the prints of
 * the words met first and computes the rest on demand. The generators in {@link NerFeatures}
 * stay the definition: a test compares the fingerprints with OpenNLP's feature strings.
 */
final class WordPrints {

  /** The prefix and suffix lengths of the bundled descriptor (its Prefix and Suffix generators, length 4). */
  private static final int AFFIX_LENGTH = 4;

  final String lower;
  final String shape;
  final boolean capitalized;
  /** OpenNLP's token class ("lc", "ic", "4d", ...): part of the previous-outcome features. */
  final String tokenClass;
  /** "w-2=" + lower ... "w+2=" + lower, by place in the window. */
  final long[] words = new long[NerFeatures.Window.WORD.length];
  /** "s-2=" + shape ... "s+2=" + shape. */
  final long[] shapes = new long[NerFeatures.Window.SHAPE.length];
  /** "w,s=" + lower + "," + shape. */
  final long wordShape;
  /** "psuf=" / "nsuf=" + the last four letters: as the word before / after the token. */
  final long suffixBefore;
  final long suffixAfter;
  /** The hash states of "pw,w=" + lower + "," and "ps,s=" + shape + ",": bigrams this word starts as the one before. */
  final long pairBefore;
  final long shapePairBefore;
  /** The hash states of "w,nw=" + lower + "," and "s,ns=" + shape + ",": bigrams this word starts as the token. */
  final long pairAfter;
  final long shapePairAfter;
  /** "w=" + the token as written. */
  final long token;
  /** "pre=" + the first 1..4 characters, then "suf=" + the last 1..4. */
  final long[] affixes;
  /** "sh=", "sh-1=" and "sh+1=" + shape. */
  final long shapeOwn;
  final long shapeBefore;
  final long shapeAfter;
  /** The kind of list word ("first-name", "title", ...), or null; then "gw=" + kind (",cap"), "gw-1=", "gw+1=". */
  final String listWord;
  final long listWordOwn;
  final long listWordBefore;
  final long listWordAfter;
  /** True for a title or role noun (for "tr-2=title"). */
  final boolean title;
  /** The trigger this word is as the word before a token ("tr-1=title", ...), when {@link #triggers}. */
  final boolean triggers;
  final long triggerBefore;
  /** A legal form ("bv", "nv"): "tr+1=legal-form" for the token before it. */
  final boolean legalForm;
  /** Capitalised and an organisation word: "tr=organisation-word". */
  final boolean organisationWord;
  /** The word's own cluster features ("cl0=" ... or "cl=none"). */
  final long[] clusters;
  /** True when the word has clusters; then "cl-1=" / "cl+1=" + its first class. */
  final boolean clustered;
  final long clusterBefore;
  final long clusterAfter;

  WordPrints(String token, NameLists names, WordClusters clusterTable) {
    lower = token.toLowerCase(Locale.ROOT);
    shape = NerFeatures.shape(token);
    capitalized = NerFeatures.isCapitalized(token);
    tokenClass = FeatureGeneratorUtil.tokenFeature(token);
    for (int p = 0; p < words.length; p++) {
      words[p] = FeatureFingerprints.of(NerFeatures.Window.WORD[p], lower);
      shapes[p] = FeatureFingerprints.of(NerFeatures.Window.SHAPE[p], shape);
    }
    wordShape = FeatureFingerprints.of(FeatureFingerprints.start("w,s=", lower, ","), shape);
    String suffix = NerFeatures.suffix(lower);
    suffixBefore = FeatureFingerprints.of("psuf=", suffix);
    suffixAfter = FeatureFingerprints.of("nsuf=", suffix);
    pairBefore = FeatureFingerprints.start("pw,w=", lower, ",");
    shapePairBefore = FeatureFingerprints.start("ps,s=", shape, ",");
    pairAfter = FeatureFingerprints.start("w,nw=", lower, ",");
    shapePairAfter = FeatureFingerprints.start("s,ns=", shape, ",");
    this.token = FeatureFingerprints.of("w=", token);
    int affixCount = Math.min(AFFIX_LENGTH, token.length());
    affixes = new long[2 * affixCount];
    for (int k = 1; k <= affixCount; k++) {
      affixes[k - 1] = FeatureFingerprints.of("pre=", token.substring(0, k));
      affixes[affixCount + k - 1] = FeatureFingerprints.of("suf=", token.substring(token.length() - k));
    }
    shapeOwn = FeatureFingerprints.of("sh=", shape);
    shapeBefore = FeatureFingerprints.of("sh-1=", shape);
    shapeAfter = FeatureFingerprints.of("sh+1=", shape);
    listWord = names.word(token);
    listWordOwn = listWord == null ? 0 : FeatureFingerprints.of(FeatureFingerprints.start("gw=", listWord), capitalized ? ",cap" : "");
    listWordBefore = listWord == null ? 0 : FeatureFingerprints.of("gw-1=", listWord);
    listWordAfter = listWord == null ? 0 : FeatureFingerprints.of("gw+1=", listWord);
    title = names.isTitle(lower);
    String trigger = NerTriggerWords.triggerBefore(lower, title);
    triggers = trigger != null;
    triggerBefore = trigger == null ? 0 : FeatureFingerprints.of(trigger);
    legalForm = NerTriggerWords.LEGAL_FORMS.contains(lower);
    organisationWord = capitalized && NerTriggerWords.isOrganisationWord(lower);
    String[] classes = clusterTable.classes(token);
    clustered = classes != null;
    if (classes == null) {
      clusters = new long[] {FeatureFingerprints.of(NerFeatures.Clusters.NONE)};
      clusterBefore = 0;
      clusterAfter = 0;
    } else {
      clusters = new long[classes.length];
      for (int k = 0; k < classes.length; k++) {
        clusters[k] = FeatureFingerprints.of(NerFeatures.Clusters.level(k), classes[k]);
      }
      clusterBefore = FeatureFingerprints.of("cl-1=", classes[0]);
      clusterAfter = FeatureFingerprints.of("cl+1=", classes[0]);
    }
  }

  /**
   * The prints of the words of one model, shared by its finders on every thread. Holds about
   * {@code capacity} words (threads racing at the limit may each add one more), the first ones
   * asked for (in news, the frequent ones come first), none longer than {@value #LONGEST}
   * characters; any other word's prints are computed each time. Thread-safe; a print is the same
   * whoever computes it, so what the cache holds never changes a result.
   */
  static final class Cache {
    /** Longer tokens (addresses, runs of glued words) are rare and would make the memory unbounded in bytes. */
    static final int LONGEST = 40;
    private final NameLists names;
    private final WordClusters clusters;
    private final int capacity;
    private final ConcurrentHashMap<String, WordPrints> known;

    Cache(NameLists names, WordClusters clusters, int capacity) {
      this.names = names;
      this.clusters = clusters;
      this.capacity = capacity;
      this.known = new ConcurrentHashMap<>(Math.min(capacity, 1 << 12));
    }

    WordPrints of(String token) {
      WordPrints p = known.get(token);
      if (p == null) {
        p = new WordPrints(token, names, clusters);
        if (token.length() <= LONGEST && known.size() < capacity) {
          known.putIfAbsent(token, p);
        }
      }
      return p;
    }

    NameLists names() {
      return names;
    }

    /** The number of words held. */
    int size() {
      return known.size();
    }
  }
}
