package nlnews.sentiment;

import java.util.ArrayList;
import java.util.List;
import nlnews.text.TokenIndex;

/**
 * The rules part of the tone score, before the model weighs anything: the cues of a paragraph,
 * sentence by sentence ({@link CueFinder}), each shaped by its clause. The shaping rules run in a
 * fixed order, each returning a factor and its flag: intensity, negation, contrast, a clause of
 * purpose, a counterfactual clause, the sentence's closing mark, quotation; then a later sentence
 * that opens with a contrast marker weakens the paragraph's earlier cues. Thread-safe.
 */
final class ToneRules {

  private final ToneLexicon lexicon;
  private final CueFinder finder;
  private final Negation negation;
  private final Purpose purpose;
  private final Counterfactual counterfactual;

  ToneRules(ToneLexicon lexicon) {
    this.lexicon = lexicon;
    this.finder = new CueFinder(lexicon, lexicon.words());
    this.negation = new Negation(lexicon.words());
    this.purpose = new Purpose(lexicon.words());
    this.counterfactual = new Counterfactual(lexicon.words());
  }

  /** The shaped cues of paragraph {@code p}, in text order. */
  List<ShapedCue> paragraph(ToneTokens tokens, int p) {
    TokenIndex index = tokens.index();
    List<ShapedCue> cues = new ArrayList<>();
    int from = index.paragraphStart(p);
    int to = index.paragraphEnd(p);
    int s = from < to ? index.sentenceOf(from) : 0;
    while (from < to) {
      int end = index.sentenceEnd(s);
      ToneSentence sentence = new ToneSentence(lexicon, lexicon.words(), tokens, from, end);
      List<ShapedCue> shaped = shape(sentence, finder.find(sentence));
      // "Maar ..." or "Toch ..." opening a sentence: what came before in the paragraph weighs less.
      Factor opening = ContrastWeight.opening(sentence);
      if (opening != null) {
        for (int i = 0; i < cues.size(); i++) {
          if (!cues.get(i).has(ContrastWeight.BEFORE)) {
            cues.set(i, cues.get(i).with(opening));
          }
        }
      }
      cues.addAll(shaped);
      from = end;
      s++;
    }
    return cues;
  }

  /** The cues of sentence {@code s}, each with the factors of the rules that shape it, in the rules' order. */
  List<ShapedCue> shape(ToneSentence s, List<Cue> cues) {
    List<ShapedCue> shaped = new ArrayList<>(cues.size());
    Factor mood = cues.isEmpty() ? null : Punctuation.mood(s);
    for (Cue cue : cues) {
      List<Factor> factors = new ArrayList<>();
      add(factors, Intensity.of(s, cue));
      add(factors, negation.of(s, cue, cues));
      factors.addAll(ContrastWeight.of(s, cue));
      add(factors, purpose.of(s, cue));
      add(factors, counterfactual.of(s, cue));
      add(factors, mood);
      add(factors, Punctuation.quotation(s.tokens(), cue));
      shaped.add(new ShapedCue(cue, factors));
    }
    return shaped;
  }

  private static void add(List<Factor> factors, Factor factor) {
    if (factor != null) {
      factors.add(factor);
    }
  }
}
