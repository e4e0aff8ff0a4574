package nlnews.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nlnews.model.Token;
import nlnews.text.DataFile;
import nlnews.text.DutchTextAnalyzer;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The tone vocabulary of {@code nlnews/sentiment/}: polar words and multiword expressions, negators
 * with their scope, intensifiers and downtoners, contrast markers, words of change (stijgen,
 * dalen) and the things whose change is good or bad (werkloosheid, groei). Polar words, changes
 * and targets are matched on the Snowball stems of their words, so inflections match
 * (optimistisch, optimistische); an entry whose exact lower-case form is listed wins over one
 * that only shares its stem ({@link Vocabulary}). A compound the files do not list takes the entry
 * of its head, the last part (hypotheekproblemen as problemen), and a compound of a target and a
 * change (werkloosheidsdaling) composes like the two words ({@link Compounds}). Negators,
 * intensifiers and contrast markers are small closed classes of function words, matched on their
 * exact lower-case forms, longest phrase first. The closed word lists of the rules come with it
 * ({@link ToneWords}). Thread-safe; the only state that changes is a memo of {@link #facts},
 * which never changes an answer.
 */
public final class ToneLexicon {

  /** A polar word or expression: its words, their stems, its weight in [-1, 1] and category. */
  public record Entry(String lemma, String[] words, String[] stems, double weight, String category) {}

  /** What a negator does to what it governs. */
  public enum Effect {
    /** Reverse the sign (niet, geen). */
    FLIP,
    /** Move toward 0 (niet per se). */
    DAMPEN,
    /** Nothing: a phrase with a negator in it that negates nothing ("niet uit te sluiten"). */
    KEEP
  }

  /** A negator with its scope in content words and its direction. */
  public record Negator(String word, Effect effect, int scope, boolean forward, boolean backward) {

    public boolean flip() {
      return effect == Effect.FLIP;
    }
  }

  /** Where a contrast marker puts the weight. */
  public enum Role {
    /** What follows the marker counts more, what precedes it less (maar, doch). */
    AFTER,
    /** The clause that holds the marker counts more, what precedes it less (echter, toch). */
    WITHIN,
    /** The clause the marker introduces counts less (hoewel, weliswaar, ondanks). */
    CONCESSIVE,
    /**
     * Nothing: a longer phrase with a marker in it that contrasts nothing ("maar liefst", "niet
     * alleen … maar ook", "het is maar de vraag"); listed so that the longer match keeps "maar" from
     * weighing.
     */
    NONE
  }

  /** A contrast or concession marker with its weight. */
  public record Contrast(String word, Role role, double weight) {}

  /** A function-word phrase found in the text: its value and how many tokens it spans. */
  public record Match<T>(T value, int length) {}

  /** A compound of a target and a change ("werkloosheidsdaling"): both halves. */
  public record CompoundChange(Change change, int polarity) {}

  /** A word of change: direction +1 (stijgen) or -1 (dalen), with a strength. */
  public record Change(String lemma, String[] stems, int direction, double strength) {}

  private final Vocabulary vocabulary;
  private final Compounds compounds;
  private final Map<String, Map<String, List<Entry>>> phrasesByFirstTwoStems;
  private final Map<String, List<Entry>> separableByFirstStem;
  private final FunctionPhrases<Negator> negators;
  private final FunctionPhrases<Double> intensifiers;
  private final FunctionPhrases<Contrast> contrasts;
  private final Map<String, List<Change>> changePhrases;
  private final ToneWords words;
  private final int size;
  /**
   * The facts of about the first {@value #REMEMBERED_WORDS} words asked about (threads racing at
   * the limit may each add one more), none longer than {@value #LONGEST_REMEMBERED} characters,
   * by lower-case form.
   */
  private final ConcurrentHashMap<String, WordFacts> remembered = new ConcurrentHashMap<>();
  /** About 0.2 kB a word: a few MB that spare every later occurrence a dozen table probes. */
  private static final int REMEMBERED_WORDS = 1 << 15;
  /** Longer tokens are rare (a web address, a run of letters) and not worth a place. */
  private static final int LONGEST_REMEMBERED = 40;

  private ToneLexicon(Builder b, Language language) {
    this.vocabulary =
        new Vocabulary(
            Inflection.load(language),
            b.wordsByLower,
            b.wordsByStem,
            b.changesByLower,
            b.changesByStem,
            b.targetsByLower,
            b.targetsByStem);
    this.words = ToneWords.load(language);
    this.compounds = Compounds.load(language, vocabulary, words.rules());
    Set<String> particles = language.words("sentiment/particles.tsv");
    Map<String, Map<String, List<Entry>>> byTwo = new HashMap<>();
    Map<String, List<Entry>> separable = new HashMap<>();
    b.phrasesByFirstStem.forEach(
        (first, entries) -> {
          List<Entry> sorted = new ArrayList<>(entries);
          sorted.sort(Comparator.comparingInt((Entry e) -> e.stems().length).reversed().thenComparing(Entry::lemma));
          for (Entry e : sorted) {
            byTwo.computeIfAbsent(first, k -> new HashMap<>()).computeIfAbsent(e.stems()[1], k -> new ArrayList<>()).add(e);
            if (e.words().length == 2 && e.stems().length == 2 && particles.contains(e.words()[1])) {
              separable.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            }
          }
        });
    Map<String, Map<String, List<Entry>>> frozen = new HashMap<>();
    byTwo.forEach((first, seconds) -> frozen.put(first, Vocabulary.frozen(seconds)));
    this.phrasesByFirstTwoStems = Lookup.map(frozen);
    this.separableByFirstStem = Vocabulary.frozen(separable);
    this.negators = b.negators.build();
    this.intensifiers = b.intensifiers.build();
    this.contrasts = b.contrasts.build();
    this.changePhrases = Vocabulary.frozen(b.changePhrases);
    this.size = b.size;
  }

  /**
   * Loads the lexicon files of {@code language}. Stems come from each file's {@code stem} column,
   * which holds what the language's analyzer makes of the lemma (a test keeps the two in step); a
   * row that leaves it empty, such as a new entry, is stemmed here.
   */
  public static ToneLexicon load(Language language) {
    DutchTextAnalyzer analyzer = language.analyzer();
    Builder b = new Builder();
    loadPolarWords(language, analyzer, b);
    loadFunctionWords(language, b);
    loadChanges(language, analyzer, b);
    loadTargets(language, analyzer, b);
    return new ToneLexicon(b, language);
  }

  private static void loadPolarWords(Language language, DutchTextAnalyzer analyzer, Builder b) {
    for (DataFile.Row row : language.file("sentiment/lexicon.tsv").rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      String[] stems = stems(analyzer, row, lemma);
      if (stems.length == 0) {
        continue;
      }
      Entry e = new Entry(lemma, lemma.split(" "), stems, Double.parseDouble(row.get("weight")), row.get("category"));
      b.size++;
      if (stems.length == 1) {
        b.wordsByLower.putIfAbsent(lemma, e);
        b.wordsByStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(e);
      } else {
        b.phrasesByFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** Negators, intensifiers and contrast markers: phrases of function words, matched on exact forms. */
  private static void loadFunctionWords(Language language, Builder b) {
    for (DataFile.Row row : language.file("sentiment/negators.tsv").rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      String direction = row.get("direction");
      Negator n =
          new Negator(
              word,
              Effect.valueOf(row.get("effect").toUpperCase(Locale.ROOT)),
              Integer.parseInt(row.get("scope")),
              !direction.equals("backward"),
              direction.equals("backward") || direction.equals("both"));
      b.negators.add(word, n);
    }
    for (DataFile.Row row : language.file("sentiment/intensifiers.tsv").rows()) {
      b.intensifiers.add(row.get("word").toLowerCase(Locale.ROOT), Double.parseDouble(row.get("factor")));
    }
    for (DataFile.Row row : language.file("sentiment/contrast.tsv").rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      Role role = Role.valueOf(row.get("role").toUpperCase(Locale.ROOT));
      b.contrasts.add(word, new Contrast(word, role, Double.parseDouble(row.get("weight"))));
    }
  }

  private static void loadChanges(Language language, DutchTextAnalyzer analyzer, Builder b) {
    for (DataFile.Row row : language.file("sentiment/change.tsv").rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      String[] stems = stems(analyzer, row, lemma);
      if (stems.length == 0) {
        continue;
      }
      Change c = new Change(lemma, stems, row.get("direction").equals("up") ? 1 : -1, Double.parseDouble(row.get("strength")));
      if (stems.length == 1) {
        b.changesByLower.putIfAbsent(lemma, c);
        b.changesByStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(c);
      } else {
        b.changePhrases.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(c);
      }
    }
  }

  private static void loadTargets(Language language, DutchTextAnalyzer analyzer, Builder b) {
    for (DataFile.Row row : language.file("sentiment/targets.tsv").rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      String[] stems = stems(analyzer, row, lemma);
      if (stems.length != 1) {
        continue; // the scorer asks about one token at a time: a multiword row is never matched
      }
      int polarity = (int) Math.signum(Double.parseDouble(row.get("polarity")));
      b.targetsByLower.putIfAbsent(lemma, polarity);
      b.targetsByStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Vocabulary.Target(lemma, polarity));
    }
  }

  private static String[] stems(DutchTextAnalyzer analyzer, DataFile.Row row, String lemma) {
    String s = row.has("stem") ? row.get("stem") : "";
    if (s.isEmpty()) {
      s = analyzer.stem(lemma);
    }
    return s.isEmpty() ? new String[0] : s.split(" ");
  }

  /**
   * Everything the lexicon says about one word, looked up at once: the scorer asks about every
   * token several times (as a cue, as a target near a change, as the head of a compound), and
   * most words recur from article to article. The compound analyses are made for words long
   * enough for the scorer to ask ({@value Compounds#SHORTEST_COMPOUND} letters for a head or
   * modifier, {@value Compounds#SHORTEST_TARGET_COMPOUND} for a change or target); for shorter words
   * they are null or 0.
   */
  public static final class WordFacts {
    final String stem;
    /** {@link #word}: the polar entry of the word itself, or null. */
    public final Entry entry;
    /** {@link #change}: the one-word change, or null. */
    public final Change change;
    /** {@link #target}, or for a word long enough without one, {@link #compoundTarget}. */
    public final int target;
    /** {@link #compoundHead} and {@link #compoundModifier}, or null. */
    public final Entry compoundHead;
    public final Entry compoundModifier;
    /** {@link #compoundChange}, or null. */
    public final CompoundChange compoundChange;
    /** {@link #separables} and {@link #changePhrases} of the word's stem. */
    public final List<Entry> separables;
    public final List<Change> changePhrases;
    /** The multiword entries starting with the word's stem, by their second stem; or null. */
    private final Map<String, List<Entry>> phrasesBySecondStem;
    /** The negator, intensifier and contrast phrases starting with the word, longest first; or null. */
    private final List<Map.Entry<String[], Negator>> negatorPhrases;
    private final List<Map.Entry<String[], Double>> intensifierPhrases;
    private final List<Map.Entry<String[], Contrast>> contrastPhrases;

    private WordFacts(ToneLexicon lexicon, String lower, String stem) {
      this.stem = stem;
      entry = lexicon.word(lower, stem);
      change = lexicon.change(lower, stem);
      int p = lexicon.target(lower, stem);
      boolean compound = lower.length() >= Compounds.SHORTEST_COMPOUND;
      boolean targetCompound = lower.length() >= Compounds.SHORTEST_TARGET_COMPOUND;
      target = p == 0 && targetCompound ? lexicon.compoundTarget(lower, stem) : p;
      compoundHead = compound ? lexicon.compoundHead(lower, stem) : null;
      compoundModifier = compound ? lexicon.compoundModifier(lower) : null;
      compoundChange = targetCompound ? lexicon.compoundChange(lower, stem) : null;
      separables = lexicon.separables(stem);
      changePhrases = lexicon.changePhrases(stem);
      phrasesBySecondStem = lexicon.phrasesByFirstTwoStems.get(stem);
      negatorPhrases = lexicon.negators.startingWith(lower);
      intensifierPhrases = lexicon.intensifiers.startingWith(lower);
      contrastPhrases = lexicon.contrasts.startingWith(lower);
    }

    /** {@link #phrases(String, String)} for this word's stem and {@code second}. */
    public List<Entry> phrases(String second) {
      return phrasesBySecondStem == null ? List.of() : phrasesBySecondStem.getOrDefault(second, List.of());
    }
  }

  /**
   * The facts of the word with lower-case form {@code lower} and stem {@code stem}. Remembered
   * for the first words asked about (in news, the frequent ones come first); any other word is
   * looked up afresh each time.
   */
  public WordFacts facts(String lower, String stem) {
    WordFacts f = remembered.get(lower);
    if (f != null && f.stem.equals(stem)) {
      return f;
    }
    f = new WordFacts(this, lower, stem);
    if (lower.length() <= LONGEST_REMEMBERED && remembered.size() < REMEMBERED_WORDS) {
      remembered.putIfAbsent(lower, f);
    }
    return f;
  }

  /** The longest negator starting at token {@code k} (before {@code to}), whose facts are {@code first}; or null. */
  public Match<Negator> negatorAt(WordFacts first, List<Token> tokens, int k, int to) {
    return FunctionPhrases.at(first.negatorPhrases, tokens, k, to);
  }

  /** The longest intensifier or downtoner starting at token {@code k}: its factor, or null. */
  public Match<Double> intensifierAt(WordFacts first, List<Token> tokens, int k, int to) {
    return FunctionPhrases.at(first.intensifierPhrases, tokens, k, to);
  }

  /** The longest contrast marker starting at token {@code k}, or null. */
  public Match<Contrast> contrastAt(WordFacts first, List<Token> tokens, int k, int to) {
    return FunctionPhrases.at(first.contrastPhrases, tokens, k, to);
  }

  /**
   * The single-word entry for a token: by exact form first, then by stem when the token is an
   * inflection of the entry ({@link Inflection}); or null.
   */
  public Entry word(String lower, String stem) {
    return vocabulary.word(lower, stem);
  }

  /** {@link Compounds#head}: the entry of a compound's head, or null. */
  public Entry compoundHead(String lower, String stem) {
    return compounds.head(lower, stem);
  }

  /** {@link Compounds#modifier}: the entry of a compound's modifier, or null. */
  public Entry compoundModifier(String lower) {
    return compounds.modifier(lower);
  }

  /** {@link Compounds#target}: the polarity of a compound's head as a target, or 0. */
  public int compoundTarget(String lower, String stem) {
    return compounds.target(lower, stem);
  }

  /** {@link Compounds#change}: a compound of a target and a change word, or null. */
  public CompoundChange compoundChange(String lower, String stem) {
    return compounds.change(lower);
  }

  /** Multiword entries starting with the stems {@code first} and {@code second}, longest first. */
  public List<Entry> phrases(String first, String second) {
    Map<String, List<Entry>> seconds = phrasesByFirstTwoStems.get(first);
    return seconds == null ? List.of() : seconds.getOrDefault(second, List.of());
  }

  /**
   * Two-word entries for a separable verb whose first stem is {@code stem} and whose second word
   * is its particle ({@code particles.tsv}: "valt tegen", "krabbelt op"), which main clauses move
   * to the end.
   */
  public List<Entry> separables(String stem) {
    return separableByFirstStem.getOrDefault(stem, List.of());
  }

  /** The one-word negator {@code lower}, or null. */
  public Negator negator(String lower) {
    Match<Negator> m = negators.single(lower);
    return m == null ? null : m.value();
  }

  /** The factor of a one-word intensifier (above 1) or downtoner (below 1), or 0 when not one. */
  public double intensifier(String lower) {
    Match<Double> m = intensifiers.single(lower);
    return m == null ? 0 : m.value();
  }

  /** The one-word contrast marker {@code lower}, or null. */
  public Contrast contrast(String lower) {
    Match<Contrast> m = contrasts.single(lower);
    return m == null ? null : m.value();
  }

  /** {@link Vocabulary#change}: the one-word change for a token, or null. */
  public Change change(String lower, String stem) {
    return vocabulary.change(lower, stem);
  }

  /** The multiword changes whose first stem is {@code stem} ("neemt toe"). */
  public List<Change> changePhrases(String stem) {
    return changePhrases.getOrDefault(stem, List.of());
  }

  /** +1 when more of the thing is good, -1 when bad, 0 when not a target. */
  public int target(String lower, String stem) {
    return vocabulary.target(lower, stem);
  }

  /** Tells an inflection of an entry from a word that only shares its stem. */
  Inflection inflection() {
    return vocabulary.inflection();
  }

  /** The closed word lists the tone rules test tokens against. */
  ToneWords words() {
    return words;
  }

  /** The number of polar entries (words and expressions). */
  public int size() {
    return size;
  }

  private static final class Builder {
    final Map<String, Entry> wordsByLower = new HashMap<>();
    final Map<String, List<Entry>> wordsByStem = new HashMap<>();
    final Map<String, List<Entry>> phrasesByFirstStem = new HashMap<>();
    final FunctionPhrases<Negator> negators = new FunctionPhrases<>();
    final FunctionPhrases<Double> intensifiers = new FunctionPhrases<>();
    final FunctionPhrases<Contrast> contrasts = new FunctionPhrases<>();
    final Map<String, Change> changesByLower = new HashMap<>();
    final Map<String, List<Change>> changesByStem = new HashMap<>();
    final Map<String, List<Change>> changePhrases = new HashMap<>();
    final Map<String, Integer> targetsByLower = new HashMap<>();
    final Map<String, List<Vocabulary.Target>> targetsByStem = new HashMap<>();
    int size;
  }
}
