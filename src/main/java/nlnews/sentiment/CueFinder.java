package nlnews.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Finds the cues of one sentence, what is a cue and where, in passes that each take the tokens
 * the earlier ones left: multiword expressions of the lexicon first ("om de tafel", "geen
 * doorbraak"), then separable verbs split over their clause ("krabbelt weer op"), then words of
 * change composed with what changes ({@link ChangeComposer}), then single polar words, a
 * compound taking the polarity of its head ("hypotheekproblemen") or, weighing less, of its
 * modifier ("crisisoverleg"). Names and words in scare quotes are no cues ({@link ToneTokens}).
 * Which tokens a cue takes is kept in one {@link Claims} per sentence that only this class
 * writes. Thread-safe.
 */
final class CueFinder {

  /** A compound's modifier says what it is about, less surely than its head says what it is. */
  static final double MODIFIER = 0.5;
  /**
   * At most this many words between a separable verb and its particle: further apart the pair is
   * more often an idiom of its own ("sloeg daarna een vergelijkbare toon aan" is no "sloeg aan").
   */
  static final int PARTICLE_GAP = 3;
  /**
   * At most this many words after the particle before the clause ends: main clauses put it last,
   * before a short adverbial at most ("trok aan in mei").
   */
  static final int PARTICLE_TO_CLAUSE_END = 3;

  private final ToneLexicon lexicon;
  private final ToneWords words;
  private final ChangeComposer changes;

  CueFinder(ToneLexicon lexicon, ToneWords words) {
    this.lexicon = lexicon;
    this.words = words;
    this.changes = new ChangeComposer(words);
  }

  /** The cues of sentence {@code s}, ordered by where they start and end. */
  List<Cue> find(ToneSentence s) {
    Claims claims = new Claims(s.from, s.to);
    List<Cue> cues = new ArrayList<>();
    expressions(s, claims, cues);
    separables(s, claims, cues);
    changes(s, claims, cues);
    polarWords(s, claims, cues);
    cues.sort(Comparator.comparingInt(Cue::from).thenComparingInt(Cue::to));
    return cues;
  }

  /** 1. Multiword expressions, each token in one at most. */
  private void expressions(ToneSentence s, Claims claims, List<Cue> cues) {
    for (int k = s.from; k < s.to; k++) {
      if (!s.usable(k)) {
        continue;
      }
      Cue phrase = expression(s, k);
      if (phrase != null) {
        cues.add(phrase);
        claims.take(phrase);
        k = phrase.to() - 1;
      }
    }
  }

  /** Separable verbs split over their clause. */
  private void separables(ToneSentence s, Claims claims, List<Cue> cues) {
    for (int k = s.from; k < s.to; k++) {
      if (!claims.claimed(k) && s.usable(k)) {
        Cue split = separable(s, k, claims);
        if (split != null) {
          cues.add(split);
          claims.take(split);
        }
      }
    }
  }

  /** 2. Changes with what changes; a composition may take the place of an expression it takes in. */
  private void changes(ToneSentence s, Claims claims, List<Cue> cues) {
    for (int k = s.from; k < s.to; k++) {
      if (!claims.claimed(k) && s.usable(k)) {
        ChangeComposer.Found found = changes.lessened(s, k, cues);
        if (found == null) {
          found = changes.compose(s, k, claims, cues);
        }
        if (found != null) {
          if (found.replaces() >= 0) {
            cues.set(found.replaces(), found.cue());
          } else {
            cues.add(found.cue());
          }
          claims.take(found.cue());
          claims.take(found.alsoClaimed());
        }
      }
    }
  }

  /** 3. Polar words, and compounds by their head or modifier, in what the passes before left. */
  private void polarWords(ToneSentence s, Claims claims, List<Cue> cues) {
    for (int k = s.from; k < s.to; k++) {
      if (!claims.claimed(k) && !s.isNegator(k)) {
        Cue word = polarWord(s, k, claims, cues);
        if (word != null) {
          cues.add(word);
          claims.take(word);
        }
      }
    }
  }

  /** The longest multiword expression of the lexicon starting at token {@code k}, or null. */
  private Cue expression(ToneSentence s, int k) {
    int to = s.to;
    if (k + 1 >= to) {
      return null;
    }
    Inflection inflection = lexicon.inflection();
    ToneWords.RuleWords rules = this.words.rules();
    for (ToneLexicon.Entry e : s.facts(k).phrases(s.get(k + 1).stem())) {
      String[] stems = e.stems();
      if (k + stems.length > to) {
        continue;
      }
      boolean match = true;
      String[] words = e.words();
      // Stems first: cheap, and they rule out nearly every candidate.
      for (int i = 1; i < stems.length && match; i++) {
        match = s.get(k + i).stem().equals(stems[i]);
      }
      for (int i = 0; i < stems.length && match; i++) {
        String lower = s.get(k + i).lower();
        match = s.usable(k + i) && (words.length != stems.length || inflection.of(words[i], lower)
            && !(i > 0 && words[i - 1].equals(rules.infinitiveMarker()) && lower.endsWith(rules.infinitiveEnding())
                && !words[i].endsWith(rules.infinitiveEnding())));
      }
      // The last condition: after "te" a word in -en is an infinitive ("te laten" is no "te laat").
      if (match) {
        int end = k + stems.length;
        String text = s.tokens().index().article().slice(s.get(k).start(), s.get(end - 1).end());
        return Cue.span(k, end, text, e.category(), e.weight(), List.of());
      }
    }
    return null;
  }

  /**
   * A separable verb from the lexicon split over its clause ("krabbelt weer op", "valt dit jaar
   * tegen"): a two-word entry whose second word is a particle, the particle found later in the
   * clause near its end, where Dutch main clauses put it. Null when none matches.
   */
  private Cue separable(ToneSentence s, int k, Claims claims) {
    Token first = s.get(k);
    Inflection inflection = lexicon.inflection();
    for (ToneLexicon.Entry e : s.facts(k).separables) {
      String[] words = e.words();
      if (!inflection.of(words[0], first.lower())) {
        continue;
      }
      // The particle comes after one word or more: right after the verb, the pair is an expression
      // the first pass takes.
      for (int g = k + 2; g <= k + 1 + PARTICLE_GAP && g < s.to && s.sameClause(g, k); g++) {
        Token t = s.get(g);
        if (claims.claimed(g) || t.isWord() && !s.usable(g)
            || s.change(g - 1) != null && !this.words.speedWords().contains(s.get(g - 1).lower())
            || changeParticle(s, k, s.get(g - 1))) {
          // "valt lager uit" turns out lower, "trok aan in mei" pulled up: the verb is another;
          // a word of speed only says how fast ("krabbelt sneller op").
          break;
        }
        if (t.isWord() && t.lower().equals(words[1]) && !s.isNegator(g) && s.wordsToClauseEnd(g + 1) <= PARTICLE_TO_CLAUSE_END) {
          int[] parts = {k, g};
          return new Cue(k, g + 1, first.text() + " \u2026 " + t.text(), e.category(), e.weight(), parts, -1, List.of());
        }
      }
    }
    return null;
  }

  /** True when {@code t} is the particle of a change phrase that starts at {@code k} ("trok aan"). */
  private static boolean changeParticle(ToneSentence s, int k, Token t) {
    for (ToneLexicon.Change phrase : s.facts(k).changePhrases) {
      if (phrase.stems().length == 2 && phrase.stems()[1].equals(t.stem())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The polar word at {@code k}, or a compound scored by its head or modifier; null when it is
   * none, or when it is an intensifier that scales the cue next to it rather than a cue itself.
   */
  private Cue polarWord(ToneSentence s, int k, Claims claims, List<Cue> cues) {
    Token t = s.get(k);
    boolean named = !s.usable(k);
    // A listed word is no compound: "Vertrouwen" in a title-case headline is no ver|trouwen.
    if (named && (!s.tokens().namedCompound(k) || s.entry(k) != null || s.target(k) != 0)) {
      return null;
    }
    // A name's compound is scored by its head only: "Brexitangst".
    ToneLexicon.Entry entry = named ? null : s.entry(k);
    boolean compound = false;
    double factor = 1;
    if (entry == null && t.lower().length() >= Compounds.SHORTEST_COMPOUND && t.kind() == TokenKind.WORD) {
      // A target compound nothing changed is scored by its head: "ochtendverliezen".
      entry = s.facts(k).compoundHead;
      if (entry == null && !named && s.target(k) == 0) {
        entry = s.facts(k).compoundModifier;
        factor = MODIFIER;
      }
      compound = entry != null;
    }
    if (entry == null) {
      return null;
    }
    // "sterk gestegen", "redelijk goed": a word that is also an intensifier scales what follows.
    if (s.isIntensifier(k) && k + 1 < s.to && startsCue(s, k + 1, claims)) {
      return null;
    }
    // "steeg sterk", "groeit explosief": right after a change word it scales the change.
    if (s.isIntensifier(k) && k > s.from && changeWordAt(cues, k - 1)) {
      return null;
    }
    return Cue.span(k, k + 1, t.text(), entry.category(), entry.weight() * factor, compound ? Cue.COMPOUND : List.of());
  }

  /** True when a cue could start at {@code k}: a polar word or a change word. */
  private static boolean startsCue(ToneSentence s, int k, Claims claims) {
    if (!s.usable(k)) {
      return false;
    }
    return claims.claimed(k) || s.entry(k) != null || s.change(k) != null;
  }

  /** True when token {@code k} is a word of a composition's cue. */
  private static boolean changeWordAt(List<Cue> cues, int k) {
    for (Cue c : cues) {
      if (c.composed() && c.isPart(k)) {
        return true;
      }
    }
    return false;
  }
}
