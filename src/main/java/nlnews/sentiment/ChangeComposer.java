package nlnews.sentiment;

import java.util.Arrays;
import java.util.List;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Composes a word of change with the thing that changes in its clause: a bad thing going down is
 * good news ("werkloosheid daalt"), so the cue's value is the change's direction times the
 * target's polarity times the change's strength, times {@value #COMPOSITION}. The thing may be a
 * target of {@code targets.tsv}, a polar word near the change ("minder somber"), a name as its
 * subject ("Heineken groeit"), an expression after "minder" ("minder ondernemingen over de kop"),
 * or the good thing a verb of costing takes away ("kost 300 banen"); a compound may hold both
 * ("werkloosheidsdaling"). Reads the sentence's claims, never writes them. Thread-safe.
 */
final class ChangeComposer {

  /**
   * How much of its direction and strength a composition keeps: a change reports a movement, which
   * says less than a judgement, so "werkloosheid daalt" (0.48) weighs less than "succes" (0.7).
   */
  static final double COMPOSITION = 0.8;
  /** How strongly costing takes away: as "schrappen" (change.tsv). */
  static final double COST = 0.7;
  /**
   * How far (in tokens) a change word looks for the thing that changes, and a verb of costing for
   * what it costs: across a noun phrase with its article and adjectives, or a number and a unit
   * ("kost 450 vaste banen"), not much further into the rest of the clause.
   */
  static final int TARGET_DISTANCE = 8;
  /**
   * How far a change word looks for a polar word to compose with when no target is near: only
   * close by ("minder somber", "de problemen nemen toe"), since a polar word further off is as
   * often a cue of its own.
   */
  static final int POLAR_DISTANCE = 3;
  /**
   * A polar word weighs at least this to lend a change its sign: the mildest words of the lexicon
   * (±0.2) say too little about whether more of them is good or bad news.
   */
  static final double POLAR_WEIGHT = 0.3;
  /**
   * How far before a change word without a target its subject, a name, may be: right before it, or
   * one word between ("Aandelen Shell stijgen").
   */
  static final int NAME_DISTANCE = 2;
  /**
   * How far before its change a capitalised target may stand: over a verb and an adverbial ("De AEX
   * sloot woensdag 2 procent hoger").
   */
  static final int NAMED_TARGET_DISTANCE = 6;
  /**
   * How far (in tokens) each next word of a multiword change may follow the one before, as far as
   * a change looks for its target: the particle of a separable change ends the clause, after its
   * object and adverbials ("de werkloosheid nam vorig jaar flink af").
   */
  static final int CHANGE_WORD_DISTANCE = TARGET_DISTANCE;
  /**
   * Targets this close before the chosen one are the same noun phrase: a headline stacks two nouns
   * at most ("Groei Duitse economie").
   */
  static final int NOUN_PHRASE = 2;
  /**
   * How far after a weak change word a stronger one may stand that it only modifies: right after
   * it, or after a modal verb ("sneller kunnen terugdringen").
   */
  static final int MODIFIED_CHANGE_DISTANCE = 2;
  /**
   * At most this many words between "minder" and the expression it turns: a noun and an adjective
   * ("minder grote ondernemingen over de kop").
   */
  static final int LESSENED_GAP = 2;

  /** A cue a rule composed: the tokens it takes beyond its words, and the cue it replaces in the sentence's list, or -1. */
  record Found(Cue cue, int[] alsoClaimed, int replaces) {

    Found {
      alsoClaimed = alsoClaimed.clone();
    }

    @Override
    public int[] alsoClaimed() {
      return alsoClaimed.clone();
    }
  }

  /** What a change is about: the token and its polarity, +1 when more of it is good. */
  private record Changed(int token, int polarity) {}

  private static final int[] NOTHING = {};

  private final ToneWords words;

  ChangeComposer(ToneWords words) {
    this.words = words;
  }

  /**
   * "minder" ({@code fewer} of rule-words.tsv) before an expression of the lexicon, with at most
   * {@value #LESSENED_GAP} words between and no target ("gingen minder ondernemingen over de kop"):
   * fewer of a bad thing is good news. The composition replaces the expression's cue; null when
   * there is none.
   */
  Found lessened(ToneSentence s, int k, List<Cue> cues) {
    if (!s.get(k).lower().equals(words.rules().fewer())) {
      return null;
    }
    for (int i = 0; i < cues.size(); i++) {
      Cue c = cues.get(i);
      if (c.from() > k && c.from() <= k + 1 + LESSENED_GAP && s.sameClause(k, c.from()) && c.to() - c.from() > 1) {
        for (int j = k + 1; j < c.from(); j++) {
          if (s.target(j) != 0 || s.isFunction(j)) {
            return null;
          }
        }
        String text = s.get(k).text() + (c.from() > k + 1 ? " \u2026 " : " ") + c.text();
        int[] parts = {k, c.from()};
        Cue composed = new Cue(k, c.to(), text, c.group(), -c.value() * COMPOSITION, parts, -1, Cue.COMPOSITION);
        return new Found(composed, NOTHING, i);
      }
    }
    return null;
  }

  /**
   * A change at {@code k} composed with what changes, or null: a separable change whose particle
   * may come later in the clause ("de werkloosheid nam vorig jaar flink af"), a one-word change,
   * a verb of costing, or a compound of a target and a change ("werkloosheidsdaling").
   */
  Found compose(ToneSentence s, int k, Claims claims, List<Cue> cues) {
    Token t = s.get(k);
    int[] words = null;
    ToneLexicon.Change change = null;
    for (ToneLexicon.Change phrase : s.facts(k).changePhrases) {
      words = changeWords(s, k, phrase.stems(), claims);
      if (words != null) {
        change = phrase;
        break;
      }
    }
    if (change == null) {
      change = s.change(k);
      words = new int[] {k};
      if (change != null && deferred(s, k, change)) {
        return null;
      }
    }
    if (change == null && this.words.costVerbs().contains(t.lower())) {
      return costs(s, k, claims, cues);
    }
    if (change == null) {
      return compound(s, k);
    }
    // A remedy ("aanpakken", "bestrijden") acts against a bad thing and composes with nothing else.
    boolean remedy = this.words.remedies().contains(change.lemma());
    Changed target = target(s, words, claims, remedy);
    // A present participle ("Snel stijgende rente") or an inflected adjective ("Profijt van lage
    // rente") modifies the noun after it: a capitalised word before it is no subject.
    if (target == null && !remedy && !attributive(s.get(words[0]).lower())) {
      target = named(s, words[0], claims);
    }
    if (target == null) {
      return null;
    }
    int best = target.token();
    int polarity = target.polarity();
    int[] parts = Arrays.copyOf(words, words.length + 1);
    parts[words.length] = best;
    Arrays.sort(parts);
    int finite = words.length == 1 && words[0] > best && t.kind() == TokenKind.WORD ? words[0] : -1;
    Cue cue = Cue.composition(parts, text(s, parts), change.direction() * polarity * change.strength() * COMPOSITION, finite);
    return new Found(cue, nounPhrase(s, best, polarity), -1);
  }

  /**
   * "Groei Duitse economie vertraagt": the targets of the same polarity just before the one a
   * change composed with belong to the same noun phrase and change with it; they are not scored
   * again on their own.
   */
  private static int[] nounPhrase(ToneSentence s, int best, int polarity) {
    int[] before = new int[NOUN_PHRASE];
    int n = 0;
    for (int j = best - 1; j >= Math.max(s.from, best - NOUN_PHRASE) && s.sameClause(j, best); j--) {
      if (s.usable(j) && s.target(j) == polarity) {
        before[n++] = j;
      }
    }
    return n == 0 ? NOTHING : Arrays.copyOf(before, n);
  }

  /** A compound of a target and a change ("werkloosheidsdaling") at {@code k}, or null. */
  private static Found compound(ToneSentence s, int k) {
    Token t = s.get(k);
    if (t.lower().length() >= Compounds.SHORTEST_TARGET_COMPOUND && t.kind() == TokenKind.WORD && s.entry(k) == null) {
      ToneLexicon.CompoundChange compound = s.facts(k).compoundChange;
      if (compound != null) {
        double value = compound.change().direction() * compound.polarity() * compound.change().strength() * COMPOSITION;
        return new Found(Cue.composition(new int[] {k}, t.text(), value, -1), NOTHING, -1);
      }
    }
    return null;
  }

  /** An inflected adjective of change or a present participle, which stands before the noun it describes ("lage rente"). */
  private boolean attributive(String lower) {
    return lower.endsWith(words.rules().attributiveEnding()) || words.attributiveChanges().contains(lower);
  }

  /**
   * True when a weak change word ("sneller", "beperkte") only modifies a stronger change right
   * after it: in "de uitstoot sneller terugdringen" what changes is the emission, and it goes down;
   * "minder" is no modifier but a change of its own ("minder toenemen").
   */
  private boolean deferred(ToneSentence s, int k, ToneLexicon.Change change) {
    if (words.reversingChanges().contains(s.get(k).lower())) {
      return false; // "minder toenemen" reverses the change: a composition of its own
    }
    for (int j = k + 1; j <= k + MODIFIED_CHANGE_DISTANCE && j < s.to && s.sameClause(j, k); j++) {
      ToneLexicon.Change next = s.change(j);
      if (next != null && next.strength() > change.strength() && s.get(j).isWord()) {
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
  private static Found costs(ToneSentence s, int k, Claims claims, List<Cue> cues) {
    for (int j = k + 1; j < Math.min(s.to, k + 1 + TARGET_DISTANCE) && s.sameClause(j, k); j++) {
      if (claims.claimed(j) && s.usable(j) && s.target(j) > 0) {
        // The target ends an expression of the lexicon ("vaste banen"): the cost replaces it.
        for (int i = 0; i < cues.size(); i++) {
          Cue c = cues.get(i);
          if (c.to() - 1 == j && !c.composed() && c.value() > 0) {
            int[] parts = {k, j};
            Cue cue = new Cue(k, c.to(), s.get(k).text() + " \u2026 " + c.text(), Cue.CHANGE, -COST * COMPOSITION, parts, -1, Cue.COMPOSITION);
            return new Found(cue, NOTHING, i);
          }
        }
      }
      if (!s.usable(j) || claims.claimed(j) || s.target(j) <= 0) {
        continue;
      }
      int[] parts = {k, j};
      return new Found(Cue.composition(parts, text(s, parts), -COST * COMPOSITION, -1), NOTHING, -1);
    }
    return null;
  }

  /** The words at {@code parts} (ascending), with an ellipsis for a gap: "werkloosheid nam … af". */
  private static String text(ToneSentence s, int[] parts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        text.append(parts[i] - parts[i - 1] > 1 ? " \u2026 " : " ");
      }
      text.append(s.get(parts[i]).text());
    }
    return text.toString();
  }

  /** The token indexes of a multiword change starting at {@code k}, its later words within the clause; or null. */
  private static int[] changeWords(ToneSentence s, int k, String[] stems, Claims claims) {
    int[] at = new int[stems.length];
    at[0] = k;
    int j = k;
    for (int w = 1; w < stems.length; w++) {
      boolean found = false;
      for (int g = j + 1; g < Math.min(s.to, j + CHANGE_WORD_DISTANCE) && s.sameClause(g, k); g++) {
        Token t = s.get(g);
        if (!s.usable(g) && t.isWord() || claims.claimed(g)) {
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
   * What a change composes with: the nearest target in the clause (up to {@value
   * #TARGET_DISTANCE} tokens away), else the nearest polar word (up to {@value #POLAR_DISTANCE}):
   * "minder somber", "de problemen nemen toe"; for a remedy only a bad one. Null when there is none.
   */
  private Changed target(ToneSentence s, int[] words, Claims claims, boolean remedy) {
    int k = words[0];
    int last = words[words.length - 1];
    // An attributive change word modifies the noun after it: in "profijt van lage rente" it is the
    // rent that is low, not the profit. (Only polar words are kept to that side: a target before
    // it stays a candidate, which measured better on the headlines.)
    boolean attributive = words.length == 1 && attributive(s.get(k).lower());
    // The object between a verb and its particle is what changes: "werkt het verlies weg". Not a
    // noun in an adverbial: "de omzet liep door de inflatie terug".
    for (int j = k + 1; j < last && !this.words.adverbialOpeners().contains(s.get(j).lower()); j++) {
      if (candidate(s, words, claims, k, j) && s.target(j) != 0 && !(remedy && s.target(j) > 0)) {
        return new Changed(j, s.target(j));
      }
    }
    for (int d = 1; d <= TARGET_DISTANCE; d++) {
      for (int j : new int[] {k - d, k + d, last + d}) {
        if (!candidate(s, words, claims, k, j)) {
          continue;
        }
        int p = s.target(j);
        if (p != 0 && !(remedy && p > 0) && !infinitive(s, j) && !without(s, j < k ? j : last, j < k ? k : j)) {
          return new Changed(j, p);
        }
      }
    }
    for (int d = 1; d <= POLAR_DISTANCE; d++) {
      for (int j : new int[] {k - d, k + d, last + d}) {
        if (!candidate(s, words, claims, k, j) || s.isFunction(j) || attributive && j < k) {
          continue;
        }
        ToneLexicon.Entry e = s.entry(j);
        if (e != null && Math.abs(e.weight()) >= POLAR_WEIGHT && s.change(j) == null && !(remedy && e.weight() > 0)) {
          return new Changed(j, e.weight() < 0 ? -1 : 1);
        }
      }
    }
    return null;
  }

  /**
   * True when "zonder" stands between two tokens: what follows it is absent or belongs to its own
   * clause ("groeien zonder hun marktaandeel te verliezen", "groei zonder banen").
   */
  private boolean without(ToneSentence s, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (s.get(j).lower().equals(words.rules().without())) {
        return true;
      }
    }
    return false;
  }

  /** A verb after "te" ("zonder hun positie te verliezen"), not the noun target it looks like. */
  private boolean infinitive(ToneSentence s, int j) {
    ToneWords.RuleWords rules = words.rules();
    return j > s.from && s.get(j - 1).lower().equals(rules.infinitiveMarker()) && s.get(j).lower().endsWith(rules.infinitiveEnding());
  }

  /**
   * A name just before a change word that has no target: what a company, an index or a currency
   * gains is good news for it ("Euro zakt weg", "AEX hoger", "Randstad groeit"). The name must be
   * the change's subject: at most {@value #NAME_DISTANCE} tokens before it in its clause. Null
   * when there is none.
   */
  private Changed named(ToneSentence s, int k, Claims claims) {
    for (int j = k - 1; j >= Math.max(s.from, k - NAMED_TARGET_DISTANCE) && s.sameClause(j, k); j--) {
      Token t = s.get(j);
      if (t.kind() != TokenKind.WORD || !t.isCapitalized() || claims.claimed(j) || s.isFunction(j)
          || words.scopeFunctionWords().contains(t.lower()) || words.notNames().contains(t.lower())) {
        continue;
      }
      // A capitalised common word keeps its meaning: "Regionaal nieuws Werkloosheid loopt op" (a
      // headline in title case), "Betalingsproblemen nemen toe". A name that is a target reaches
      // further: "De AEX sloot woensdag 2 procent hoger".
      int target = s.target(j);
      if (target != 0) {
        return new Changed(j, target);
      }
      if (j < k - NAME_DISTANCE) {
        continue;
      }
      ToneLexicon.Entry e = s.entry(j);
      if (e == null && t.lower().length() >= Compounds.SHORTEST_COMPOUND) {
        e = s.facts(j).compoundHead;
      }
      if (e != null) {
        return Math.abs(e.weight()) >= POLAR_WEIGHT ? new Changed(j, e.weight() < 0 ? -1 : 1) : null;
      }
      return new Changed(j, 1);
    }
    return null;
  }

  private static boolean candidate(ToneSentence s, int[] words, Claims claims, int k, int j) {
    return j >= s.from && j < s.to && s.sameClause(j, k) && s.usable(j) && !claims.claimed(j) && !contains(words, j);
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
