package nlnews.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nlnews.model.Article;
import nlnews.model.ArticleTone;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.model.ToneCue;
import nlnews.quotes.QuoteMarks;
import nlnews.text.Lookup;
import nlnews.text.TokenIndex;

/**
 * Scores the tone of each paragraph from its cue words, transparently.
 *
 * <ol>
 *   <li>Cues, sentence by sentence: multiword expressions first ("om de tafel", "geen
 *       doorbraak"); then a word of change with the thing that changes in its clause
 *       ("werkloosheid daalt" = bad thing going down = positive; "minder somber"; one word:
 *       "werkloosheidsdaling"); then single polar words, a compound taking the polarity of its
 *       head ("hypotheekproblemen") or, weighing less, of its modifier ("crisisoverleg"); the
 *       details of what composes with what are in docs/sentiment.md. Names
 *       (also a capitalised word that the article uses as a name elsewhere) and words inside scare
 *       quotes do not count; quoted speech does.
 *   <li>Each cue is shaped by its clause: an intensifier or downtoner next to it multiplies it; a
 *       negator in scope flips it (times {@value #FLIP}) or dampens it (times {@value #DAMPEN}),
 *       before the cue or, right after a change verb ("groeit nauwelijks in …") or at the end of
 *       a verb-final clause ("de mooie woorden niet gelooft"), after it; a negated verb of saying
 *       or thinking negates its whole complement; after
 *       "maar" (and in the clause of "echter", "toch") a cue weighs more and before it less, by the
 *       marker's weight; a concessive clause (weliswaar, hoewel) weighs less; an exclamation mark
 *       multiplies by {@value #EXCLAMATION} and a question mark by {@value #QUESTION}.
 *   <li>The model ({@link ToneModel}) weighs the cues by group and sign; the paragraph score is
 *       their sum s squashed into [-1, 1] as s / sqrt(s² + {@value #ALPHA}), which depends on the
 *       cues, not on paragraph length, so a headline scores like a paragraph with the same cues.
 *       The model's thresholds turn the score into a label.
 * </ol>
 *
 * Thread-safe.
 */
public final class ToneScorer {

  static final double FLIP = -0.8;
  static final double DAMPEN = 0.3;
  static final double EXCLAMATION = 1.2;
  static final double QUESTION = 0.5;
  /** A compound's modifier says what it is about, less surely than its head says what it is. */
  static final double MODIFIER = 0.5;
  /** Sets the squashing so that a sum of ±1 scores ±1/3: s / sqrt(s² + 8). */
  static final double ALPHA = 8.0;
  static final double COMPOSITION = 0.8;
  /** How far (in tokens) a change word looks for the thing that changes. */
  static final int TARGET_DISTANCE = 8;
  /** How far a change word looks for a polar word to compose with when no target is near. */
  static final int POLAR_DISTANCE = 3;
  /** Verb forms of costing that compose with a good target ({@link #costs}). */
  private static final Set<String> COSTS = Lookup.words("kost", "kostte", "kostten", "gekost");
  /** How strongly costing takes away: as "schrappen" (change.tsv). */
  static final double COST = 0.7;
  /** Words that open a subordinate clause, whose negator does not reach back out of it. */
  private static final Set<String> SUBORDINATORS = Lookup.words("dat", "die", "wat", "als", "of", "wanneer", "indien");
  /** Prepositions, which open an adverbial rather than an object. */
  private static final Set<String> PREPOSITIONS =
      Lookup.words(
          "door", "dankzij", "vanwege", "wegens", "ondanks", "na", "in", "op", "met", "bij", "voor", "van", "tot",
          "over", "onder", "uit", "tegen", "zonder", "sinds", "per", "rond", "naar", "om", "aan", "tijdens", "als");
  /** Adverbs that judge their whole sentence; a negator after them negates the sentence, not them. */
  private static final Set<String> SENTENCE_ADVERBS =
      Lookup.words("helaas", "gelukkig", "hopelijk", "godzijdank", "jammer genoeg", "spijtig genoeg", "gelukkigerwijs");
  /** Change words of speed: "krabbelt sneller op" is still recovering. */
  private static final Set<String> SPEEDS = Lookup.words("sneller", "snellere", "trager", "tragere", "harder", "langzamer");
  /** Weak change words that reverse a stronger one after them rather than modify it ("minder toenemen"). */
  private static final Set<String> REVERSING = Lookup.words("minder", "meer");
  /** Inflected adjectives of change, which stand before the noun they describe ("lage rente"). */
  private static final Set<String> ATTRIBUTIVE =
      Lookup.words("lage", "hoge", "lagere", "hogere", "snellere", "tragere", "grotere", "kleinere");
  private static boolean attributive(String lower) {
    return lower.endsWith("ende") || ATTRIBUTIVE.contains(lower);
  }

  /** How much of a downtoner's weakening a change keeps: "iets minder werklozen" is still fewer. */
  static final double DOWNTONED_CHANGE = 0.5;
  /** How far before a change word without a target its subject, a name, may be. */
  static final int NAME_DISTANCE = 2;
  /** How far before its change a capitalised target may stand ("De AEX sloot woensdag 2 procent hoger"). */
  static final int NAMED_TARGET_DISTANCE = 6;

  private static final Set<String> BOUNDARY_WORDS =
      Lookup.words("maar", "want", "omdat", "terwijl", "hoewel", "doch", "zodat", "nadat", "voordat", "ofschoon");
  /** Words a negator's scope does not count: "weinig over van dat optimisme" is in scope. */
  private static final Set<String> FUNCTION_WORDS =
      Lookup.words(
          "de", "het", "een", "'t", "van", "voor", "in", "op", "aan", "met", "bij", "naar", "uit",
          "dat", "die", "deze", "dit", "er", "is", "was", "zijn", "waren", "wordt", "werd", "worden",
          "werden", "heeft", "had", "hebben", "hadden", "zal", "zou", "zullen", "zouden", "kan", "kon",
          "kunnen", "konden", "moet", "moest", "iets", "enige", "enig", "ook", "nog", "zo", "al",
          "te", "hun", "haar", "ons", "onze", "mijn", "je", "jouw", "uw", "heel", "erg", "zeer");
  /** Capitalised words opening a sentence that are no name a change could be about. */
  private static final Set<String> NOT_NAMES =
      Lookup.words(
          "ik", "jij", "hij", "zij", "ze", "wij", "we", "jullie", "u", "men", "wie", "wat", "welke", "waar", "hoe",
          "waarom", "nu", "toen", "dan", "daar", "hier", "straks", "ook", "toch", "wel", "niet", "geen", "alles",
          "iedereen", "niemand", "veel", "weinig", "meer", "minder", "alle", "elke", "ieder", "beide", "sommige");
  private static final Set<String> PROJECTING_VERB_STEMS =
      Lookup.words(
          "stell", "zegg", "zeg", "spreken", "sprek", "denk", "geloof", "verwacht", "zien", "zie", "vind",
          "hop", "men", "bewer", "meld", "concludér", "conclud", "wet", "wist", "beweerd", "verklar");

  private final ToneLexicon lexicon;
  private final ToneModel model;

  public ToneScorer(ToneLexicon lexicon, ToneModel model) {
    this.lexicon = lexicon;
    this.model = model;
  }

  /** The rules alone, without the learned model. */
  public ToneScorer(ToneLexicon lexicon) {
    this(lexicon, ToneModel.rulesOnly());
  }

  /**
   * The article's tokens as the scorer sees them: which can be cues (words, not names, not in
   * scare quotes) and which are quoted.
   */
  private static final class Text {
    final QuoteMarks marks;
    private final TokenIndex index;
    private final boolean[] usable;

    Text(TokenIndex index, QuoteMarks marks) {
      this.marks = marks;
      this.index = index;
      // A word the article writes with a capital inside a sentence is a name there, and so also
      // where it opens a sentence: "Voorzitter Anna Blij ... Blij opende de vergadering."
      Set<String> names = new HashSet<>();
      for (int k = 0; k < index.size(); k++) {
        Token t = index.get(k);
        if (t.isWord() && t.isCapitalized() && !opensClause(index, k)) {
          names.add(t.lower());
        }
      }
      usable = new boolean[index.size()];
      for (int k = 0; k < usable.length; k++) {
        usable[k] = ToneScorer.usable(index, marks, names, k);
      }
    }

    boolean usable(int k) {
      return usable[k];
    }

    /**
     * True for a capitalised word inside a sentence, not in scare quotes, long enough to be a
     * compound of a name and a common word ("Brexitangst"): its head may still be a cue.
     */
    boolean namedCompound(int k) {
      Token t = index.get(k);
      return t.kind() == TokenKind.WORD && t.isCapitalized() && t.lower().length() >= 9
          && (marks == null || !marks.inScareQuote(k));
    }
  }

  /** A cue while its paragraph is scored. */
  private static final class Cue {
    final int from;
    final int to;
    final String text;
    /** The lexicon category, or "change" for a composition. */
    final String group;
    /** For a composition, the token indexes of its words; otherwise null. */
    final int[] parts;
    /** A one-word change verb after its target ("de economie groeit"), the cue's last word; else -1. */
    int finiteChange = -1;
    double value;
    final List<String> flags = new ArrayList<>(2);

    Cue(int from, int to, String text, double value, String group, int[] parts) {
      this.from = from;
      this.to = to;
      this.text = text;
      this.value = value;
      this.group = group;
      this.parts = parts;
    }

    boolean isPart(int k) {
      if (parts == null) {
        return k >= from && k < to;
      }
      for (int p : parts) {
        if (p == k) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A cue as the model's trainer sees it: its group (the lexicon category, or "change") and
   * what the rules made of it, before the model weighs it.
   */
  public record RuleCue(String group, double value) {}

  /** Scores every paragraph; {@code marks} (may be null) tells which words are in scare quotes. */
  public List<ParagraphTone> score(TokenIndex index, QuoteMarks marks) {
    Article article = index.article();
    Text text = new Text(index, marks);
    List<ParagraphTone> tones = new ArrayList<>(article.paragraphs().size());
    for (int p = 0; p < index.paragraphCount(); p++) {
      Paragraph paragraph = article.paragraphs().get(p);
      double sum = 0;
      List<Cue> cues = paragraphCues(article, index, text, p);
      List<ToneCue> out = new ArrayList<>(cues.size());
      for (Cue c : cues) {
        double weighted = c.value * model.groupWeight(c.group, c.value);
        double value = round(weighted, 100);
        if (value == 0) {
          continue;
        }
        sum += value;
        Token first = index.get(c.from);
        Token last = index.get(c.to - 1);
        out.add(new ToneCue(c.text, first.start(), last.end(), value, c.flags));
      }
      double score = round(squash(sum), 1000);
      tones.add(new ParagraphTone(paragraph.number(), paragraph.heading(), score, model.label(score), out));
    }
    return tones;
  }

  /** The raw sum of the contributions squashed into [-1, 1]. */
  static double squash(double sum) {
    return sum / Math.sqrt(sum * sum + ALPHA);
  }

  /**
   * The cues of every paragraph before the model weighs them, for training the model: the rule
   * cues with the values the rules gave them.
   */
  public List<List<RuleCue>> ruleCues(TokenIndex index, QuoteMarks marks) {
    Article article = index.article();
    Text text = new Text(index, marks);
    List<List<RuleCue>> paragraphs = new ArrayList<>(index.paragraphCount());
    for (int p = 0; p < index.paragraphCount(); p++) {
      List<RuleCue> out = new ArrayList<>();
      for (Cue c : paragraphCues(article, index, text, p)) {
        out.add(new RuleCue(c.group, c.value));
      }
      paragraphs.add(out);
    }
    return paragraphs;
  }

  /** The article's tone: the paragraph scores averaged, weighted by their number of tokens. */
  public ArticleTone articleTone(Article article, List<ParagraphTone> tones) {
    double weighted = 0;
    double weights = 0;
    for (int i = 0; i < tones.size(); i++) {
      int tokens = article.paragraphs().get(i).tokens().size();
      weighted += tones.get(i).score() * tokens;
      weights += tokens;
    }
    double score = weights == 0 ? 0 : round(weighted / weights, 1000);
    return new ArticleTone(score, model.label(score));
  }

  private List<Cue> paragraphCues(Article article, TokenIndex index, Text text, int p) {
    List<Cue> cues = new ArrayList<>();
    int from = index.paragraphStart(p);
    int to = index.paragraphEnd(p);
    int s = from < to ? index.sentenceOf(from) : 0;
    while (from < to) {
      int end = index.sentenceEnd(s);
      Clauses clauses = new Clauses(index, from, end);
      List<Cue> sentence = sentenceCues(article, index, text, clauses);
      // "Maar ..." or "Toch ..." opening a sentence: what came before in the paragraph weighs less.
      ToneLexicon.Contrast opening = clauses.openingContrast();
      if (opening != null) {
        for (Cue c : cues) {
          if (!c.flags.contains("before-contrast")) {
            c.value /= opening.weight();
            c.flags.add("before-contrast");
          }
        }
      }
      cues.addAll(sentence);
      from = end;
      s++;
    }
    return cues;
  }

  /**
   * One sentence's clause structure and its function-word phrases: negators, intensifiers and
   * contrast markers, each matched once, longest first.
   */
  private final class Clauses {
    final TokenIndex index;
    final int from;
    final int to;
    final int[] clause;
    final int[] clauseStart;
    final ToneLexicon.Match<ToneLexicon.Negator>[] negators;
    final int[] negatorStart;
    final ToneLexicon.Match<Double>[] intensifiers;
    final int[] intensifierStart;
    final ToneLexicon.Match<ToneLexicon.Contrast>[] contrasts;

    @SuppressWarnings("unchecked") // arrays of a generic record: each holds only its own kind
    Clauses(TokenIndex index, int from, int to) {
      this.index = index;
      this.from = from;
      this.to = to;
      int n = to - from;
      clause = new int[n];
      List<Integer> starts = new ArrayList<>();
      starts.add(from);
      negators = (ToneLexicon.Match<ToneLexicon.Negator>[]) new ToneLexicon.Match<?>[n];
      negatorStart = new int[n];
      intensifiers = (ToneLexicon.Match<Double>[]) new ToneLexicon.Match<?>[n];
      intensifierStart = new int[n];
      contrasts = (ToneLexicon.Match<ToneLexicon.Contrast>[]) new ToneLexicon.Match<?>[n];
      facts = new ToneLexicon.WordFacts[n];
      java.util.Arrays.fill(negatorStart, -1);
      java.util.Arrays.fill(intensifierStart, -1);
      List<Token> tokens = index.tokens();
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        facts[k - from] = lexicon.facts(t.lower(), t.stem());
      }
      int c = 0;
      for (int k = from; k < to; k++) {
        if (k > from && isBoundary(tokens.get(k))) {
          c++;
          starts.add(k);
        }
        clause[k - from] = c;
        ToneLexicon.WordFacts f = facts[k - from];
        if (negatorStart[k - from] < 0) {
          ToneLexicon.Match<ToneLexicon.Negator> m = lexicon.negatorAt(f, tokens, k, to);
          if (m != null) {
            negators[k - from] = m;
            for (int j = k; j < k + m.length(); j++) {
              negatorStart[j - from] = k;
            }
          }
        }
        if (intensifierStart[k - from] < 0) {
          ToneLexicon.Match<Double> m = lexicon.intensifierAt(f, tokens, k, to);
          if (m != null) {
            intensifiers[k - from] = m;
            for (int j = k; j < k + m.length(); j++) {
              intensifierStart[j - from] = k;
            }
          }
        }
        contrasts[k - from] = lexicon.contrastAt(f, tokens, k, to);
      }
      clauseStart = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** What the lexicon says about each token of the sentence. */
    private final ToneLexicon.WordFacts[] facts;

    ToneLexicon.WordFacts facts(int k) {
      return facts[k - from];
    }

    /** The polar word entry of token {@code k} (not compounds). */
    ToneLexicon.Entry entry(int k) {
      return facts[k - from].entry;
    }

    /** The one-word change of token {@code k}. */
    ToneLexicon.Change change(int k) {
      return facts[k - from].change;
    }

    /** The target polarity of token {@code k}, a compound taking its head's. */
    int target(int k) {
      return facts[k - from].target;
    }

    int clauseOf(int k) {
      return clause[k - from];
    }

    int startOfClause(int k) {
      return clauseStart[clause[k - from]];
    }

    int endOfClause(int k) {
      int c = clause[k - from];
      return c + 1 < clauseStart.length ? clauseStart[c + 1] : to;
    }

    boolean sameClause(int a, int b) {
      return clause[a - from] == clause[b - from];
    }

    boolean isNegator(int k) {
      return negatorStart[k - from] >= 0;
    }

    boolean isFunction(int k) {
      return negatorStart[k - from] >= 0 || intensifierStart[k - from] >= 0 || contrasts[k - from] != null;
    }

    /** The contrast marker that makes this sentence contrast with the sentences before it, or null. */
    ToneLexicon.Contrast openingContrast() {
      for (int k = from; k < to; k++) {
        Token t = index.get(k);
        if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.DASH) {
          continue;
        }
        ToneLexicon.Match<ToneLexicon.Contrast> m = contrasts[k - from];
        if (m != null && m.value().role() == ToneLexicon.Role.AFTER) {
          return m.value();
        }
        break;
      }
      // A "within" marker in the first clause: "De cijfers waren echter slecht."
      for (int k = from; k < to && clause[k - from] == 0; k++) {
        ToneLexicon.Match<ToneLexicon.Contrast> m = contrasts[k - from];
        if (m != null && m.value().role() == ToneLexicon.Role.WITHIN) {
          return m.value();
        }
      }
      return null;
    }
  }

  private List<Cue> sentenceCues(Article article, TokenIndex index, Text text, Clauses clauses) {
    int from = clauses.from;
    int to = clauses.to;
    List<Cue> cues = new ArrayList<>();
    boolean[] consumed = new boolean[to - from];
    // 1. Multiword expressions.
    for (int k = from; k < to; k++) {
      if (!text.usable(k)) {
        continue;
      }
      Cue phrase = phrase(article, index, text, clauses, k, to);
      if (phrase != null) {
        cues.add(phrase);
        for (int j = phrase.from; j < phrase.to; j++) {
          consumed[j - from] = true;
        }
        k = phrase.to - 1;
      }
    }
    // Separable verbs split over their clause ("krabbelt weer op").
    for (int k = from; k < to; k++) {
      if (consumed[k - from] || !text.usable(k)) {
        continue;
      }
      Cue split = separable(index, text, clauses, k, consumed);
      if (split != null) {
        cues.add(split);
        for (int j : split.parts) {
          consumed[j - from] = true;
        }
      }
    }
    // 2. Changes with what changes.
    for (int k = from; k < to; k++) {
      if (consumed[k - from] || !text.usable(k)) {
        continue;
      }
      Cue lessened = lessened(index, clauses, k, cues, consumed);
      if (lessened != null) {
        continue;
      }
      Cue composed = change(index, text, clauses, k, consumed, cues);
      if (composed != null && !cues.contains(composed)) { // a cost may replace an expression in place
        cues.add(composed);
      }
    }
    // 3. Polar words, and compounds by their head.
    for (int k = from; k < to; k++) {
      if (consumed[k - from] || clauses.isNegator(k)) {
        continue;
      }
      Token t = index.get(k);
      boolean named = !text.usable(k);
      // A listed word is no compound: "Vertrouwen" in a title-case headline is no ver|trouwen.
      if (named && (!text.namedCompound(k) || clauses.entry(k) != null || clauses.target(k) != 0)) {
        continue;
      }
      // A name's compound is scored by its head only: "Brexitangst".
      ToneLexicon.Entry entry = named ? null : clauses.entry(k);
      boolean compound = false;
      double factor = 1;
      if (entry == null && t.lower().length() >= 9 && t.kind() == TokenKind.WORD) {
        // A target compound nothing changed is scored by its head: "ochtendverliezen".
        entry = clauses.facts(k).compoundHead;
        if (entry == null && !named && clauses.target(k) == 0) {
          entry = clauses.facts(k).compoundModifier;
          factor = MODIFIER;
        }
        compound = entry != null;
      }
      if (entry != null) {
        // "sterk gestegen", "redelijk goed": a word that is also an intensifier scales what follows.
        if (clauses.intensifierStart[k - from] >= 0 && k + 1 < to && startsCue(index, text, clauses, k + 1, consumed)) {
          continue;
        }
        // "steeg sterk", "groeit explosief": right after a change word it scales the change.
        if (clauses.intensifierStart[k - from] >= 0 && k > from && changeWordAt(cues, k - 1)) {
          continue;
        }
        consumed[k - from] = true;
        Cue cue = new Cue(k, k + 1, t.text(), entry.weight() * factor, entry.category(), null);
        if (compound) {
          cue.flags.add("compound");
        }
        cues.add(cue);
      }
    }
    cues.sort(Comparator.comparingInt((Cue c) -> c.from).thenComparingInt(c -> c.to));
    for (Cue c : cues) {
      shape(index, text, clauses, c, cues);
    }
    return cues;
  }

  /** True when a cue could start at {@code k}: a polar word or a change word. */
  private boolean startsCue(TokenIndex index, Text text, Clauses clauses, int k, boolean[] consumed) {
    if (!text.usable(k)) {
      return false;
    }
    return consumed[k - clauses.from] || clauses.entry(k) != null || clauses.change(k) != null;
  }

  private Cue phrase(Article article, TokenIndex index, Text text, Clauses clauses, int k, int to) {
    if (k + 1 >= to) {
      return null;
    }
    List<ToneLexicon.Entry> candidates = clauses.facts(k).phrases(index.get(k + 1).stem());
    for (ToneLexicon.Entry e : candidates) {
      String[] stems = e.stems();
      if (k + stems.length > to) {
        continue;
      }
      boolean match = true;
      String[] words = e.words();
      // Stems first: cheap, and they rule out nearly every candidate.
      for (int i = 1; i < stems.length && match; i++) {
        match = index.get(k + i).stem().equals(stems[i]);
      }
      for (int i = 0; i < stems.length && match; i++) {
        String lower = index.get(k + i).lower();
        match = text.usable(k + i) && (words.length != stems.length || lexicon.inflection().of(words[i], lower)
            && !(i > 0 && words[i - 1].equals("te") && lower.endsWith("en") && !words[i].endsWith("en")));
      }
      // The last condition: after "te" a word in -en is an infinitive ("te laten" is no "te laat").
      if (match) {
        int end = k + stems.length;
        return new Cue(k, end, article.slice(index.get(k).start(), index.get(end - 1).end()), e.weight(), e.category(), null);
      }
    }
    return null;
  }

  /**
   * A separable verb from the lexicon split over its clause ("krabbelt weer op", "valt dit jaar
   * tegen"): a two-word entry whose second word is a particle, the particle found later in the
   * clause near its end, where Dutch main clauses put it. Null when none matches.
   */
  private Cue separable(TokenIndex index, Text text, Clauses clauses, int k, boolean[] consumed) {
    Token first = index.get(k);
    for (ToneLexicon.Entry e : clauses.facts(k).separables) {
      String[] words = e.words();
      if (!lexicon.inflection().of(words[0], first.lower())) {
        continue;
      }
      // At most three words between: further apart the pair is more often an idiom of its own
      // ("sloeg daarna een vergelijkbare toon aan" is no "sloeg aan").
      for (int g = k + 2; g < Math.min(clauses.to, k + 5) && clauses.sameClause(g, k); g++) {
        Token t = index.get(g);
        if (consumed[g - clauses.from] || t.isWord() && !text.usable(g)
            || clauses.change(g - 1) != null && !SPEEDS.contains(index.get(g - 1).lower())
            || changeParticle(clauses, k, index.get(g - 1))) {
          // "valt lager uit" turns out lower, "trok aan in mei" pulled up: the verb is another;
          // a word of speed only says how fast ("krabbelt sneller op").
          break;
        }
        if (t.isWord() && t.lower().equals(words[1]) && !clauses.isNegator(g) && wordsToClauseEnd(index, clauses, g + 1) <= 3) {
          Cue cue = new Cue(k, g + 1, first.text() + " \u2026 " + t.text(), e.weight(), e.category(), new int[] {k, g});
          return cue;
        }
      }
    }
    return null;
  }

  /**
   * True when token {@code k} is inside an expression of the lexicon other than {@code c}: the
   * negator of "niet overtuigd van ontslagen" belongs to "niet overtuigd", which carries it.
   */
  private static boolean inExpression(List<Cue> cues, Cue c, int k) {
    for (Cue d : cues) {
      if (d != c && d.parts == null && d.to - d.from > 1 && d.from <= k && k < d.to) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code k} is a word of a composition's cue. */
  private static boolean changeWordAt(List<Cue> cues, int k) {
    for (Cue c : cues) {
      if (c.parts != null && c.isPart(k)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code t} is the particle of a change phrase that starts at {@code k} ("trok aan"). */
  private static boolean changeParticle(Clauses clauses, int k, Token t) {
    for (ToneLexicon.Change phrase : clauses.facts(k).changePhrases) {
      if (phrase.stems().length == 2 && phrase.stems()[1].equals(t.stem())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "minder" before an expression of the lexicon, with at most two words between and no target
   * ("gingen minder ondernemingen over de kop"): fewer of a bad thing is good news. Replaces the
   * expression's cue in {@code cues} by the composition and returns it; null when there is none.
   */
  private Cue lessened(TokenIndex index, Clauses clauses, int k, List<Cue> cues, boolean[] consumed) {
    if (!index.get(k).lower().equals("minder")) {
      return null;
    }
    for (int i = 0; i < cues.size(); i++) {
      Cue c = cues.get(i);
      if (c.from > k && c.from <= k + 3 && clauses.sameClause(k, c.from) && c.to - c.from > 1) {
        for (int j = k + 1; j < c.from; j++) {
          if (clauses.target(j) != 0 || clauses.isFunction(j)) {
            return null;
          }
        }
        Cue composed = new Cue(k, c.to, index.get(k).text() + (c.from > k + 1 ? " \u2026 " : " ") + c.text, -c.value * COMPOSITION, c.group, new int[] {k, c.from});
        composed.flags.add("change");
        cues.set(i, composed);
        consumed[k - clauses.from] = true;
        return composed;
      }
    }
    return null;
  }

  /**
   * A change at {@code k} composed with what changes, or null: a separable change whose particle
   * may come later in the clause ("de werkloosheid nam vorig jaar flink af"), a one-word change,
   * or a compound of a target and a change ("werkloosheidsdaling").
   */
  private Cue change(TokenIndex index, Text text, Clauses clauses, int k, boolean[] consumed, List<Cue> cues) {
    Token t = index.get(k);
    int[] words = null;
    ToneLexicon.Change change = null;
    for (ToneLexicon.Change phrase : clauses.facts(k).changePhrases) {
      words = changeWords(index, text, clauses, k, phrase.stems(), consumed);
      if (words != null) {
        change = phrase;
        break;
      }
    }
    if (change == null) {
      change = clauses.change(k);
      words = new int[] {k};
      if (change != null && deferred(index, clauses, k, change)) {
        return null;
      }
    }
    if (change == null && COSTS.contains(t.lower())) {
      return costs(index, text, clauses, k, consumed, cues);
    }
    if (change == null) {
      if (t.lower().length() >= 8 && t.kind() == TokenKind.WORD && clauses.entry(k) == null) {
        ToneLexicon.CompoundChange compound = clauses.facts(k).compoundChange;
        if (compound != null) {
          consumed[k - clauses.from] = true;
          Cue cue =
              new Cue(k, k + 1, t.text(), compound.change().direction() * compound.polarity() * compound.change().strength() * COMPOSITION, "change", new int[] {k});
          cue.flags.add("change");
          return cue;
        }
      }
      return null;
    }
    int[] target = target(index, text, clauses, words, consumed);
    // A present participle ("Snel stijgende rente") or an inflected adjective ("Profijt van lage
    // rente") modifies the noun after it: a capitalised word before it is no subject.
    if (target == null && !attributive(index.get(words[0]).lower())) {
      target = named(index, clauses, words[0], consumed);
    }
    if (target == null) {
      return null;
    }
    int best = target[0];
    int polarity = target[1];
    consumed[best - clauses.from] = true;
    // "Groei Duitse economie vertraagt": a target just before the one chosen belongs to the same
    // noun phrase and changes with it; it is not scored again on its own.
    for (int j = best - 1; j >= Math.max(clauses.from, best - 2) && clauses.sameClause(j, best); j--) {
      Token before = index.get(j);
      if (!consumed[j - clauses.from] && text.usable(j) && clauses.target(j) == polarity) {
        consumed[j - clauses.from] = true;
      }
    }
    for (int w : words) {
      consumed[w - clauses.from] = true;
    }
    int[] parts = java.util.Arrays.copyOf(words, words.length + 1);
    parts[words.length] = best;
    java.util.Arrays.sort(parts);
    Cue cue =
        new Cue(
            parts[0],
            parts[parts.length - 1] + 1,
            text(index, parts),
            change.direction() * polarity * change.strength() * COMPOSITION,
            "change",
            parts);
    cue.flags.add("change");
    if (words.length == 1 && words[0] > best && t.kind() == TokenKind.WORD) {
      cue.finiteChange = words[0];
    }
    return cue;
  }

  /**
   * True when a weak change word ("sneller", "beperkte") only modifies a stronger change right
   * after it: in "de uitstoot sneller terugdringen" what changes is the emission, and it goes down;
   * "minder" is no modifier but a change of its own ("minder toenemen").
   */
  private static boolean deferred(TokenIndex index, Clauses clauses, int k, ToneLexicon.Change change) {
    if (REVERSING.contains(index.get(k).lower())) {
      return false; // "minder toenemen" reverses the change: a composition of its own
    }
    for (int j = k + 1; j <= k + 2 && j < clauses.to && clauses.sameClause(j, k); j++) {
      ToneLexicon.Change next = clauses.change(j);
      if (next != null && next.strength() > change.strength() && index.get(j).isWord()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb of costing with a good thing later in its clause: "de fusie kost 450 vaste banen",
   * "kostte tienduizenden Russen hun baan": that thing is lost. Not the noun "kosten" (a
   * target of its own) and nothing but good targets: "kost 900 euro" is a price.
   */
  private Cue costs(TokenIndex index, Text text, Clauses clauses, int k, boolean[] consumed, List<Cue> cues) {
    for (int j = k + 1; j < Math.min(clauses.to, k + 1 + TARGET_DISTANCE) && clauses.sameClause(j, k); j++) {
      if (consumed[j - clauses.from] && text.usable(j) && clauses.target(j) > 0) {
        // The target ends an expression of the lexicon ("vaste banen"): the cost replaces it.
        for (int i = 0; i < cues.size(); i++) {
          Cue c = cues.get(i);
          if (c.to - 1 == j && c.parts == null && c.value > 0) {
            consumed[k - clauses.from] = true;
            Cue cue = new Cue(k, c.to, index.get(k).text() + " \u2026 " + c.text, -COST * COMPOSITION, "change", new int[] {k, j});
            cue.flags.add("change");
            cues.set(i, cue);
            return cue;
          }
        }
      }
      if (!text.usable(j) || consumed[j - clauses.from] || clauses.target(j) <= 0) {
        continue;
      }
      consumed[k - clauses.from] = true;
      consumed[j - clauses.from] = true;
      int[] parts = {k, j};
      Cue cue = new Cue(k, j + 1, text(index, parts), -COST * COMPOSITION, "change", parts);
      cue.flags.add("change");
      return cue;
    }
    return null;
  }

  /** The words at {@code parts} (ascending), with an ellipsis for a gap: "werkloosheid nam … af". */
  private static String text(TokenIndex index, int[] parts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        text.append(parts[i] - parts[i - 1] > 1 ? " \u2026 " : " ");
      }
      text.append(index.get(parts[i]).text());
    }
    return text.toString();
  }

  /** The token indexes of a multiword change starting at {@code k}, its later words within the clause; or null. */
  private int[] changeWords(TokenIndex index, Text text, Clauses clauses, int k, String[] stems, boolean[] consumed) {
    int[] at = new int[stems.length];
    at[0] = k;
    int j = k;
    for (int w = 1; w < stems.length; w++) {
      boolean found = false;
      for (int g = j + 1; g < Math.min(clauses.to, j + 8) && clauses.sameClause(g, k); g++) {
        Token t = index.get(g);
        if (!text.usable(g) && t.isWord() || consumed[g - clauses.from]) {
          break;
        }
        if (t.isWord() && t.stem().equals(stems[w])) {
          at[w] = g;
          j = g;
          found = true;
          break;
        }
      }
      if (!found) {
        return null;
      }
    }
    return at;
  }

  /**
   * What a change composes with, as {index, polarity}: the nearest target in the clause (up to
   * {@value #TARGET_DISTANCE} tokens away), else the nearest polar word (up to {@value
   * #POLAR_DISTANCE}): "minder somber", "de problemen nemen toe". Null when there is none.
   */
  private int[] target(TokenIndex index, Text text, Clauses clauses, int[] words, boolean[] consumed) {
    int k = words[0];
    int last = words[words.length - 1];
    // An attributive change word modifies the noun after it: in "profijt van lage rente" it is the
    // rent that is low, not the profit. (Only polar words are kept to that side: a target before
    // it stays a candidate, which measured better on the headlines.)
    boolean attributive = words.length == 1 && attributive(index.get(k).lower());
    // The object between a verb and its particle is what changes: "werkt het verlies weg". Not a
    // noun in an adverbial: "de omzet liep door de inflatie terug".
    for (int j = k + 1; j < last && !PREPOSITIONS.contains(index.get(j).lower()); j++) {
      if (candidate(index, text, clauses, words, consumed, k, j) && clauses.target(j) != 0) {
        return new int[] {j, clauses.target(j)};
      }
    }
    for (int d = 1; d <= TARGET_DISTANCE; d++) {
      for (int j : new int[] {k - d, k + d, last + d}) {
        if (!candidate(index, text, clauses, words, consumed, k, j)) {
          continue;
        }
        int p = clauses.target(j);
        if (p != 0 && !infinitive(index, clauses, j) && !without(index, j < k ? j : last, j < k ? k : j)) {
          return new int[] {j, p};
        }
      }
    }
    for (int d = 1; d <= POLAR_DISTANCE; d++) {
      for (int j : new int[] {k - d, k + d, last + d}) {
        if (!candidate(index, text, clauses, words, consumed, k, j) || clauses.isFunction(j) || attributive && j < k) {
          continue;
        }
        ToneLexicon.Entry e = clauses.entry(j);
        if (e != null && Math.abs(e.weight()) >= 0.3 && clauses.change(j) == null) {
          return new int[] {j, e.weight() < 0 ? -1 : 1};
        }
      }
    }
    return null;
  }

  /**
   * True when "zonder" stands between two tokens: what follows it is absent or belongs to its own
   * clause ("groeien zonder hun marktaandeel te verliezen", "groei zonder banen").
   */
  private static boolean without(TokenIndex index, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (index.get(j).lower().equals("zonder")) {
        return true;
      }
    }
    return false;
  }

  /** A verb after "te" ("zonder hun positie te verliezen"), not the noun target it looks like. */
  private static boolean infinitive(TokenIndex index, Clauses clauses, int j) {
    return j > clauses.from && index.get(j - 1).lower().equals("te") && index.get(j).lower().endsWith("en");
  }

  /**
   * A name just before a change word that has no target, as {index, +1}: what a company, an
   * index or a currency gains is good news for it ("Euro zakt weg", "AEX hoger", "Randstad
   * groeit"). The name must be the change's subject: at most {@value #NAME_DISTANCE} tokens before
   * it in its clause. Null when there is none.
   */
  private int[] named(TokenIndex index, Clauses clauses, int k, boolean[] consumed) {
    for (int j = k - 1; j >= Math.max(clauses.from, k - NAMED_TARGET_DISTANCE) && clauses.sameClause(j, k); j--) {
      Token t = index.get(j);
      if (t.kind() != TokenKind.WORD || !t.isCapitalized() || consumed[j - clauses.from] || clauses.isFunction(j)
          || FUNCTION_WORDS.contains(t.lower()) || NOT_NAMES.contains(t.lower())) {
        continue;
      }
      // A capitalised common word keeps its meaning: "Regionaal nieuws Werkloosheid loopt op" (a
      // headline in title case), "Betalingsproblemen nemen toe". A name that is a target reaches
      // further: "De AEX sloot woensdag 2 procent hoger".
      int target = clauses.target(j);
      if (target != 0) {
        return new int[] {j, target};
      }
      if (j < k - NAME_DISTANCE) {
        continue;
      }
      ToneLexicon.Entry e = clauses.entry(j);
      if (e == null && t.lower().length() >= 9) {
        e = clauses.facts(j).compoundHead;
      }
      if (e != null) {
        return Math.abs(e.weight()) >= 0.3 ? new int[] {j, e.weight() < 0 ? -1 : 1} : null;
      }
      return new int[] {j, 1};
    }
    return null;
  }

  private static boolean candidate(TokenIndex index, Text text, Clauses clauses, int[] words, boolean[] consumed, int k, int j) {
    return j >= clauses.from && j < clauses.to && clauses.sameClause(j, k) && text.usable(j)
        && !consumed[j - clauses.from] && !contains(words, j);
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private void shape(TokenIndex index, Text text, Clauses clauses, Cue c, List<Cue> cues) {
    int from = clauses.from;
    int to = clauses.to;
    double factor = intensifier(index, clauses, c);
    if (factor > 0 && factor < 1 && c.parts != null) {
      factor = 1 - (1 - factor) * DOWNTONED_CHANGE;
    }
    if (factor > 0) {
      c.value *= factor;
      c.flags.add(factor > 1 ? "intensified" : "downtoned");
    }
    ToneLexicon.Negator negator = negator(index, clauses, c, cues);
    if (negator != null) {
      c.value *= negator.flip() ? FLIP : DAMPEN;
      c.flags.add(negator.flip() ? "negated" : "dampened");
    }
    contrast(clauses, c);
    int last = to - 1;
    while (last > from && index.get(last).kind() == TokenKind.QUOTE) {
      last--;
    }
    if (index.get(last).text().startsWith("!")) {
      c.value *= EXCLAMATION;
      c.flags.add("exclaimed");
    } else if (index.get(last).text().startsWith("?")) {
      // A question asserts nothing: "Wordt negatieve spaarrente de norm?"
      c.value *= QUESTION;
      c.flags.add("question");
    }
    if (text.marks != null && text.marks.inQuote(c.from)) {
      c.flags.add("quoted");
    }
  }

  /**
   * The factor of an intensifier or downtoner right before the cue (at most one word between:
   * "zeer grote zorgen"), or for a change right before or after its change word ("steeg fors",
   * "licht gedaald"); 0 when there is none.
   */
  private static double intensifier(TokenIndex index, Clauses clauses, Cue c) {
    int from = clauses.from;
    for (int j = c.from - 1, words = 0; j >= from && words < 2; j--) {
      Token t = index.get(j);
      if (!t.isWord() || isBoundary(t)) {
        break;
      }
      int start = clauses.intensifierStart[j - from];
      if (start >= 0) {
        return clauses.intensifiers[start - from].value();
      }
      words++;
    }
    if (c.parts != null) {
      for (int p : c.parts) {
        for (int j : new int[] {p - 1, p + 1}) {
          if (j >= from && j < clauses.to && !c.isPart(j) && clauses.sameClause(j, p)) {
            int start = clauses.intensifierStart[j - from];
            if (start >= 0) {
              return clauses.intensifiers[start - from].value();
            }
          }
        }
      }
    }
    return 0;
  }

  /**
   * The negator that governs the cue, or null: one between the words of a composition ("de
   * inflatie neemt niet toe"); else the nearest one before it in its clause, if the cue is within
   * its scope or the words between include a verb of saying or thinking; else one after it at the
   * end of a verb-final clause ("stegen niet", "de mooie woorden niet gelooft").
   */
  private ToneLexicon.Negator negator(TokenIndex index, Clauses clauses, Cue c, List<Cue> cues) {
    int from = clauses.from;
    int to = clauses.to;
    if (c.parts != null) {
      for (int j = c.from + 1; j < c.to - 1; j++) {
        int start = clauses.negatorStart[j - from];
        if (start >= c.from && !c.isPart(j) && clauses.sameClause(j, c.from) && clauses.sameClause(j, c.to - 1)) {
          ToneLexicon.Negator n = clauses.negators[start - from].value();
          return n.effect() == ToneLexicon.Effect.KEEP ? null : n;
        }
      }
    }
    int words = 0;
    for (int j = c.from - 1; j >= from; j--) {
      Token t = index.get(j);
      if (isBoundary(t)) {
        break;
      }
      int start = clauses.negatorStart[j - from];
      if (start >= 0) {
        ToneLexicon.Negator n = clauses.negators[start - from].value();
        if (n.effect() != ToneLexicon.Effect.KEEP && n.forward() && (words < n.scope() || projects(index, j + 1, c.from))
            && !inExpression(cues, c, start)) {
          return n;
        }
        break;
      }
      if (t.isWord() && !FUNCTION_WORDS.contains(t.lower())) {
        words++;
      }
    }
    if (SENTENCE_ADVERBS.contains(c.text.toLowerCase(java.util.Locale.ROOT))) {
      return null; // "dat werkt helaas niet": the adverb judges the negated clause, it is not negated
    }
    // Main-clause order puts the negator right after the finite verb, before the rest of the
    // clause: "de economie groeit nauwelijks in het eerste kwartaal", "stijgt niet meer".
    if (c.finiteChange == c.to - 1 && c.to < to && clauses.negators[c.to - from] != null) {
      ToneLexicon.Negator n = clauses.negators[c.to - from].value();
      // "niet zo", "niet erg" govern forward elsewhere but here the verb before them.
      if (n.effect() != ToneLexicon.Effect.KEEP && (n.backward() || n.word().startsWith("niet "))) {
        return n;
      }
    }
    words = 0;
    for (int j = c.to; j < to; j++) {
      Token t = index.get(j);
      if (isBoundary(t) || SUBORDINATORS.contains(t.lower())) {
        break; // "verstandig dat de ECB het krediet niet verhoogt": that negator is the clause's own
      }
      if (clauses.negators[j - from] != null) {
        ToneLexicon.Match<ToneLexicon.Negator> m = clauses.negators[j - from];
        ToneLexicon.Negator n = m.value();
        if (n.effect() != ToneLexicon.Effect.KEEP && n.backward() && words < n.scope()
            && wordsToClauseEnd(index, clauses, j + m.length()) <= 2) {
          return n;
        }
        break;
      }
      if (t.isWord() && !FUNCTION_WORDS.contains(t.lower())) {
        words++;
      }
    }
    return null;
  }

  private static int wordsToClauseEnd(TokenIndex index, Clauses clauses, int k) {
    int words = 0;
    for (int j = k; j < clauses.to && !isBoundary(index.get(j)); j++) {
      if (index.get(j).isWord()) {
        words++;
      }
    }
    return words;
  }

  /**
   * Contrast within the sentence: after "maar" (or in the clause of "echter") a cue weighs more,
   * before it less; in a concessive clause (hoewel, weliswaar) less. The nearest marker of each
   * kind counts.
   */
  private static void contrast(Clauses clauses, Cue c) {
    int from = clauses.from;
    ToneLexicon.Contrast after = null;
    ToneLexicon.Contrast before = null;
    ToneLexicon.Contrast concessive = null;
    for (int j = from; j < clauses.to; j++) {
      ToneLexicon.Match<ToneLexicon.Contrast> m = clauses.contrasts[j - from];
      if (m == null || j + m.length() > c.from && j < c.to) {
        continue;
      }
      ToneLexicon.Contrast marker = m.value();
      switch (marker.role()) {
        case AFTER -> {
          if (j < c.from) {
            after = marker;
          } else if (before == null) {
            before = marker;
          }
        }
        case WITHIN -> {
          int start = clauses.startOfClause(j);
          if (c.from >= start) {
            after = marker;
          } else if (before == null && start > from) {
            before = marker;
          }
        }
        case CONCESSIVE -> {
          if (clauses.sameClause(j, c.from)) {
            concessive = marker;
          }
        }
      }
    }
    if (concessive != null) {
      c.value *= concessive.weight();
      c.flags.add("concessive");
    } else if (after != null) {
      c.value *= after.weight();
      c.flags.add("after-contrast");
    }
    if (before != null) {
      c.value /= before.weight();
      c.flags.add("before-contrast");
    }
  }

  /** True when a verb of saying or thinking lies in {@code [from, to)}: its negation covers what it says. */
  private static boolean projects(TokenIndex index, int from, int to) {
    for (int j = from; j < to; j++) {
      if (PROJECTING_VERB_STEMS.contains(index.get(j).stem())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoundary(Token t) {
    if (t.kind() == TokenKind.PUNCTUATION) {
      char c = t.text().charAt(0);
      return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' || c == '?';
    }
    return t.kind() == TokenKind.WORD && BOUNDARY_WORDS.contains(t.lower());
  }

  /**
   * Whether token {@code k} can be a cue: a word, not inside a scare quote, and not a name. In
   * Dutch only names are capitalised inside a sentence, so "Wethouder Jan de Goede" or "Anna
   * Blij" carry no tone, nor does "Blij" opening a sentence of the same article ({@code names}).
   */
  private static boolean usable(TokenIndex index, QuoteMarks marks, Set<String> names, int k) {
    Token t = index.get(k);
    if (!t.isWord()) {
      return false;
    }
    if (t.isCapitalized() && !commonAfterHyphen(t.text()) && (!opensClause(index, k) || names.contains(t.lower()))) {
      return false;
    }
    return marks == null || !marks.inScareQuote(k);
  }

  /**
   * A capitalised word whose last part, after a hyphen, is lower case: a common noun named after
   * something ("CO2-uitstoot", "EU-landen", "Griekenland-crisis"), unlike "Noord-Holland".
   */
  private static boolean commonAfterHyphen(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && hyphen + 2 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /**
   * True at the start of a sentence, or after an opening quote mark, a colon, semicolon or
   * bracket, or a dash ("AMSTERDAM - Werkloosheid daalt").
   */
  private static boolean opensClause(TokenIndex index, int k) {
    int sentenceStart = index.sentenceStart(index.sentenceOf(k));
    for (int j = k - 1; j >= sentenceStart; j--) {
      Token t = index.get(j);
      if (t.kind() == TokenKind.QUOTE) {
        continue;
      }
      if (t.kind() == TokenKind.DASH) {
        return true;
      }
      return t.kind() == TokenKind.PUNCTUATION && ":;([".contains(t.text());
    }
    return true;
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }
}
