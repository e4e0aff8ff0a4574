package nlnews.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nlnews.model.Article;
import nlnews.model.ArticleTone;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.model.ToneCue;
import nlnews.model.ToneLabel;
import nlnews.quotes.QuoteMarks;
import nlnews.text.TokenIndex;

/**
 * Scores the tone of each paragraph from its cue words, transparently.
 *
 * <ol>
 *   <li>Cues: multiword expressions first ("om de tafel", "geen doorbraak"), then a word of
 *       change with the thing that changes nearby ("werkloosheid daalt" = bad thing going down =
 *       positive), then single polar words. Words inside scare quotes do not count; quoted speech
 *       does.
 *   <li>Each cue is shaped by its clause: an intensifier or downtoner right before it multiplies
 *       it; a negator in scope flips it (times {@value #FLIP}) or dampens it (times
 *       {@value #DAMPEN}); "niet" after the cue counts in verb-final clauses ("de mooie woorden
 *       niet gelooft"), and a negated verb of saying or thinking negates its whole complement
 *       ("niet stellen dat … doorbraak"); after "maar" a cue weighs more and before it less; a
 *       concessive clause (weliswaar, hoewel) weighs less; an exclamation mark adds
 *       {@value #EXCLAMATION}.
 *   <li>The paragraph score is the sum s of the contributions squashed into [-1, 1] as
 *       s / sqrt(s² + {@value #ALPHA}), which depends on the cues, not on paragraph length, so a
 *       headline scores like a paragraph with the same cues. Labels: positive from
 *       {@value #POSITIVE}, negative up to -{@value #POSITIVE}, neutral between.
 * </ol>
 *
 * Thread-safe.
 */
public final class ToneScorer {

  static final double FLIP = -0.8;
  static final double DAMPEN = 0.3;
  static final double EXCLAMATION = 1.2;
  static final double ALPHA = 1.0;
  static final double POSITIVE = 0.1;
  static final double COMPOSITION = 0.8;
  static final double BEFORE_CONTRAST = 0.5;
  static final double CONCESSIVE = 0.5;

  private static final Set<String> BOUNDARY_WORDS =
      Set.of("maar", "want", "omdat", "terwijl", "hoewel", "doch", "echter", "zodat", "nadat", "voordat", "ofschoon");
  /** Words a negator's scope does not count: "weinig over van dat optimisme" is in scope. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "de", "het", "een", "'t", "van", "voor", "in", "op", "aan", "met", "bij", "naar", "uit",
          "dat", "die", "deze", "dit", "er", "is", "was", "zijn", "waren", "wordt", "werd", "worden",
          "werden", "heeft", "had", "hebben", "hadden", "zal", "zou", "zullen", "zouden", "kan", "kon",
          "kunnen", "konden", "moet", "moest", "iets", "enige", "enig", "ook", "nog", "zo", "al",
          "hun", "haar", "ons", "onze", "mijn", "je", "jouw", "uw", "heel", "erg", "zeer");
  private static final Set<String> PROJECTING_VERB_STEMS =
      Set.of(
          "stell", "zegg", "zeg", "spreken", "sprek", "denk", "geloof", "verwacht", "zien", "zie", "vind",
          "hop", "men", "bewer", "meld", "concludér", "conclud", "wet", "wist", "beweerd", "verklar");

  private final ToneLexicon lexicon;

  public ToneScorer(ToneLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A cue while its paragraph is scored. */
  private static final class Cue {
    final int from;
    final int to;
    final String text;
    double value;
    final List<String> flags = new ArrayList<>(2);

    Cue(int from, int to, String text, double value) {
      this.from = from;
      this.to = to;
      this.text = text;
      this.value = value;
    }
  }

  /** Scores every paragraph; {@code marks} (may be null) tells which words are in scare quotes. */
  public List<ParagraphTone> score(Article article, QuoteMarks marks) {
    TokenIndex index = marks != null ? marks.index() : new TokenIndex(article);
    List<ParagraphTone> tones = new ArrayList<>(article.paragraphs().size());
    for (int p = 0; p < index.paragraphCount(); p++) {
      Paragraph paragraph = article.paragraphs().get(p);
      List<Cue> cues = new ArrayList<>();
      int from = index.paragraphStart(p);
      int to = index.paragraphEnd(p);
      int s = from < to ? index.sentenceOf(from) : 0;
      while (from < to) {
        int end = index.sentenceEnd(s);
        List<Cue> sentence = sentenceCues(article, index, marks, from, end);
        if (startsWithContrast(index, from, end) && !cues.isEmpty()) {
          for (Cue c : cues) {
            c.value *= BEFORE_CONTRAST;
            c.flags.add("before-contrast");
          }
        }
        cues.addAll(sentence);
        from = end;
        s++;
      }
      double sum = 0;
      List<ToneCue> out = new ArrayList<>(cues.size());
      for (Cue c : cues) {
        double value = round(c.value, 100);
        if (value == 0) {
          continue;
        }
        sum += value;
        Token first = index.get(c.from);
        Token last = index.get(c.to - 1);
        out.add(new ToneCue(c.text, first.start(), last.end(), value, c.flags));
      }
      double score = round(sum / Math.sqrt(sum * sum + ALPHA), 1000);
      tones.add(new ParagraphTone(paragraph.number(), paragraph.heading(), score, label(score), out));
    }
    return tones;
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
    return new ArticleTone(score, label(score));
  }

  static ToneLabel label(double score) {
    if (score >= POSITIVE) {
      return ToneLabel.POSITIVE;
    }
    if (score <= -POSITIVE) {
      return ToneLabel.NEGATIVE;
    }
    return ToneLabel.NEUTRAL;
  }

  private List<Cue> sentenceCues(Article article, TokenIndex index, QuoteMarks marks, int from, int to) {
    List<Cue> cues = new ArrayList<>();
    boolean[] consumed = new boolean[to - from];
    for (int k = from; k < to; k++) {
      if (!usable(index, marks, k) || consumed[k - from]) {
        continue;
      }
      Token t = index.get(k);
      Cue phrase = phrase(article, index, marks, k, to);
      if (phrase != null) {
        cues.add(phrase);
        for (int j = phrase.from; j < phrase.to; j++) {
          consumed[j - from] = true;
        }
        k = phrase.to - 1;
        continue;
      }
      int[] changeAt = changePhrase(index, marks, k, to);
      ToneLexicon.Change change = changeAt == null ? null : lexicon.changePhrases(t.stem()).get(changeAt[changeAt.length - 1]);
      if (change == null) {
        change = lexicon.change(t.lower(), t.stem());
        changeAt = change == null ? null : new int[] {k, 0};
      }
      if (change != null) {
        int[] words = java.util.Arrays.copyOf(changeAt, changeAt.length - 1);
        Cue composed = compose(index, marks, words, from, to, change, consumed);
        if (composed != null) {
          cues.add(composed);
          continue;
        }
      }
      ToneLexicon.Entry entry = lexicon.word(t.lower(), t.stem());
      if (entry != null && lexicon.target(t.lower(), t.stem()) == 0 || entry != null && !targetChangesNearby(index, marks, k, from, to)) {
        cues.add(new Cue(k, k + 1, t.text(), entry.weight()));
      }
    }
    for (Cue c : cues) {
      shape(index, marks, c, from, to);
    }
    return cues;
  }

  private boolean targetChangesNearby(TokenIndex index, QuoteMarks marks, int k, int from, int to) {
    for (int j = Math.max(from, k - 8); j < Math.min(to, k + 8); j++) {
      if (j != k && usable(index, marks, j)
          && (lexicon.change(index.get(j).lower(), index.get(j).stem()) != null || changePhrase(index, marks, j, to) != null)) {
        return true;
      }
    }
    return false;
  }

  private Cue phrase(Article article, TokenIndex index, QuoteMarks marks, int k, int to) {
    List<ToneLexicon.Entry> candidates = lexicon.phrases(index.get(k).stem());
    for (ToneLexicon.Entry e : candidates) {
      String[] stems = e.stems();
      if (k + stems.length > to) {
        continue;
      }
      boolean match = true;
      String[] words = e.words();
      for (int i = 0; i < stems.length; i++) {
        Token t = index.get(k + i);
        if (!usable(index, marks, k + i) || !t.stem().equals(stems[i])
            || words.length == stems.length && !Inflection.of(words[i], t.lower())) {
          match = false;
          break;
        }
      }
      if (match) {
        int end = k + stems.length;
        return new Cue(k, end, article.slice(index.get(k).start(), index.get(end - 1).end()), e.weight());
      }
    }
    return null;
  }

  /**
   * A multiword change at {@code k} ("nam … af", "loopt … op"): the token indexes of its words
   * followed by the index of the entry in {@link ToneLexicon#changePhrases}; null when none
   * matches. A separable particle may come several words later in the clause ("de werkloosheid
   * nam vorig jaar flink af").
   */
  private int[] changePhrase(TokenIndex index, QuoteMarks marks, int k, int to) {
    List<ToneLexicon.Change> phrases = lexicon.changePhrases(index.get(k).stem());
    for (int e = 0; e < phrases.size(); e++) {
      String[] stems = phrases.get(e).stems();
      int[] at = new int[stems.length + 1];
      at[0] = k;
      int j = k;
      boolean match = true;
      for (int w = 1; w < stems.length && match; w++) {
        match = false;
        for (int g = j + 1; g < Math.min(to, j + 8); g++) {
          Token t = index.get(g);
          if (isBoundary(t) || !usable(index, marks, g) && t.isWord()) {
            break;
          }
          if (t.isWord() && t.stem().equals(stems[w])) {
            at[w] = g;
            j = g;
            match = true;
            break;
          }
        }
      }
      if (match) {
        at[stems.length] = e;
        return at;
      }
    }
    return null;
  }

  /** A change with the thing that changes: within the clause, up to 8 words either side. */
  private Cue compose(
      TokenIndex index, QuoteMarks marks, int[] words, int from, int to, ToneLexicon.Change change, boolean[] consumed) {
    int k = words[0];
    int best = -1;
    int polarity = 0;
    for (int d = 1; d <= 8 && best < 0; d++) {
      for (int j : new int[] {k - d, k + d}) {
        if (j < from || j >= to || !usable(index, marks, j) || consumed[j - from] || contains(words, j)
            || crossesBoundary(index, Math.min(j, k), Math.max(j, k))) {
          continue;
        }
        int p = lexicon.target(index.get(j).lower(), index.get(j).stem());
        if (p != 0) {
          best = j;
          polarity = p;
          break;
        }
      }
    }
    if (best < 0) {
      return null;
    }
    consumed[best - from] = true;
    for (int w : words) {
      consumed[w - from] = true;
    }
    int[] parts = java.util.Arrays.copyOf(words, words.length + 1);
    parts[words.length] = best;
    java.util.Arrays.sort(parts);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        text.append(parts[i] - parts[i - 1] > 1 ? " \u2026 " : " ");
      }
      text.append(index.get(parts[i]).text());
    }
    Cue cue = new Cue(parts[0], parts[parts.length - 1] + 1, text.toString(), change.direction() * polarity * change.strength() * COMPOSITION);
    cue.flags.add("change");
    return cue;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private void shape(TokenIndex index, QuoteMarks marks, Cue c, int from, int to) {
    // Intensifiers and downtoners directly before the cue.
    for (int j = c.from - 1; j >= Math.max(from, c.from - 2); j--) {
      Token t = index.get(j);
      if (!t.isWord()) {
        break;
      }
      double factor = lexicon.intensifier(t.lower());
      if (factor > 0) {
        c.value *= factor;
        c.flags.add(factor > 1 ? "intensified" : "downtoned");
        break;
      }
    }
    // Negation.
    ToneLexicon.Negator negator = negatorFor(index, c, from, to);
    if (negator != null) {
      c.value *= negator.flip() ? FLIP : DAMPEN;
      c.flags.add(negator.flip() ? "negated" : "dampened");
    }
    // Contrast and concession within the sentence.
    for (int j = from; j < to; j++) {
      ToneLexicon.Contrast contrast = lexicon.contrast(index.get(j).lower());
      if (contrast == null || j >= c.from && j < c.to) {
        continue;
      }
      if (contrast.concessive()) {
        if (j < c.from && !crossesBoundary(index, j + 1, c.from)) {
          c.value *= CONCESSIVE;
          c.flags.add("concessive");
          break;
        }
      } else if (j < c.from) {
        c.value *= contrast.weight();
        c.flags.add("after-contrast");
        break;
      } else if (j >= c.to && j != from) {
        c.value *= BEFORE_CONTRAST;
        c.flags.add("before-contrast");
        break;
      }
    }
    int last = to - 1;
    while (last > from && index.get(last).kind() == TokenKind.QUOTE) {
      last--;
    }
    if (index.get(last).text().startsWith("!")) {
      c.value *= EXCLAMATION;
      c.flags.add("exclaimed");
    }
    if (marks != null && marks.inQuote(c.from)) {
      c.flags.add("quoted");
    }
  }

  private ToneLexicon.Negator negatorFor(TokenIndex index, Cue c, int from, int to) {
    // Before the cue, counting words back to the negator.
    int words = 0;
    for (int j = c.from - 1; j >= from; j--) {
      Token t = index.get(j);
      if (isBoundary(t)) {
        break;
      }
      ToneLexicon.Negator n = lexicon.negator(t.lower());
      if (n != null && n.forward()) {
        if (words < n.scope() || projects(index, j + 1, c.from)) {
          return n;
        }
        break;
      }
      if (t.isWord() && !FUNCTION_WORDS.contains(t.lower())) {
        words++;
      }
    }
    // After the cue, in a verb-final clause.
    words = 0;
    for (int j = c.to; j < to; j++) {
      Token t = index.get(j);
      if (isBoundary(t)) {
        break;
      }
      ToneLexicon.Negator n = lexicon.negator(t.lower());
      if (n != null) {
        if (n.backward() && words < n.scope()) {
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

  /** True when a verb of saying or thinking lies in {@code [from, to)}: its negation covers what it says. */
  private static boolean projects(TokenIndex index, int from, int to) {
    for (int j = from; j < to; j++) {
      if (PROJECTING_VERB_STEMS.contains(index.get(j).stem())) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithContrast(TokenIndex index, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = index.get(k);
      if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.DASH) {
        continue;
      }
      ToneLexicon.Contrast c = lexicon.contrast(t.lower());
      return c != null && !c.concessive();
    }
    return false;
  }

  private static boolean crossesBoundary(TokenIndex index, int from, int to) {
    for (int j = from; j < to; j++) {
      if (isBoundary(index.get(j))) {
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
   * Blij" carry no tone.
   */
  private static boolean usable(TokenIndex index, QuoteMarks marks, int k) {
    Token t = index.get(k);
    if (!t.isWord()) {
      return false;
    }
    if (t.isCapitalized() && !opensClause(index, k)) {
      return false;
    }
    return marks == null || !marks.inScareQuote(k);
  }

  /** True at the start of a sentence, or after an opening quote mark, colon, dash or bracket. */
  private static boolean opensClause(TokenIndex index, int k) {
    int sentenceStart = index.sentenceStart(index.sentenceOf(k));
    for (int j = k - 1; j >= sentenceStart; j--) {
      Token t = index.get(j);
      if (t.kind() == TokenKind.QUOTE || t.kind() == TokenKind.DASH) {
        continue;
      }
      return t.kind() == TokenKind.PUNCTUATION && ":([".contains(t.text());
    }
    return true;
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }
}
