package nlnews.sentiment;

import java.util.List;
import java.util.Locale;
import nlnews.model.Token;
import nlnews.sentiment.ToneLexicon.Effect;
import nlnews.sentiment.ToneLexicon.Match;
import nlnews.sentiment.ToneLexicon.Negator;

/**
 * The negation rule: the negator of {@code negators.tsv} that governs a cue flips it (times
 * {@value #FLIP}) or dampens it (times {@value #DAMPEN}). A cue looks for its negator between the
 * words of a composition ("de inflatie neemt niet toe"); else before it in its clause, the nearest
 * one, within its scope in content words, or further when the words between hold a verb of saying
 * or thinking ("we kunnen niet stellen dat er een doorbraak is"); else right after a one-word
 * change verb that follows its target ("de economie groeit nauwelijks in het eerste kwartaal");
 * else after it at the end of a verb-final clause ("de mooie woorden niet gelooft").
 */
final class Negation {

  /** A negated cue turns around and weakens: "niet slecht" is less good than "goed" is. */
  static final double FLIP = -0.8;
  /** A hedge ("niet per se") keeps the sign and takes most of the weight. */
  static final double DAMPEN = 0.3;
  /**
   * A negator after its cue governs it only this close to the clause's end, as in a verb-final
   * clause ("de koersen stegen niet"); "zijn we nog niet van de Grieken af" negates nothing before it.
   */
  static final int BACKWARD_TO_CLAUSE_END = 2;
  private static final Factor NEGATED = Factor.times("negated", FLIP);
  private static final Factor DAMPENED = Factor.times("dampened", DAMPEN);

  private final ToneWords words;

  Negation(ToneWords words) {
    this.words = words;
  }

  /** The factor of the negator that governs {@code cue}, flagged; or null. {@code cues} are the sentence's. */
  Factor of(ToneSentence s, Cue cue, List<Cue> cues) {
    Negator n = negator(s, cue, cues);
    if (n == null) {
      return null;
    }
    return n.flip() ? NEGATED : DAMPENED;
  }

  /** The negator that governs the cue, or null. */
  Negator negator(ToneSentence s, Cue c, List<Cue> cues) {
    if (c.composed()) {
      Negator within = within(s, c);
      if (within != null) {
        return within.effect() == Effect.KEEP ? null : within;
      }
    }
    int before = before(s, c, cues);
    if (before != NONE) {
      return s.negatorAt(before).value();
    }
    if (words.sentenceAdverbs().contains(c.text().toLowerCase(Locale.ROOT))) {
      return null; // "dat werkt helaas niet": the adverb judges the negated clause, it is not negated
    }
    // Main-clause order puts the negator right after the finite verb, before the rest of the
    // clause: "de economie groeit nauwelijks in het eerste kwartaal", "stijgt niet meer".
    if (c.finiteChange() == c.to() - 1 && c.to() < s.to && s.negatorAt(c.to()) != null) {
      Negator n = s.negatorAt(c.to()).value();
      // "niet zo", "niet erg" govern forward elsewhere but here the verb before them.
      if (n.effect() != Effect.KEEP && (n.backward() || startsWithNegation(n))) {
        return n;
      }
    }
    return after(s, c);
  }

  /** True for a negator phrase that starts with the word "niet" ({@code negation} of rule-words.tsv): "niet zo". */
  private boolean startsWithNegation(Negator n) {
    String negation = words.rules().negation();
    return n.word().length() > negation.length() && n.word().startsWith(negation) && n.word().charAt(negation.length()) == ' ';
  }

  /** No negator before the cue governs it: look after it. */
  private static final int NONE = -1;

  /** A negator between the words of a composition, in its clause; or null. */
  private static Negator within(ToneSentence s, Cue c) {
    for (int j = c.from() + 1; j < c.to() - 1; j++) {
      int start = s.negatorStart(j);
      if (start >= c.from() && !c.isPart(j) && s.sameClause(j, c.from()) && s.sameClause(j, c.to() - 1)) {
        return s.negatorAt(start).value();
      }
    }
    return null;
  }

  /**
   * The first token of the nearest negator before the cue in its clause when it governs the cue;
   * {@link #NONE} when it does not or there is none (a farther one is never reached).
   */
  private int before(ToneSentence s, Cue c, List<Cue> cues) {
    int words = 0;
    for (int j = c.from() - 1; j >= s.from; j--) {
      Token t = s.get(j);
      if (s.isBoundary(j)) {
        break;
      }
      int start = s.negatorStart(j);
      if (start >= 0) {
        Negator n = s.negatorAt(start).value();
        if (n.effect() != Effect.KEEP && n.forward() && (words < n.scope() || projects(s, j + 1, c.from()))
            && !inExpression(cues, c, start)) {
          return start;
        }
        return NONE;
      }
      if (t.isWord() && !this.words.scopeFunctionWords().contains(t.lower())) {
        words++;
      }
    }
    return NONE;
  }

  /** A negator after the cue at the end of its clause, not inside a clause of its own; or null. */
  private Negator after(ToneSentence s, Cue c) {
    int words = 0;
    for (int j = c.to(); j < s.to; j++) {
      Token t = s.get(j);
      if (s.isBoundary(j) || this.words.subordinators().contains(t.lower())) {
        break; // "verstandig dat de ECB het krediet niet verhoogt": that negator is the clause's own
      }
      Match<Negator> m = s.negatorAt(j);
      if (m != null) {
        Negator n = m.value();
        if (n.effect() != Effect.KEEP && n.backward() && words < n.scope()
            && s.wordsToClauseEnd(j + m.length()) <= BACKWARD_TO_CLAUSE_END) {
          return n;
        }
        break;
      }
      if (t.isWord() && !this.words.scopeFunctionWords().contains(t.lower())) {
        words++;
      }
    }
    return null;
  }

  /** True when a verb of saying or thinking lies in {@code [from, to)}: its negation covers what it says. */
  private boolean projects(ToneSentence s, int from, int to) {
    for (int j = from; j < to; j++) {
      if (words.projectingVerbStems().contains(s.get(j).stem())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code k} is inside an expression of the lexicon other than {@code c}: the
   * negator of "niet overtuigd van ontslagen" belongs to "niet overtuigd", which carries it.
   */
  private static boolean inExpression(List<Cue> cues, Cue c, int k) {
    for (Cue d : cues) {
      if (d != c && !d.composed() && d.to() - d.from() > 1 && d.from() <= k && k < d.to()) {
        return true;
      }
    }
    return false;
  }
}
