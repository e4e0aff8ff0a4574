package nlnews.eval;

import static nlnews.eval.EvalFixtures.analysis;
import static nlnews.eval.EvalFixtures.entity;
import static nlnews.eval.EvalFixtures.gold;
import static nlnews.eval.EvalFixtures.goldEntity;
import static nlnews.eval.EvalFixtures.goldQuote;
import static nlnews.eval.EvalFixtures.quote;
import static nlnews.eval.EvalFixtures.tone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nlnews.model.EntityType;
import nlnews.model.QuoteKind;
import nlnews.model.ToneLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchingTest {

  @Test
  void entitiesMatchByAnySharedNameAndCountWhenTheTypeAgrees() {
    GoldArticle gold =
        gold(
            List.of(
                goldEntity("Volodymyr Zelensky", "PER", 3, "Volodymyr Zelensky", "Zelensky"),
                goldEntity("Gent", "ORG", 2, "Gent"),
                goldEntity("Oekraïens", "MISC", 1, "Oekraïense"),
                goldEntity("Kyiv", "LOC", 1, "Kyiv")),
            List.of(), List.of());
    Scored s =
        new Scored(
            gold,
            analysis(
                List.of(
                    entity("Zelensky", EntityType.PER, 2, "Zelensky"),
                    entity("Gent", EntityType.LOC, 2),
                    entity("Oekraïense", EntityType.MISC, 1),
                    entity("Rusland", EntityType.LOC, 1)),
                List.of(), List.of()));
    EntityMatching.Scores scores = EntityMatching.score(List.of(s));
    assertEquals(new Prf(1, 3, 3), scores.all()); // MISC left out on both sides
    assertEquals(2, scores.untypedMatches());
    assertEquals(0, scores.exactCounts());
    assertEquals(new Prf(1, 1, 1), scores.byType().get("PER"));
    assertEquals(new Prf(0, 2, 1), scores.byType().get("LOC"));
    assertEquals(new Prf(0, 0, 1), scores.byType().get("ORG"));
    assertEquals(
        List.of(EntityMatching.Outcome.WRONG_COUNT, EntityMatching.Outcome.WRONG_TYPE, EntityMatching.Outcome.SPURIOUS, EntityMatching.Outcome.MISSED),
        scores.errors().stream().map(EntityMatching.Error::outcome).toList());
  }

  @Test
  void aGoldEntityIsMatchedOnlyOnce() {
    GoldArticle gold = gold(List.of(goldEntity("Jansen", "PER", 1, "Jansen")), List.of(), List.of());
    Scored s = new Scored(gold, analysis(List.of(entity("Jansen", EntityType.PER, 1), entity("Karin Jansen", EntityType.PER, 1, "Karin Jansen", "Jansen")), List.of(), List.of()));
    EntityMatching.Scores scores = EntityMatching.score(List.of(s));
    assertEquals(new Prf(1, 2, 1), scores.all());
    assertEquals(1.0, scores.exactCountShare());
  }

  @Test
  void quotesMatchOnTheLongestCommonSubstringAndLeaveScareQuotesOut() {
    GoldArticle gold =
        gold(
            List.of(goldEntity("Dmitry Peskov", "PER", 2, "Dmitry Peskov", "Peskov")),
            List.of(
                goldQuote("Wij geven niets weg.", "Dmitry Peskov", "direct"),
                goldQuote("We zullen vechten voor elke meter", "", "direct"),
                goldQuote("bevrijding", "", "scare"),
                goldQuote("Niemand weet het", "Karin Jansen", "direct")),
            List.of());
    Scored s =
        new Scored(
            gold,
            analysis(
                List.of(),
                List.of(
                    quote(QuoteKind.DIRECT, "Wij geven niets weg", "Peskov"),
                    quote(QuoteKind.DIRECT, "We zullen vechten voor elke meter van ons land", "Karin Jansen"),
                    quote(QuoteKind.SCARE, "bevrijding", ""),
                    quote(QuoteKind.PARTIAL, "iets heel anders", "")),
                List.of()));
    QuoteMatching.Scores scores = QuoteMatching.score(List.of(s));
    assertEquals(new Prf(2, 3, 3), scores.quotes());
    assertEquals(1, scores.speakerRight());
    assertEquals(1, scores.speakerTotal());
    assertEquals(1, scores.namedForUnknown());
    assertEquals(0, scores.emptyForUnknown());
    assertEquals(
        List.of(QuoteMatching.Outcome.SPEAKER_NOT_KNOWN, QuoteMatching.Outcome.SPURIOUS, QuoteMatching.Outcome.MISSED),
        scores.errors().stream().map(QuoteMatching.Error::outcome).toList());
  }

  @ParameterizedTest(name = "[{index}] {0} for {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Peskov                | Dmitry Peskov  | true
          Dmitry Peskov         | Dmitry Peskov  | true
          de woordvoerder       | Dmitry Peskov  | false
          Anna Peskov           | Dmitry Peskov  | true
          Kremlin               | Dmitry Peskov  | true
          ''                    | Dmitry Peskov  | false
          Van der Laan          | Eberhard van der Laan | true
          de Laan               | Eberhard van der Laan | true
          het kabinet           | Kabinet        | false
          """)
  void speakerRules(String found, String gold, boolean right) {
    GoldArticle g = gold(List.of(goldEntity("Dmitry Peskov", "PER", 1, "Peskov", "Kremlin")), List.of(), List.of());
    assertEquals(right, QuoteMatching.speakerMatches(found, gold, QuoteMatching.aliases(g, gold)));
  }

  @Test
  void toneCountsMissingParagraphsAgainstRecall() {
    GoldArticle gold =
        gold(
            List.of(), List.of(),
            List.of(
                new GoldArticle.Paragraph(1, -1, false),
                new GoldArticle.Paragraph(2, 0, false),
                new GoldArticle.Paragraph(3, 1, false),
                new GoldArticle.Paragraph(4, 1, false)));
    Scored s = new Scored(gold, analysis(List.of(), List.of(), List.of(tone(1, ToneLabel.NEGATIVE), tone(2, ToneLabel.POSITIVE), tone(3, ToneLabel.POSITIVE))));
    ToneAgreement.Scores scores = ToneAgreement.score(List.of(s));
    assertEquals(4, scores.paragraphs());
    assertEquals(1, scores.missing());
    assertEquals(0.5, scores.accuracy());
    assertEquals(1.0, scores.f1(-1));
    assertEquals(0.0, scores.f1(0));
    assertEquals(0.5, scores.f1(1), 1e-12); // precision 1/2, recall 1/2
    assertEquals(0.5, scores.macroF1(), 1e-12);
    assertEquals(1.0, scores.shareAbove());
  }
}
