package nlnews.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The three analyses measured on a set of articles with gold files: entities, quotations with
 * speakers, and paragraph tone, each with its list of what was not right.
 */
public record NewsEvaluation(int articles, EntityMatching.Scores entities, QuoteMatching.Scores quotes, ToneAgreement.Scores tone) {

  /** A named figure: a ratio in [0, 1] (printed with three decimals) or a count. */
  public record Metric(String name, double value, boolean ratio) {}

  public static NewsEvaluation of(List<Scored> articles) {
    return new NewsEvaluation(
        articles.size(), EntityMatching.score(articles), QuoteMatching.score(articles), ToneAgreement.score(articles));
  }

  /** Every figure by name, in the order the CSV report lists them. */
  public List<Metric> metrics() {
    List<Metric> m = new ArrayList<>();
    m.add(count("articles", articles));
    prf(m, "entity", entities.all());
    for (String type : EntityMatching.TYPES) {
      prf(m, "entity_" + type.toLowerCase(java.util.Locale.ROOT), entities.byType().get(type));
    }
    m.add(ratio("entity_count_exact", entities.exactCountShare()));
    m.add(count("entity_gold", entities.all().gold()));
    m.add(count("entity_predicted", entities.all().predicted()));
    m.add(count("entity_correct", entities.all().correct()));
    prf(m, "quote", quotes.quotes());
    m.add(count("quote_gold", quotes.quotes().gold()));
    m.add(count("quote_predicted", quotes.quotes().predicted()));
    m.add(count("quote_matched", quotes.quotes().correct()));
    m.add(ratio("speaker_accuracy", quotes.speakerAccuracy()));
    m.add(count("speaker_right", quotes.speakerRight()));
    m.add(count("speaker_gold", quotes.speakerTotal()));
    m.add(count("speaker_named_for_unknown", quotes.namedForUnknown()));
    m.add(count("speaker_empty_for_unknown", quotes.emptyForUnknown()));
    m.add(ratio("tone_accuracy", tone.accuracy()));
    m.add(ratio("tone_macro_f1", tone.macroF1()));
    m.add(ratio("tone_f1_negative", tone.f1(-1)));
    m.add(ratio("tone_f1_neutral", tone.f1(0)));
    m.add(ratio("tone_f1_positive", tone.f1(1)));
    m.add(ratio("tone_errors_above_gold", tone.shareAbove()));
    m.add(count("tone_paragraphs", tone.paragraphs()));
    m.add(count("tone_missing", tone.missing()));
    for (int g : ToneAgreement.TONES) {
      for (int p : ToneAgreement.TONES) {
        m.add(count("tone_gold_" + g + "_predicted_" + p, tone.count(g, p)));
      }
    }
    return m;
  }

  private static void prf(List<Metric> m, String prefix, Prf prf) {
    m.add(ratio(prefix + "_precision", prf.precision()));
    m.add(ratio(prefix + "_recall", prf.recall()));
    m.add(ratio(prefix + "_f1", prf.f1()));
  }

  private static Metric ratio(String name, double value) {
    return new Metric(name, value, true);
  }

  private static Metric count(String name, int value) {
    return new Metric(name, value, false);
  }
}
