package nlnews.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * that only shares its stem. A compound the files do not list takes the entry of its head, the
 * last part (hypotheekproblemen as problemen), and a compound of a target and a change
 * (werkloosheidsdaling) composes like the two words. Negators, intensifiers and contrast markers
 * are small closed classes of function words, matched on their exact lower-case forms, longest
 * phrase first. Thread-safe; the only state that changes is a memo of {@link #facts}, which
 * never changes an answer.
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
    CONCESSIVE
  }

  /** A contrast or concession marker with its weight. */
  public record Contrast(String word, Role role, double weight) {

    public boolean concessive() {
      return role == Role.CONCESSIVE;
    }
  }

  /** A thing whose change is good (+1) or bad (-1) news. */
  private record Target(String lemma, int polarity) {}

  /** A function-word phrase found in the text: its value and how many tokens it spans. */
  public record Match<T>(T value, int length) {}

  /** A compound of a target and a change ("werkloosheidsdaling"): both halves. */
  public record CompoundChange(Change change, int polarity) {}

  /** A word of change: direction +1 (stijgen) or -1 (dalen), with a strength. */
  public record Change(String lemma, String[] stems, int direction, double strength) {}

  private final Map<String, Entry> wordsByLower;
  private final Map<String, List<Entry>> wordsByStem;
  private final Map<String, Map<String, List<Entry>>> phrasesByFirstTwoStems;
  private final Map<String, List<Entry>> separableByFirstStem;
  private final Phrases<Negator> negators;
  private final Phrases<Double> intensifiers;
  private final Phrases<Contrast> contrasts;
  private final Map<String, Change> changesByLower;
  private final Map<String, List<Change>> changesByStem;
  private final Map<String, List<Change>> changePhrases;
  private final Map<String, Integer> targetsByLower;
  private final Map<String, List<Target>> targetsByStem;
  private final int size;
  /**
   * The facts of about the first {@value #REMEMBERED_WORDS} words asked about (threads racing at
   * the limit may each add one more), none longer than {@value #LONGEST_REMEMBERED} characters,
   * by lower-case form.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, WordFacts> remembered = new java.util.concurrent.ConcurrentHashMap<>();
  /** About 0.2 kB a word: a few MB that spare every later occurrence a dozen table probes. */
  private static final int REMEMBERED_WORDS = 1 << 15;
  private static final int LONGEST_REMEMBERED = 40;
  /** The last letters of every one-word entry, stem and form, to rule out compounds quickly. */
  private final java.util.Set<String> wordEndings;
  private final java.util.Set<String> wordStarts;
  private final java.util.Set<String> targetEndings;
  private final java.util.Set<String> changeEndings;

  private ToneLexicon(Builder b) {
    this.wordsByLower = Lookup.map(b.wordsByLower);
    Map<String, List<Entry>> byStem = new HashMap<>();
    b.wordsByStem.forEach((k, v) -> byStem.put(k, List.copyOf(v)));
    this.wordsByStem = Lookup.map(byStem);
    Map<String, List<Entry>> phrases = new HashMap<>();
    b.phrasesByFirstStem.forEach(
        (k, v) -> {
          List<Entry> sorted = new ArrayList<>(v);
          sorted.sort(Comparator.comparingInt((Entry e) -> e.stems().length).reversed().thenComparing(Entry::lemma));
          phrases.put(k, List.copyOf(sorted));
        });
    Map<String, Map<String, List<Entry>>> byTwo = new HashMap<>();
    Map<String, List<Entry>> separable = new HashMap<>();
    phrases.forEach(
        (first, entries) -> {
          for (Entry e : entries) {
            byTwo.computeIfAbsent(first, k -> new HashMap<>()).computeIfAbsent(e.stems()[1], k -> new ArrayList<>()).add(e);
            if (e.words().length == 2 && e.stems().length == 2 && PARTICLES.contains(e.words()[1])) {
              separable.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            }
          }
        });
    Map<String, Map<String, List<Entry>>> frozen = new HashMap<>();
    byTwo.forEach(
        (first, seconds) -> {
          Map<String, List<Entry>> inner = new HashMap<>();
          seconds.forEach((second, entries) -> inner.put(second, List.copyOf(entries)));
          frozen.put(first, Lookup.map(inner));
        });
    this.phrasesByFirstTwoStems = Lookup.map(frozen);
    Map<String, List<Entry>> separableFrozen = new HashMap<>();
    separable.forEach((k, v) -> separableFrozen.put(k, List.copyOf(v)));
    this.separableByFirstStem = Lookup.map(separableFrozen);
    this.negators = b.negators.build();
    this.intensifiers = b.intensifiers.build();
    this.contrasts = b.contrasts.build();
    this.changesByLower = Lookup.map(b.changesByLower);
    Map<String, List<Change>> changesByStem = new HashMap<>();
    b.changesByStem.forEach((k, v) -> changesByStem.put(k, List.copyOf(v)));
    this.changesByStem = Lookup.map(changesByStem);
    Map<String, List<Change>> changePhrases = new HashMap<>();
    b.changePhrases.forEach((k, v) -> changePhrases.put(k, List.copyOf(v)));
    this.changePhrases = Lookup.map(changePhrases);
    this.targetsByLower = Lookup.map(b.targetsByLower);
    Map<String, List<Target>> targetsByStem = new HashMap<>();
    b.targetsByStem.forEach((k, v) -> targetsByStem.put(k, List.copyOf(v)));
    this.targetsByStem = Lookup.map(targetsByStem);
    this.size = b.size;
    java.util.Set<String> words = new java.util.HashSet<>(wordsByLower.keySet());
    words.addAll(wordsByStem.keySet());
    this.wordEndings = endings(words);
    java.util.Set<String> starts = new java.util.HashSet<>();
    for (String w : wordsByLower.keySet()) {
      starts.add(w.substring(0, Math.min(ENDING, w.length())));
    }
    this.wordStarts = Lookup.set(starts);
    java.util.Set<String> targetWords = new java.util.HashSet<>(targetsByLower.keySet());
    targetWords.addAll(targetsByStem.keySet());
    this.targetEndings = endings(targetWords);
    this.changeEndings = endings(changesByLower.keySet());
  }

  /**
   * Loads the lexicon files of {@code language}. Stems come from each file's {@code stem} column,
   * which holds what the language's analyzer makes of the lemma (a test keeps the two in step); a
   * row that leaves it empty, such as a new entry, is stemmed here.
   */
  public static ToneLexicon load(Language language) {
    DutchTextAnalyzer analyzer = language.analyzer();
    Builder b = new Builder();
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
    for (DataFile.Row row : language.file("sentiment/targets.tsv").rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      String[] stems = stems(analyzer, row, lemma);
      if (stems.length != 1) {
        continue; // multiword targets are matched by their head word
      }
      int polarity = (int) Math.signum(Double.parseDouble(row.get("polarity")));
      b.targetsByLower.putIfAbsent(lemma, polarity);
      b.targetsByStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Target(lemma, polarity));
    }
    return new ToneLexicon(b);
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
   * enough for the scorer to ask (nine letters for a head or modifier, eight for a change or
   * target); for shorter words they are null or 0.
   */
  public static final class WordFacts {
    final String stem;
    /** {@link #word}: the polar entry of the word itself, or null. */
    public final Entry entry;
    /** {@link #change}: the one-word change, or null. */
    public final Change change;
    /** {@link #target}, or for a word of eight letters or more without one, {@link #compoundTarget}. */
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
      target = p == 0 && lower.length() >= 8 ? lexicon.compoundTarget(lower, stem) : p;
      compoundHead = lower.length() >= 9 ? lexicon.compoundHead(lower, stem) : null;
      compoundModifier = lower.length() >= 9 ? lexicon.compoundModifier(lower) : null;
      compoundChange = lower.length() >= 8 ? lexicon.compoundChange(lower, stem) : null;
      separables = lexicon.separables(stem);
      changePhrases = lexicon.changePhrases(stem);
      phrasesBySecondStem = lexicon.phrasesByFirstTwoStems.get(stem);
      negatorPhrases = lexicon.negators.byFirst.get(lower);
      intensifierPhrases = lexicon.intensifiers.byFirst.get(lower);
      contrastPhrases = lexicon.contrasts.byFirst.get(lower);
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
  public Match<Negator> negatorAt(WordFacts first, List<nlnews.model.Token> tokens, int k, int to) {
    return Phrases.at(first.negatorPhrases, tokens, k, to);
  }

  /** The longest intensifier or downtoner starting at token {@code k}: its factor, or null. */
  public Match<Double> intensifierAt(WordFacts first, List<nlnews.model.Token> tokens, int k, int to) {
    return Phrases.at(first.intensifierPhrases, tokens, k, to);
  }

  /** The longest contrast marker starting at token {@code k}, or null. */
  public Match<Contrast> contrastAt(WordFacts first, List<nlnews.model.Token> tokens, int k, int to) {
    return Phrases.at(first.contrastPhrases, tokens, k, to);
  }

  /**
   * The single-word entry for a token: by exact form first, then by stem when the token is an
   * inflection of the entry ({@link Inflection}); or null.
   */
  public Entry word(String lower, String stem) {
    Entry e = wordsByLower.get(lower);
    if (e != null) {
      return e;
    }
    List<Entry> candidates = wordsByStem.get(stem);
    if (candidates != null) {
      for (Entry c : candidates) {
        if (Inflection.of(c.lemma(), lower)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Compound parts: the modifier keeps at least this many letters ... */
  private static final int MIN_MODIFIER = 4;
  /** Prefixes that make derived words, not compounds: vergoeden is no kind of goeden. */
  private static final java.util.Set<String> PREFIXES =
      Lookup.words(
          "aan", "achter", "door", "mede", "mis", "onder", "ont", "over", "terug", "tegen", "toe", "uit",
          "voor", "weg", "her", "ver", "be", "ge", "er", "on", "wan", "samen", "binnen", "buiten", "boven",
          "neer", "omhoog", "omver", "open", "vol", "vrij", "vast", "bij", "mee", "om", "af", "op", "in", "na");
  /** ... and the head at least this many, so short words inside long ones are not taken for heads. */
  private static final int MIN_HEAD = 5;

  /**
   * The entry of a compound's head when the compound itself is not listed: the longest head that
   * is a listed word or an inflection of one ("hypotheekproblemen" takes "problemen"); or null.
   * Dutch compounds take their meaning class from the last part, so the head's polarity carries.
   */
  public Entry compoundHead(String lower, String stem) {
    // Every head ends as the compound does: most words are ruled out by their last letters.
    if (!wordEndings.contains(ending(stem)) && !wordEndings.contains(ending(lower)) || isParticiple(lower)) {
      return null;
    }
    if (NUMBER.matcher(lower).find()) {
      return null; // vier|entwintig
    }
    for (int i = MIN_MODIFIER; i <= lower.length() - MIN_HEAD; i++) {
      if (PREFIXES.contains(lower.substring(0, i)) || i < 5 && lower.length() - i < 6
          || i == 5 && lower.length() - i < 6 && lower.endsWith("en")) {
        // Two short parts are as often one word split wrongly (gesp|roken, opgeb|roken, a verb's
        // participle); rente|vrees and rente|strop, a noun after a noun, are not.
        continue;
      }
      String head = lower.substring(i);
      if (NOT_HEADS.contains(head)) {
        continue;
      }
      if (isAdjectival(head) && !NOUNS_LIKE_ADJECTIVES.contains(head)) {
        continue; // boekhoudkundig is no kind of kundig: adjectives do not head compounds as nouns do
      }
      String headStem = stem.length() > i && stem.startsWith(lower.substring(0, i)) ? stem.substring(i) : null;
      Entry e = headStem == null ? wordsByLower.get(head) : word(head, headStem);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The entry of a compound's modifier, the first part ("crisisoverleg" takes "crisis",
   * "angstcultuur" "angst"), when neither the compound nor its head is listed; or null. The
   * modifier says what the compound is about, less surely than a head says what it is, so the
   * scorer weighs it less.
   */
  public Entry compoundModifier(String lower) {
    if (!wordStarts.contains(lower.substring(0, Math.min(ENDING, lower.length())))) {
      return null;
    }
    if (NUMBER.matcher(lower).find()) {
      return null; // vier|entwintig
    }
    for (String ending : NOT_NOUN_ENDINGS) {
      if (lower.endsWith(ending)) {
        return null; // a verb or adjective: gereduceerd, respectievelijk, correctionele
      }
    }
    for (int i = lower.length() - MIN_HEAD; i >= MIN_HEAD; i--) {
      if (lower.charAt(i) == lower.charAt(i + 1)) {
        continue; // no Dutch word starts with a doubled letter: beste|mming is bestemming
      }
      if (SUFFIXES.contains(lower.substring(i))) {
        continue; // a derivation, not a compound: verantwoord|elijk, kampioen|schap
      }
      String modifier = lower.substring(0, i);
      Entry e = wordsByLower.get(modifier);
      if (e == null && (modifier.endsWith("s") || modifier.endsWith("e")) && i - 1 >= MIN_HEAD) {
        e = wordsByLower.get(modifier.substring(0, i - 1));
      }
      if (e != null && e.category().equals("optimism") == false && !PREFIXES.contains(modifier)) {
        return e;
      }
    }
    return null;
  }

  /** The polarity of a compound's head as a target ("hypotheekrente" as rente), or 0. */
  public int compoundTarget(String lower, String stem) {
    if (!targetEndings.contains(ending(stem)) && !targetEndings.contains(ending(lower))) {
      return 0;
    }
    for (int i = MIN_MODIFIER; i <= lower.length() - MIN_HEAD + 1; i++) {
      if (PREFIXES.contains(lower.substring(0, i))) {
        continue;
      }
      String head = lower.substring(i);
      String headStem = stem.length() > i && stem.startsWith(lower.substring(0, i)) ? stem.substring(i) : head;
      int p = target(head, headStem);
      if (p != 0) {
        return p;
      }
    }
    return 0;
  }

  /**
   * A compound of a target and a change word ("werkloosheidsdaling", "prijsstijging"), or null:
   * the head is a one-word change and the modifier, with or without a linking s or e, a target
   * or a compound ending in one.
   */
  public CompoundChange compoundChange(String lower, String stem) {
    if (!changeEndings.contains(ending(lower))) {
      return null;
    }
    for (int i = MIN_MODIFIER; i <= lower.length() - MIN_HEAD; i++) {
      Change c = changesByLower.get(lower.substring(i));
      if (c == null) {
        continue;
      }
      String modifier = lower.substring(0, i);
      int p = modifierTarget(modifier);
      if (p == 0 && (modifier.endsWith("s") || modifier.endsWith("e")) && modifier.length() > MIN_MODIFIER) {
        p = modifierTarget(modifier.substring(0, modifier.length() - 1));
      }
      if (p != 0) {
        return new CompoundChange(c, p);
      }
    }
    return null;
  }

  /** A past participle (gesproken, geschrapt) is a verb form, not a compound. */
  private static boolean isParticiple(String lower) {
    if (!(lower.endsWith("en") || lower.endsWith("d") || lower.endsWith("t") || lower.endsWith("de") || lower.endsWith("te"))) {
      return false; // gebroken, gezegd, gemaakt, and as adjectives uitgebloeide, gestegen
    }
    if (lower.startsWith("ge")) {
      return true;
    }
    // A separable verb's participle: af|ge|sproken, uit|ge|sproken, op|ge|broken.
    for (int i = 2; i <= Math.min(7, lower.length() - 4); i++) {
      if (PREFIXES.contains(lower.substring(0, i)) && lower.startsWith("ge", i)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] ADJECTIVE_ENDINGS = {
    "ig", "ige", "lijk", "lijke", "isch", "ische", "baar", "bare", "zaam", "zame", "loos", "loze", "end", "ende"
  };

  /**
   * Listed words that end other words far more often than they head compounds: land|genoten,
   * psycho|logen, inte|gratie, huisv|rouwen, eier|stokken, pijpen|stelen, bloe|misten.
   */
  private static final java.util.Set<String> NOT_HEADS =
      Lookup.words("genoot", "genoten", "genote", "logen", "gratie", "rouwen", "stokken", "stelen", "misten", "pannen");
  /** Derivational endings, which make a word from a word rather than join two. */
  private static final java.util.Set<String> SUFFIXES =
      Lookup.words(
          "elijk", "elijke", "lijk", "lijke", "heid", "heden", "schap", "schappen", "achtig", "achtige", "ingen",
          "elijkheid", "lijkheid", "elijken", "igheid", "iteit");
  /** Endings of verbs and adjectives, which take no meaning from a noun at their start. */
  private static final String[] NOT_NOUN_ENDINGS = {
    "eerd", "eerde", "eerden", "eert", "eren", "elijk", "elijke", "elijken", "lijk", "lijke", "ig", "ige", "iger",
    "isch", "ische", "ele"
  };
  /** Numerals, whose parts are no words of tone: vierentwintig is no feast of twenty. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend)");

  /** Nouns with an adjective's ending that do head compounds ("derivatenellende"). */
  private static final java.util.Set<String> NOUNS_LIKE_ADJECTIVES = Lookup.words("ellende", "ellendes");

  private static boolean isAdjectival(String head) {
    if (head.length() <= 7 && (head.endsWith("er") || head.endsWith("ere"))) {
      return true; // a short comparative: belangrijker is no kind of rijker
    }
    for (String ending : ADJECTIVE_ENDINGS) {
      if (head.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** How many letters {@link #ending} and the start index keep. */
  private static final int ENDING = 4;

  private static String ending(String word) {
    return word.length() <= ENDING ? word : word.substring(word.length() - ENDING);
  }

  private static java.util.Set<String> endings(java.util.Collection<String> words) {
    java.util.Set<String> set = new java.util.HashSet<>();
    for (String w : words) {
      set.add(ending(w));
    }
    return Lookup.set(set);
  }

  private int modifierTarget(String modifier) {
    Integer p = targetsByLower.get(modifier);
    if (p != null) {
      return p;
    }
    for (int i = MIN_MODIFIER; i <= modifier.length() - 4; i++) {
      p = targetsByLower.get(modifier.substring(i));
      if (p != null) {
        return p;
      }
    }
    return 0;
  }

  /** Multiword entries starting with the stems {@code first} and {@code second}, longest first. */
  public List<Entry> phrases(String first, String second) {
    Map<String, List<Entry>> seconds = phrasesByFirstTwoStems.get(first);
    return seconds == null ? List.of() : seconds.getOrDefault(second, List.of());
  }

  /**
   * Two-word entries for a separable verb whose first stem is {@code stem} and whose second word
   * is its particle ("valt tegen", "krabbelt op"), which main clauses move to the end.
   */
  public List<Entry> separables(String stem) {
    return separableByFirstStem.getOrDefault(stem, List.of());
  }

  /**
   * The particles of Dutch separable verbs, and the fixed last words of idioms that main clauses
   * move to the end as they move a particle ("de zorgen spelen de beurzen parten").
   */
  static final java.util.Set<String> PARTICLES =
      Lookup.words(
          "aan", "af", "bij", "door", "in", "mee", "neer", "op", "terug", "tegen", "toe", "uit", "weg",
          "omhoog", "omlaag", "tekort", "goed", "samen", "vast", "stil", "ineen", "teleur", "dood", "om",
          "achter", "voort", "vooruit", "achteruit", "binnen", "open", "dicht", "kapot", "parten");

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

  /**
   * The one-word change for a token: by exact form, or by stem when the token is an inflection
   * of the listed word (groeien is a change, the noun groei with the same stem a target); or null.
   */
  public Change change(String lower, String stem) {
    Change c = changesByLower.get(lower);
    if (c != null) {
      return c;
    }
    for (Change candidate : changesByStem.getOrDefault(stem, List.of())) {
      // A target sharing the stem is a noun, not a change: kosten is not a form of kost.
      if (Inflection.of(candidate.lemma(), lower) && target(lower, stem) == 0) {
        return candidate;
      }
    }
    return null;
  }

  public List<Change> changePhrases(String stem) {
    return changePhrases.getOrDefault(stem, List.of());
  }

  /** +1 when more of the thing is good, -1 when bad, 0 when not a target. */
  public int target(String lower, String stem) {
    Integer p = targetsByLower.get(lower);
    if (p != null) {
      return p;
    }
    for (Target t : targetsByStem.getOrDefault(stem, List.of())) {
      if (Inflection.of(t.lemma(), lower)) {
        return t.polarity();
      }
    }
    return 0;
  }

  /** The number of polar entries (words and expressions). */
  public int size() {
    return size;
  }

  /** Phrases of function words by their first word, longest first, matched on lower-case forms. */
  private static final class Phrases<T> {
    private final Map<String, List<Map.Entry<String[], T>>> byFirst = new HashMap<>();

    void add(String phrase, T value) {
      String[] words = phrase.split(" ");
      byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(Map.entry(words, value));
    }

    Phrases<T> build() {
      Phrases<T> built = new Phrases<>();
      byFirst.forEach(
          (k, v) -> {
            List<Map.Entry<String[], T>> sorted = new ArrayList<>(v);
            sorted.sort(Comparator.comparingInt((Map.Entry<String[], T> e) -> e.getKey().length).reversed());
            built.byFirst.put(k, List.copyOf(sorted));
          });
      return built;
    }

    /** The longest of {@code candidates}, the phrases starting with token {@code k}'s word, matching there. */
    static <T> Match<T> at(List<Map.Entry<String[], T>> candidates, List<nlnews.model.Token> tokens, int k, int to) {
      if (candidates == null) {
        return null;
      }
      for (Map.Entry<String[], T> e : candidates) {
        String[] words = e.getKey();
        if (k + words.length > to) {
          continue;
        }
        boolean match = true;
        for (int i = 1; i < words.length && match; i++) {
          match = tokens.get(k + i).lower().equals(words[i]);
        }
        if (match) {
          return new Match<>(e.getValue(), words.length);
        }
      }
      return null;
    }

    Match<T> single(String lower) {
      List<Map.Entry<String[], T>> candidates = byFirst.get(lower);
      if (candidates == null) {
        return null;
      }
      for (Map.Entry<String[], T> e : candidates) {
        if (e.getKey().length == 1) {
          return new Match<>(e.getValue(), 1);
        }
      }
      return null;
    }
  }

  private static final class Builder {
    final Map<String, Entry> wordsByLower = new HashMap<>();
    final Map<String, List<Entry>> wordsByStem = new HashMap<>();
    final Map<String, List<Entry>> phrasesByFirstStem = new HashMap<>();
    final Phrases<Negator> negators = new Phrases<>();
    final Phrases<Double> intensifiers = new Phrases<>();
    final Phrases<Contrast> contrasts = new Phrases<>();
    final Map<String, Change> changesByLower = new HashMap<>();
    final Map<String, List<Change>> changesByStem = new HashMap<>();
    final Map<String, List<Change>> changePhrases = new HashMap<>();
    final Map<String, Integer> targetsByLower = new HashMap<>();
    final Map<String, List<Target>> targetsByStem = new HashMap<>();
    int size;
  }
}
