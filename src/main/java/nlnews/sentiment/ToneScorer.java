package nlnews.sentiment;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.ArticleTone;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.ToneCue;
import nlnews.quotes.QuoteMarks;
import nlnews.text.TokenIndex;

/**
 * Scores the tone of each paragraph from its cue words, transparently.
 *
 * <ol>
 *   <li>Cues, sentence by sentence ({@link CueFinder}): multiword expressions first ("om de
 *       tafel", "geen doorbraak"); then a word of change with the thing that changes in its clause
 *       ("werkloosheid daalt" = bad thing going down = positive; "minder somber"; one word:
 *       "werkloosheidsdaling"; {@link ChangeComposer}); then single polar words, a compound taking
 *       the polarity of its head ("hypotheekproblemen") or, weighing less, of its modifier
 *       ("crisisoverleg"); the details of what composes with what are in docs/sentiment.md. Names
 *       (also a capitalised word that the article uses as a name elsewhere) and words inside scare
 *       quotes do not count; quoted speech does.
 *   <li>Each cue is shaped by its clause ({@link ToneRules}), each rule giving a factor and a flag:
 *       an intensifier or downtoner next to it ({@link Intensity}); a negator in scope ({@link
 *       Negation}); contrast and concession markers ({@link ContrastWeight}); an exclamation or
 *       question mark, quote marks ({@link Punctuation}).
 *   <li>The model ({@link ToneModel}) weighs the cues by group and sign; the paragraph score is
 *       their sum s squashed into [-1, 1] as s / sqrt(s² + {@value #ALPHA}), which depends on the
 *       cues, not on paragraph length, so a headline scores like a paragraph with the same cues.
 *       The model's thresholds turn the score into a label.
 * </ol>
 *
 * Thread-safe.
 */
public final class ToneScorer {

  /** Sets the squashing so that a sum of ±1 scores ±1/3: s / sqrt(s² + 8). */
  static final double ALPHA = 8.0;
  /** A cue's contribution is shown, and summed, rounded to two decimals. */
  static final double CONTRIBUTION_SCALE = 100;
  /** A score is rounded to three decimals, enough to tell a label's threshold (±0.333) apart. */
  static final double SCORE_SCALE = 1000;

  private final ToneRules rules;
  private final ToneModel model;

  public ToneScorer(ToneLexicon lexicon, ToneModel model) {
    this.rules = new ToneRules(lexicon);
    this.model = model;
  }

  /** The rules alone, without the learned model. */
  public ToneScorer(ToneLexicon lexicon) {
    this(lexicon, ToneModel.rulesOnly());
  }

  /**
   * A cue as the model's trainer sees it: its group (the lexicon category, or "change") and
   * what the rules made of it, before the model weighs it.
   */
  public record RuleCue(String group, double value) {}

  /** Scores every paragraph; {@code marks} (may be null) tells which words are in scare quotes. */
  public List<ParagraphTone> score(TokenIndex index, QuoteMarks marks) {
    Article article = index.article();
    ToneTokens tokens = new ToneTokens(index, marks);
    List<ParagraphTone> tones = new ArrayList<>(article.paragraphs().size());
    for (int p = 0; p < index.paragraphCount(); p++) {
      Paragraph paragraph = article.paragraphs().get(p);
      double sum = 0;
      List<ShapedCue> cues = rules.paragraph(tokens, p);
      List<ToneCue> out = new ArrayList<>(cues.size());
      for (ShapedCue c : cues) {
        double ruled = c.value();
        double value = round(ruled * model.groupWeight(c.cue().group(), ruled), CONTRIBUTION_SCALE);
        if (value == 0) {
          continue;
        }
        sum += value;
        out.add(new ToneCue(c.cue().text(), index.get(c.cue().from()).start(), index.get(c.cue().to() - 1).end(), value, c.flags()));
      }
      double score = round(squash(sum), SCORE_SCALE);
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
    ToneTokens tokens = new ToneTokens(index, marks);
    List<List<RuleCue>> paragraphs = new ArrayList<>(index.paragraphCount());
    for (int p = 0; p < index.paragraphCount(); p++) {
      List<RuleCue> out = new ArrayList<>();
      for (ShapedCue c : rules.paragraph(tokens, p)) {
        out.add(new RuleCue(c.cue().group(), c.value()));
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
    double score = weights == 0 ? 0 : round(weighted / weights, SCORE_SCALE);
    return new ArticleTone(score, model.label(score));
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }
}
