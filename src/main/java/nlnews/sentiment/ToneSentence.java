package nlnews.sentiment;

import java.util.Arrays;
import java.util.List;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.sentiment.ToneLexicon.Contrast;
import nlnews.sentiment.ToneLexicon.Match;
import nlnews.sentiment.ToneLexicon.Negator;

/**
 * One sentence as the tone rules read it, tokens {@code [from, to)} of the article: its clauses
 * (split at punctuation and at the conjunctions of {@code clause-boundaries.tsv}), what the lexicon
 * says about each token, and its function-word phrases (negators, intensifiers and contrast
 * markers), each matched once, longest first. Built once per sentence, in arrays indexed from
 * {@link #from}; immutable after construction.
 */
final class ToneSentence {

  private final ToneTokens tokens;
  final int from;
  final int to;
  private final boolean[] boundary;
  private final int[] clause;
  private final int[] clauseStart;
  private final ToneLexicon.WordFacts[] facts;
  private final Match<Negator>[] negators;
  private final int[] negatorStart;
  private final Match<Double>[] intensifiers;
  private final int[] intensifierStart;
  private final Match<Contrast>[] contrasts;
  private final int[] contrastStart;

  @SuppressWarnings("unchecked") // arrays of a generic record: each holds only its own kind
  ToneSentence(ToneLexicon lexicon, ToneWords words, ToneTokens tokens, int from, int to) {
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    int n = to - from;
    boundary = new boolean[n];
    clause = new int[n];
    facts = new ToneLexicon.WordFacts[n];
    negators = (Match<Negator>[]) new Match<?>[n];
    negatorStart = new int[n];
    intensifiers = (Match<Double>[]) new Match<?>[n];
    intensifierStart = new int[n];
    contrasts = (Match<Contrast>[]) new Match<?>[n];
    contrastStart = new int[n];
    Arrays.fill(negatorStart, -1);
    Arrays.fill(contrastStart, -1);
    Arrays.fill(intensifierStart, -1);
    List<Token> list = tokens.index().tokens();
    int clauses = 0;
    for (int k = from; k < to; k++) {
      Token t = list.get(k);
      facts[k - from] = lexicon.facts(t.lower(), t.stem());
      boundary[k - from] = isBoundary(words, t);
      if (k > from && boundary[k - from]) {
        clauses++;
      }
    }
    clauseStart = new int[clauses + 1];
    clauseStart[0] = from;
    int c = 0;
    for (int k = from; k < to; k++) {
      if (k > from && boundary[k - from]) {
        clauseStart[++c] = k;
      }
      clause[k - from] = c;
      ToneLexicon.WordFacts f = facts[k - from];
      if (negatorStart[k - from] < 0) {
        Match<Negator> m = lexicon.negatorAt(f, list, k, to);
        if (m != null) {
          negators[k - from] = m;
          Arrays.fill(negatorStart, k - from, k - from + m.length(), k);
        }
      }
      if (intensifierStart[k - from] < 0) {
        Match<Double> m = lexicon.intensifierAt(f, list, k, to);
        if (m != null) {
          intensifiers[k - from] = m;
          Arrays.fill(intensifierStart, k - from, k - from + m.length(), k);
        }
      }
      // Longest first, and no marker inside a longer one: "maar toch" is one marker, not also "toch".
      if (contrastStart[k - from] < 0) {
        Match<Contrast> m = lexicon.contrastAt(f, list, k, to);
        if (m != null) {
          contrasts[k - from] = m;
          Arrays.fill(contrastStart, k - from, k - from + m.length(), k);
        }
      }
    }
  }

  /** Punctuation that ends a clause, or a conjunction of {@code clause-boundaries.tsv}. */
  private static boolean isBoundary(ToneWords words, Token t) {
    if (t.kind() == TokenKind.PUNCTUATION) {
      char c = t.text().charAt(0);
      return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' || c == '?';
    }
    return t.kind() == TokenKind.WORD && words.clauseBoundaries().contains(t.lower());
  }

  /** The article's tokens as the rules see them. */
  ToneTokens tokens() {
    return tokens;
  }

  Token get(int k) {
    return tokens.get(k);
  }

  boolean usable(int k) {
    return tokens.usable(k);
  }

  /** What the lexicon says about token {@code k}. */
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

  /** True when token {@code k} ends the clause before it: a punctuation mark or a conjunction. */
  boolean isBoundary(int k) {
    return boundary[k - from];
  }

  int startOfClause(int k) {
    return clauseStart[clause[k - from]];
  }

  boolean sameClause(int a, int b) {
    return clause[a - from] == clause[b - from];
  }

  /** True when token {@code k} is part of a negator. */
  boolean isNegator(int k) {
    return negatorStart[k - from] >= 0;
  }

  /** The first token of the negator token {@code k} is part of, or -1. */
  int negatorStart(int k) {
    return negatorStart[k - from];
  }

  /** The negator starting at token {@code k}, or null. */
  Match<Negator> negatorAt(int k) {
    return negators[k - from];
  }

  /** True when token {@code k} is part of an intensifier or downtoner. */
  boolean isIntensifier(int k) {
    return intensifierStart[k - from] >= 0;
  }

  /** The intensifier or downtoner token {@code k} is part of, or null. */
  Match<Double> intensifierCovering(int k) {
    int start = intensifierStart[k - from];
    return start < 0 ? null : intensifiers[start - from];
  }

  /** The contrast marker starting at token {@code k}, or null. */
  Match<Contrast> contrastAt(int k) {
    return contrasts[k - from];
  }

  /** True when token {@code k} is part of a negator or an intensifier, or starts a contrast marker. */
  boolean isFunction(int k) {
    return negatorStart[k - from] >= 0 || intensifierStart[k - from] >= 0 || contrasts[k - from] != null;
  }

  /** How many words stand from token {@code k} to the end of its clause. */
  int wordsToClauseEnd(int k) {
    int words = 0;
    for (int j = k; j < to && !boundary[j - from]; j++) {
      if (get(j).isWord()) {
        words++;
      }
    }
    return words;
  }

  /** The last token that is no quote mark: the punctuation that ends the sentence, if any. */
  Token last() {
    int last = to - 1;
    while (last > from && get(last).kind() == TokenKind.QUOTE) {
      last--;
    }
    return get(last);
  }

  /** The contrast marker that makes this sentence contrast with the sentences before it, or null. */
  Contrast openingContrast() {
    for (int k = from; k < to; k++) {
      Token t = get(k);
      if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.DASH) {
        continue;
      }
      Match<Contrast> m = contrasts[k - from];
      if (m != null && m.value().role() == ToneLexicon.Role.AFTER) {
        return m.value();
      }
      break;
    }
    // A "within" marker in the first clause: "De cijfers waren echter slecht."
    for (int k = from; k < to && clause[k - from] == 0; k++) {
      Match<Contrast> m = contrasts[k - from];
      if (m != null && m.value().role() == ToneLexicon.Role.WITHIN) {
        return m.value();
      }
    }
    return null;
  }
}
