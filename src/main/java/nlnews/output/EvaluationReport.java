package nlnews.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import nlnews.eval.EntityMatching;
import nlnews.eval.NewsEvaluation;
import nlnews.eval.Prf;
import nlnews.eval.QuoteMatching;
import nlnews.eval.ToneAgreement;

/**
 * Prints the figures of {@code nlnews eval}: a report for people, with every error listed on
 * request, or CSV rows {@code metric,value} (ratios with three decimals, counts as integers).
 */
public final class EvaluationReport {

  private final Writer out;

  public EvaluationReport(Writer out) {
    this.out = out;
  }

  public void csv(NewsEvaluation e) throws IOException {
    out.write("metric,value\n");
    for (NewsEvaluation.Metric m : e.metrics()) {
      out.write(m.name() + "," + (m.ratio() ? three(m.value()) : Long.toString(Math.round(m.value()))) + "\n");
    }
  }

  public void text(String name, NewsEvaluation e, boolean details) throws IOException {
    EntityMatching.Scores en = e.entities();
    QuoteMatching.Scores q = e.quotes();
    ToneAgreement.Scores t = e.tone();
    line("%s: %d articles", name, e.articles());
    line("");
    line("entities (PER, LOC, ORG; name and type right)");
    prf("  all ", en.all());
    for (String type : EntityMatching.TYPES) {
      prf("  " + type + " ", en.byType().get(type));
    }
    line("  count exact on %d of %d right entities (%s); %d matched by name whatever the type",
        en.exactCounts(), en.all().correct(), three(en.exactCountShare()), en.untypedMatches());
    line("");
    line("quotations (direct and partial; scare quotes and titles left out)");
    prf("  found", q.quotes());
    line("  speaker accuracy %s  (%d of %d matched quotations with a gold speaker)", three(q.speakerAccuracy()), q.speakerRight(), q.speakerTotal());
    line("  where the gold knows no speaker: %d named, %d left empty", q.namedForUnknown(), q.emptyForUnknown());
    line("");
    line("paragraph tone (%d paragraphs, %d missing)", t.paragraphs(), t.missing());
    line("  accuracy %s  macro-F1 %s  (F1 negative %s, neutral %s, positive %s)",
        three(t.accuracy()), three(t.macroF1()), three(t.f1(-1)), three(t.f1(0)), three(t.f1(1)));
    line("  wrong labels above the gold (too positive): %s", three(t.shareAbove()));
    line("  confusion (rows: gold, columns: tool)");
    line("          -1      0     +1");
    for (int g : ToneAgreement.TONES) {
      line("    %+d %6d %6d %6d", g, t.count(g, -1), t.count(g, 0), t.count(g, 1));
    }
    if (details) {
      details(e);
    }
    out.flush();
  }

  private void details(NewsEvaluation e) throws IOException {
    line("");
    line("entity errors");
    for (EntityMatching.Error x : e.entities().errors()) {
      String outcome = x.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      switch (x.outcome()) {
        case SPURIOUS -> line("  %s  %-11s %s %s", Terminal.safe(x.article()), outcome, x.type(), Terminal.safe(x.name()));
        case MISSED -> line("  %s  %-11s %s %s (%d)", Terminal.safe(x.article()), outcome, x.goldType(), Terminal.safe(x.goldName()), x.goldCount());
        case WRONG_TYPE -> line("  %s  %-11s %s %s, gold %s %s", Terminal.safe(x.article()), outcome, x.type(), Terminal.safe(x.name()), x.goldType(), Terminal.safe(x.goldName()));
        case WRONG_COUNT -> line("  %s  %-11s %s %s %d, gold %d", Terminal.safe(x.article()), outcome, x.type(), Terminal.safe(x.name()), x.count(), x.goldCount());
      }
    }
    line("");
    line("quotation errors");
    for (QuoteMatching.Error x : e.quotes().errors()) {
      String outcome = x.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      String who =
          switch (x.outcome()) {
            case WRONG_SPEAKER -> "speaker " + quoted(x.speaker()) + " (" + x.cue() + "), gold " + quoted(x.goldSpeaker());
            case SPEAKER_NOT_KNOWN -> "speaker " + quoted(x.speaker()) + " (" + x.cue() + "), gold: not known";
            case SPURIOUS -> "speaker " + quoted(x.speaker());
            case MISSED -> "gold speaker " + quoted(x.goldSpeaker());
          };
      line("  %s ¶%d  %-17s %s  %s", Terminal.safe(x.article()), x.paragraph(), outcome, who, Terminal.safe(abbreviate(x.text())));
    }
    line("");
    line("tone errors (gold -> tool)");
    for (ToneAgreement.Error x : e.tone().errors()) {
      String found = x.found() == null ? "missing" : String.format(Locale.ROOT, "%+d %+.3f", x.found(), x.score());
      line("  %s ¶%d  %+d -> %s%s", Terminal.safe(x.article()), x.paragraph(), x.gold(), found, x.cues().isEmpty() ? "" : "  " + Terminal.safe(x.cues()));
    }
  }

  private static String quoted(String s) {
    return s.isEmpty() ? "none" : "'" + Terminal.safe(s) + "'";
  }

  /** Long quotations shortened for the details list. */
  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 70 ? one : one.substring(0, 67) + "...";
  }

  private void prf(String label, Prf p) throws IOException {
    line("%s precision %s  recall %s  F1 %s  (%d right of %d found, %d gold)",
        label, three(p.precision()), three(p.recall()), three(p.f1()), p.correct(), p.predicted(), p.gold());
  }

  private void line(String format, Object... args) throws IOException {
    out.write(String.format(Locale.ROOT, format, args));
    out.write('\n');
  }

  private static String three(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
