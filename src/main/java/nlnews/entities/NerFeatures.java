package nlnews.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The name finder's own feature generators, each usable from a feature descriptor
 * ({@code nlnews/entities/ner-features.xml}) through its factory:
 *
 * <ul>
 *   <li>{@link Shape}: a compressed word shape ("Xx-x" for Kremlin-woordvoerder), and whether a
 *       capital says nothing because the word opens a sentence, a quotation or a clause;
 *   <li>{@link Lists}: the gazetteers, as the kind of known names a token is part of
 *       (LOC-B, ORG-I) and the kind of known words around it (first name, title, adjective);
 *   <li>{@link Triggers}: the context words that announce a name: a title or role noun, a form
 *       of address, a place preposition or noun, a kind of organisation ("softwarebedrijf")
 *       before it; a legal form after it;
 *   <li>{@link Document}: what the rest of the article says about the word: written in lower
 *       case elsewhere (an ordinary word), or capitalised inside a sentence (a name);
 *   <li>{@link Clusters}: the word's classes in word clusters learnt from unlabelled Dutch text.
 * </ul>
 *
 * These classes are the definition of the features: OpenNLP's training and {@code NameFinderME}
 * call them. {@link HashedNameFinder} computes the same features as fingerprints from
 * {@link WordPrints} (calling only {@link Document} itself), and a test holds the two to the same
 * features in the same order. A generator instance belongs to one tagger and so to one thread;
 * the caches and the document memory it keeps are per thread.
 *
 * <p>The features, the numbers that shape them (window, shape and suffix lengths) and the word
 * lists they read ({@link NerTriggerWords}) belong to the trained model {@code ner-nl.bin},
 * whose descriptor names these factories: they change only together with a retrained model.
 */
public final class NerFeatures {

  private NerFeatures() {}

  /**
   * A generator that writes into a {@link FeatureSink}; OpenNLP's string interface is the sink
   * of a list.
   */
  abstract static class SinkGenerator implements AdaptiveFeatureGenerator {
    abstract void createFeatures(FeatureSink features, String[] tokens, int index);

    @Override
    public final void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
      createFeatures(FeatureSink.into(features), tokens, index);
    }
  }

  /** Words after which a capital says nothing about a name. */
  static boolean opensClause(String token) {
    return switch (token) {
      case ".", "!", "?", ":", "\"", "'", "''", ",,", "(", "-", "\u2013", "\u2014", "\u201C", "\u201D",
          "\u201E", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u2026", "..." -> true;
      default -> false;
    };
  }

  /** True when the capital of {@code tokens[i]} is owed to its position. */
  static boolean isInitial(String[] tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String t = tokens[k];
      if (t.equals("\"") || t.equals("'") || t.equals(",,") || t.equals("\u201C") || t.equals("\u201E")
          || t.equals("\u2018") || t.equals("\u00AB") || t.equals("-") || t.equals("\u2013")) {
        continue;
      }
      return opensClause(t);
    }
    return true;
  }

  static boolean isCapitalized(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  /**
   * The most characters of a shape: enough for the shapes of names ("X.X. Xx", "'x-Xx"); the
   * long tail of addresses and glued words would only make rare features. Part of the model.
   */
  private static final int LONGEST_SHAPE = 12;

  /** How many letters of a neighbour's end are a feature ("rijf" of "softwarebedrijf"). Part of the model. */
  static final int SUFFIX_LETTERS = 4;

  /**
   * The shape of a word with runs of one character class collapsed: X upper, x lower, d digit,
   * other characters as themselves ("Kremlin-woordvoerder" is "Xx-x", "J.P." is "X.X.", "N-VA"
   * is "X-X", "'s-Hertogenbosch" is "'x-Xx").
   */
  static String shape(String token) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < token.length() && b.length() < LONGEST_SHAPE; i++) {
      char c = token.charAt(i);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (s != last || !(s == 'X' || s == 'x' || s == 'd')) {
        b.append(s);
      }
      last = s;
    }
    return b.toString();
  }

  /**
   * The words around a token, lower case, and their shapes, in a window of two each side, and
   * the bigrams of words and of shapes with each neighbour, and the last letters of each
   * neighbour (the head of a compound such as "softwarebedrijf" before a company): what OpenNLP's window, token,
   * token-class and bigram generators give, computed once per sentence instead
   * of once per token and window position (those use a regular expression and a stream per call,
   * which made tagging several times slower).
   */
  public static final class Window extends SinkGenerator {
    /** The words each side of the token in the window: two. Part of the model. */
    static final int REACH = 2;
    /** The prefixes of the words and of the shapes, by place in the window (-2 to +2). */
    static final String[] WORD = {"w-2=", "w-1=", "w=", "w+1=", "w+2="};
    static final String[] SHAPE = {"s-2=", "s-1=", "s=", "s+1=", "s+2="};
    private String[] cachedTokens;
    private String[] lower;
    private String[] shapes;
    private String[] suffixes;

    @Override
    void createFeatures(FeatureSink features, String[] tokens, int index) {
      if (tokens != cachedTokens) {
        cachedTokens = tokens;
        lower = new String[tokens.length];
        shapes = new String[tokens.length];
        suffixes = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          lower[i] = tokens[i].toLowerCase(Locale.ROOT);
          shapes[i] = shape(tokens[i]);
          suffixes[i] = suffix(lower[i]);
        }
      }
      for (int d = -REACH; d <= REACH; d++) {
        int i = index + d;
        if (i >= 0 && i < tokens.length) {
          features.add(WORD[d + REACH], lower[i]);
          features.add(SHAPE[d + REACH], shapes[i]);
        }
      }
      features.add("w,s=", lower[index], ",", shapes[index]);
      if (index > 0) {
        features.add("psuf=", suffixes[index - 1]);
        features.add("pw,w=", lower[index - 1], ",", lower[index]);
        features.add("ps,s=", shapes[index - 1], ",", shapes[index]);
      }
      if (index + 1 < tokens.length) {
        features.add("nsuf=", suffixes[index + 1]);
        features.add("w,nw=", lower[index], ",", lower[index + 1]);
        features.add("s,ns=", shapes[index], ",", shapes[index + 1]);
      }
    }
  }

  /** The last four letters: the head of a Dutch compound ("softwarebedrijf" ends "rijf"). */
  static String suffix(String word) {
    return word.length() <= SUFFIX_LETTERS ? word : word.substring(word.length() - SUFFIX_LETTERS);
  }

  /** {@code <generator class="nlnews.entities.NerFeatures$WindowFactory"/>}. */
  public static final class WindowFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new Window();
    }
  }

  /** Word shape, and where a capital stands: opening a sentence or inside it, next to other capitals. */
  public static final class Shape extends SinkGenerator {
    private String[] cachedTokens;
    private String[] shapes;

    @Override
    void createFeatures(FeatureSink features, String[] tokens, int index) {
      if (tokens != cachedTokens) {
        cachedTokens = tokens;
        shapes = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          shapes[i] = shape(tokens[i]);
        }
      }
      String token = tokens[index];
      features.add("sh=", shapes[index]);
      boolean initial = isInitial(tokens, index);
      if (isCapitalized(token)) {
        features.add(initial ? "cap=initial" : "cap=inside");
        if (index + 1 < tokens.length && isCapitalized(tokens[index + 1])) {
          features.add("cap=next");
        }
        if (index > 0 && isCapitalized(tokens[index - 1]) && !isInitial(tokens, index - 1)) {
          features.add("cap=prev");
        }
      }
      if (index > 0) {
        features.add("sh-1=", shapes[index - 1]);
      }
      if (index + 1 < tokens.length) {
        features.add("sh+1=", shapes[index + 1]);
      }
    }
  }

  /** The factory for {@link Shape}: {@code <generator class="nlnews.entities.NerFeatures$ShapeFactory"/>}. */
  public static final class ShapeFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new Shape();
    }
  }

  /** Gazetteer features; {@code lists} is the model's copy of the name lists. */
  public static final class Lists extends SinkGenerator {
    private final NameLists lists;
    private String[] cachedTokens;
    private String[] cachedTags;
    private String[] cachedWords;

    public Lists(NameLists lists) {
      this.lists = lists;
    }

    @Override
    void createFeatures(FeatureSink features, String[] tokens, int index) {
      if (tokens != cachedTokens) {
        cachedTokens = tokens;
        cachedTags = lists.nameTags(tokens);
        cachedWords = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          cachedWords[i] = lists.word(tokens[i]);
        }
      }
      String tag = cachedTags[index];
      if (tag != null) {
        features.add("gz=", tag);
        features.add("gz=", tag, isInitial(tokens, index) ? ",initial" : "");
      }
      String word = cachedWords[index];
      if (word != null) {
        features.add("gw=", word, isCapitalized(tokens[index]) ? ",cap" : "");
      }
      if (index > 0) {
        String prev = cachedWords[index - 1];
        if (prev != null) {
          features.add("gw-1=", prev);
        }
        if (cachedTags[index - 1] != null) {
          features.add("gz-1=", cachedTags[index - 1]);
        }
      }
      if (index + 1 < tokens.length) {
        String next = cachedWords[index + 1];
        if (next != null) {
          features.add("gw+1=", next);
        }
        if (cachedTags[index + 1] != null) {
          features.add("gz+1=", cachedTags[index + 1]);
        }
      }
    }
  }

  /**
   * A factory whose generator reads the name lists its {@code lists} parameter names among the
   * model's resources (stored in every model trained with them).
   */
  abstract static class NameListsFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    abstract AdaptiveFeatureGenerator create(NameLists lists);

    @Override
    public final AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String name = getStr("lists");
      Object lists = resourceManager == null ? null : resourceManager.getResource(name);
      if (!(lists instanceof NameLists l)) {
        throw new InvalidFormatException("no name lists '" + name + "' in the model");
      }
      return create(l);
    }

    @Override
    public final Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
      return Map.of(getStr("lists"), new NameLists.Serializer());
    }
  }

  /** {@code <generator class="nlnews.entities.NerFeatures$ListsFactory"><str name="lists">names.lists</str></generator>}. */
  public static final class ListsFactory extends NameListsFactory {
    @Override
    AdaptiveFeatureGenerator create(NameLists lists) {
      return new Lists(lists);
    }
  }

  /** Context words that announce a name ({@link NerTriggerWords}). */
  public static final class Triggers extends SinkGenerator {
    private final NameLists lists;
    private String[] cachedTokens;
    private String[] lower;
    private boolean[] title;

    public Triggers(NameLists lists) {
      this.lists = lists;
    }

    @Override
    void createFeatures(FeatureSink features, String[] tokens, int index) {
      if (tokens != cachedTokens) {
        cachedTokens = tokens;
        lower = new String[tokens.length];
        title = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          lower[i] = tokens[i].toLowerCase(Locale.ROOT);
          title[i] = lists.isTitle(lower[i]);
        }
      }
      if (index > 0) {
        String trigger = NerTriggerWords.triggerBefore(lower[index - 1], title[index - 1]);
        if (trigger != null) {
          features.add(trigger);
        }
        if (index > 1 && title[index - 2] && isCapitalized(tokens[index - 1])) {
          features.add("tr-2=title");
        }
      }
      if (index + 1 < tokens.length && NerTriggerWords.LEGAL_FORMS.contains(lower[index + 1])) {
        features.add("tr+1=legal-form");
      }
      if (isCapitalized(tokens[index]) && NerTriggerWords.isOrganisationWord(lower[index])) {
        features.add("tr=organisation-word");
      }
    }
  }

  /** {@code <generator class="nlnews.entities.NerFeatures$TriggersFactory"><str name="lists">names.lists</str></generator>}. */
  public static final class TriggersFactory extends NameListsFactory {
    @Override
    AdaptiveFeatureGenerator create(NameLists lists) {
      return new Triggers(lists);
    }
  }

  /**
   * What the article's earlier sentences say about a capitalised word: seen in lower case
   * (an ordinary word: "Maar", "Het"), or capitalised inside a sentence (a name). The memory is
   * the adaptive data NameFinderME keeps per document and clears with clearAdaptiveData.
   */
  public static final class Document extends SinkGenerator {
    private final Set<String> lower = new HashSet<>();
    private final Map<String, Integer> capitalInside = new HashMap<>();

    @Override
    void createFeatures(FeatureSink features, String[] tokens, int index) {
      String token = tokens[index];
      if (!isCapitalized(token)) {
        return;
      }
      boolean initial = isInitial(tokens, index);
      String lowerToken = token.toLowerCase(Locale.ROOT);
      if (lower.contains(lowerToken)) {
        features.add(initial ? "doc=lower,initial" : "doc=lower");
      }
      if (capitalInside.containsKey(token)) {
        features.add(initial ? "doc=capital-inside,initial" : "doc=capital-inside");
      }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
      for (int i = 0; i < tokens.length; i++) {
        String t = tokens[i];
        if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) {
          continue;
        }
        if (!isCapitalized(t)) {
          lower.add(t);
        } else if (!isInitial(tokens, i)) {
          capitalInside.merge(t, 1, Integer::sum);
        }
      }
    }

    @Override
    public void clearAdaptiveData() {
      lower.clear();
      capitalInside.clear();
    }
  }

  /** {@code <generator class="nlnews.entities.NerFeatures$DocumentFactory"/>}. */
  public static final class DocumentFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
      return new Document();
    }
  }

  /** Word-cluster classes of the word and its neighbours. */
  public static final class Clusters extends SinkGenerator {
    /** "cl0=", "cl1=", ...: the prefixes of the word's own classes, coarse to fine. */
    private static final String[] LEVEL = {"cl0=", "cl1=", "cl2=", "cl3=", "cl4=", "cl5="};
    /** The feature of a word without classes. */
    static final String NONE = "cl=none";

    /** The prefix of a word's class at {@code level}, coarse (0) to fine. */
    static String level(int level) {
      return level < LEVEL.length ? LEVEL[level] : "cl" + level + "=";
    }
    private final WordClusters clusters;
    private final int window;
    /** "cl-1=", "cl-2=", ...: the prefixes of the neighbours' features, by distance. */
    private final String[] before;
    private final String[] after;
    private String[] cachedTokens;
    /** The classes of each token of the cached sentence: each is asked for up to 2 × window + 1 times. */
    private String[][] classes;

    public Clusters(WordClusters clusters, int window) {
      this.clusters = clusters;
      this.window = window;
      this.before = new String[window + 1];
      this.after = new String[window + 1];
      for (int d = 1; d <= window; d++) {
        before[d] = "cl-" + d + "=";
        after[d] = "cl+" + d + "=";
      }
    }

    @Override
    void createFeatures(FeatureSink features, String[] tokens, int index) {
      if (tokens != cachedTokens) {
        cachedTokens = tokens;
        classes = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
          classes[i] = clusters.classes(tokens[i]);
        }
      }
      String[] own = classes[index];
      if (own == null) {
        features.add(NONE);
      } else {
        for (int k = 0; k < own.length; k++) {
          features.add(level(k), own[k]);
        }
      }
      for (int d = 1; d <= window; d++) {
        if (index - d >= 0 && classes[index - d] != null) {
          features.add(before[d], classes[index - d][0]);
        }
        if (index + d < tokens.length && classes[index + d] != null) {
          features.add(after[d], classes[index + d][0]);
        }
      }
    }
  }

  /**
   * {@code <generator class="nlnews.entities.NerFeatures$ClustersFactory"><str name="clusters">words.clusters</str>
   * <int name="window">1</int></generator>}.
   */
  public static final class ClustersFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String name = getStr("clusters");
      Object clusters = resourceManager == null ? null : resourceManager.getResource(name);
      if (!(clusters instanceof WordClusters c)) {
        throw new InvalidFormatException("no word clusters '" + name + "' in the model");
      }
      return new Clusters(c, getInt("window", 1));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
      return Map.of(getStr("clusters"), new WordClusters.Serializer());
    }
  }
}
