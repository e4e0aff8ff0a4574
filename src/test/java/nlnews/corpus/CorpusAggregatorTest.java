package nlnews.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nlnews.corpus.ArticleFacts.Named;
import nlnews.corpus.ArticleFacts.ParagraphScore;
import nlnews.corpus.ArticleFacts.Said;
import nlnews.corpus.CorpusSummary.EntityRow;
import nlnews.model.EntityMention;
import nlnews.model.EntityType;
import nlnews.model.MentionForm;
import org.junit.jupiter.api.Test;

/** The corpus tables from hand-built articles. */
class CorpusAggregatorTest {

  private static final CorpusOptions ALL = new CorpusOptions(Period.MONTH, 0, 0, Set.of());

  private static EntityMention name(String entity, EntityType type, int paragraph) {
    return new EntityMention(entity, type, paragraph, MentionForm.NAME, entity, 0, entity.length());
  }

  private static EntityMention pronoun(String entity, int paragraph) {
    return new EntityMention(entity, EntityType.PER, paragraph, MentionForm.PRONOUN, "hij", 0, 3);
  }

  /** Article a: Zelensky in full, Rusland, and a suspect; article b: Zelensky by surname, the same initials. */
  private static List<ArticleFacts> twoArticles() {
    ArticleFacts a = new ArticleFacts(
        "a.txt", "2022-03-01", "NRC", 0.2,
        List.of(new ParagraphScore(1, 0.5, "positive"), new ParagraphScore(2, -0.5, "negative")),
        List.of(
            new Named("Volodymyr Zelensky", EntityType.PER, 2, List.of("Volodymyr Zelensky", "Zelensky"), ""),
            new Named("Rusland", EntityType.LOC, 1, List.of("Rusland"), ""),
            new Named("Dennis V.", EntityType.PER, 1, List.of("Dennis V."), "")),
        List.of(
            name("Volodymyr Zelensky", EntityType.PER, 1), name("Rusland", EntityType.LOC, 1),
            name("Volodymyr Zelensky", EntityType.PER, 2), pronoun("Volodymyr Zelensky", 2),
            name("Dennis V.", EntityType.PER, 2)),
        List.of(
            new Said(1, "direct", "Volodymyr Zelensky", "zei", "Wij geven niets weg."),
            new Said(2, "scare", "", "", "bevrijding")));
    ArticleFacts b = new ArticleFacts(
        "b.txt", "2022-04-02", "", -0.4,
        List.of(new ParagraphScore(1, -0.4, "negative")),
        List.of(
            new Named("Zelensky", EntityType.PER, 1, List.of("Zelensky"), ""),
            new Named("Dennis V.", EntityType.PER, 1, List.of("Dennis V."), ""),
            new Named("Oekraïense", EntityType.MISC, 1, List.of("Oekraïense"), "Oekraïne")),
        List.of(
            name("Zelensky", EntityType.PER, 1), name("Dennis V.", EntityType.PER, 1),
            new EntityMention("Oekraïne", EntityType.LOC, 1, MentionForm.ADJECTIVE, "Oekraïense", 0, 10)),
        List.of(new Said(1, "direct", "Zelensky", "colon", "Wij vechten."), new Said(1, "direct", "een buurtbewoner", "zegt", "Eng.")));
    return List.of(a, b);
  }

  private static CorpusSummary summary(List<ArticleFacts> articles, CorpusOptions o) {
    CorpusAggregator aggregator = new CorpusAggregator(o.by());
    articles.forEach(aggregator::add);
    return aggregator.summary(o);
  }

  private static EntityRow entity(CorpusSummary s, String name) {
    return s.entities().stream().filter(e -> e.entity().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aSurnameJoinsTheOnlyFullNameAndTheJoinIsShown() {
    CorpusSummary s = summary(twoArticles(), ALL);
    EntityRow z = entity(s, "Volodymyr Zelensky");
    assertEquals(3, z.mentions());
    assertEquals(1, z.references());
    assertEquals(2, z.articles());
    assertEquals("2022-03-01", z.firstDate());
    assertEquals("2022-04-02", z.lastDate());
    assertEquals(2, z.quoted());
    assertEquals(List.of("Zelensky"), z.mergedFrom());
    assertEquals(List.of("Zelensky", "Volodymyr Zelensky"), z.variants());
    // paragraphs 1 and 2 of a (0.5, -0.5) and paragraph 1 of b (-0.4): by name or by "hij"
    assertEquals(3, z.toneParagraphs());
    assertEquals(-0.4 / 3, z.tone(), 1e-9);
  }

  @Test
  void anonymisedNamesStayOnePerArticle() {
    CorpusSummary s = summary(twoArticles(), ALL);
    List<EntityRow> dennis = s.entities().stream().filter(e -> e.entity().equals("Dennis V.")).toList();
    assertEquals(2, dennis.size());
    dennis.forEach(d -> assertEquals(1, d.articles()));
    // each row says whose article it is, so that the report shows that article's evidence only
    assertEquals(List.of(0, 1), dennis.stream().map(EntityRow::onlyArticle).sorted().toList());
    assertEquals(-1, entity(s, "Oekraïne").onlyArticle(), "a name that joins across articles has no one article");
  }

  @Test
  void anAdjectiveCountsForItsPlace() {
    EntityRow o = entity(summary(twoArticles(), ALL), "Oekraïne");
    assertEquals(EntityType.LOC, o.type());
    assertEquals(1, o.mentions());
    assertEquals(List.of("Oekraïense"), o.variants());
  }

  @Test
  void speakersAreTheArticlesEntitiesWithTheirVerbAndAnExample() {
    CorpusSummary s = summary(twoArticles(), ALL);
    assertEquals(1, s.speakers().size(), "a description (een buurtbewoner) and a scare quote are no speakers");
    var z = s.speakers().get(0);
    assertEquals("Volodymyr Zelensky", z.speaker());
    assertEquals(2, z.quotations());
    assertEquals("zei", z.verb(), "colon says how the speaker was found, not the verb");
    assertEquals("Wij geven niets weg.", z.example());
    assertEquals("a.txt", z.exampleArticle());
  }

  @Test
  void pairsAreNamedTogetherNotReferredTo() {
    CorpusSummary s = summary(twoArticles(), ALL);
    List<String> pairs = new ArrayList<>();
    s.pairs().forEach(p -> pairs.add(p.first() + "+" + p.second() + ":" + p.paragraphs() + "/" + p.articles()));
    // In a, Zelensky and Rusland share paragraph 1; Zelensky and Dennis V. share paragraph 2 by name.
    assertEquals(
        List.of(
            "Dennis V.+Oekraïne:1/1", "Dennis V.+Volodymyr Zelensky:1/1", "Dennis V.+Volodymyr Zelensky:1/1",
            "Oekraïne+Volodymyr Zelensky:1/1", "Rusland+Volodymyr Zelensky:1/1", "Dennis V.+Rusland:0/1"),
        pairs);
  }

  @Test
  void timelineAndToneArePerPeriod() {
    CorpusSummary s = summary(twoArticles(), ALL);
    List<String> rows = new ArrayList<>();
    s.timeline().stream().filter(t -> t.entity().equals("Volodymyr Zelensky"))
        .forEach(t -> rows.add(t.period() + ":" + t.mentions() + "/" + t.articles()));
    assertEquals(List.of("2022-03:2/1", "2022-04:1/1"), rows);
    assertEquals(List.of("2022-03", "2022-04"), s.tone().stream().map(t -> t.period()).toList());
    assertEquals(0.0, s.tone().get(0).tone(), 1e-9);
    assertEquals(1, s.tone().get(0).positive());
  }

  private static ArticleFacts zelenskyIn(String id, String date, String source, double score) {
    return new ArticleFacts(
        id, date, source, score, List.of(new ParagraphScore(1, score, score > 0 ? "positive" : "negative")),
        List.of(new Named("Volodymyr Zelensky", EntityType.PER, 1, List.of("Volodymyr Zelensky"), "")),
        List.of(name("Volodymyr Zelensky", EntityType.PER, 1)), List.of());
  }

  private static List<String> toneCells(CorpusSummary s) {
    return s.tone().stream().map(t -> t.period() + "|" + t.source() + ":" + t.articles()).toList();
  }

  @Test
  void bySourceGivesRowsPerPeriodAndSourceTheUnknownSourceLast() {
    List<ArticleFacts> articles = new ArrayList<>(twoArticles()); // a: NRC 2022-03, b: no source 2022-04
    articles.add(zelenskyIn("c.txt", "2022-04-20", "De Standaard", 0.3));
    articles.add(zelenskyIn("d.txt", "2022-04-21", "NRC", -0.1));
    CorpusAggregator aggregator = new CorpusAggregator(Period.MONTH, true);
    articles.forEach(aggregator::add);
    CorpusSummary s = aggregator.summary(ALL);
    assertEquals(List.of("2022-03|NRC:1", "2022-04|De Standaard:1", "2022-04|NRC:1", "2022-04|:1"), toneCells(s));
    List<String> rows = new ArrayList<>();
    s.timeline().stream().filter(t -> t.entity().equals("Volodymyr Zelensky"))
        .forEach(t -> rows.add(t.period() + "|" + t.source() + ":" + t.mentions() + "/" + t.articles()));
    assertEquals(List.of("2022-03|NRC:2/1", "2022-04|De Standaard:1/1", "2022-04|NRC:1/1", "2022-04|:1/1"), rows);
    assertEquals(0.3, s.tone().get(1).tone(), 1e-9);
  }

  @Test
  void bySourceOrderDoesNotDependOnInputOrder() {
    List<ArticleFacts> articles = new ArrayList<>(twoArticles());
    articles.add(zelenskyIn("c.txt", "2022-04-20", "De Standaard", 0.3));
    articles.add(zelenskyIn("d.txt", "2022-04-21", "NRC", -0.1));
    CorpusAggregator forward = new CorpusAggregator(Period.YEAR, true);
    articles.forEach(forward::add);
    CorpusAggregator backward = new CorpusAggregator(Period.YEAR, true);
    List<ArticleFacts> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    reversed.forEach(backward::add);
    assertEquals(List.of("2022|De Standaard:1", "2022|NRC:2", "2022|:1"), toneCells(forward.summary(ALL)));
    assertEquals(toneCells(forward.summary(ALL)), toneCells(backward.summary(ALL)));
  }

  @Test
  void withoutBySourceEveryRowHasTheEmptySource() {
    CorpusSummary s = summary(twoArticles(), ALL);
    assertEquals(List.of("2022-03|:1", "2022-04|:1"), toneCells(s));
    assertTrue(s.timeline().stream().allMatch(t -> t.source().isEmpty()));
  }

  @Test
  void anArticleWithoutSourceIsCountedUnderTheEmptySource() {
    CorpusAggregator aggregator = new CorpusAggregator(Period.YEAR, true);
    aggregator.add(new ArticleFacts("e.txt", "2022-01-01", "", null, List.of(), List.of(), List.of(), List.of()));
    assertEquals(List.of("2022|:1"), toneCells(aggregator.summary(ALL)));
  }

  @Test
  void optionsCutTheTables() {
    CorpusSummary s = summary(twoArticles(), new CorpusOptions(Period.YEAR, 1, 2, Set.of(EntityType.PER)));
    assertEquals(List.of("Volodymyr Zelensky"), s.entities().stream().map(EntityRow::entity).toList());
    assertEquals(1, s.timeline().size());
    assertEquals("2022", s.timeline().get(0).period());
    assertEquals(List.of(), s.pairs(), "no pair is in two articles");
  }

  @Test
  void nothingGivesEmptyTables() {
    CorpusSummary none = summary(List.of(), ALL);
    assertEquals(0, none.articles());
    assertEquals(List.of(), none.entities());
    assertEquals(List.of(), none.tone());
    ArticleFacts empty = new ArticleFacts("e.txt", "", "", null, List.of(), List.of(), List.of(), List.of());
    CorpusSummary one = summary(List.of(empty), ALL);
    assertEquals(List.of(), one.entities());
    assertEquals(List.of(), one.speakers());
    assertEquals(List.of(), one.pairs());
    assertEquals(1, one.tone().size());
    assertEquals("", one.tone().get(0).period());
    assertNull(one.tone().get(0).tone());
  }

  @Test
  void periodsOfDates() {
    assertEquals("2022-W09", Period.WEEK.of("2022-03-01"));
    assertEquals("", Period.WEEK.of("2022-03"));
    assertEquals("", Period.DAY.of("2022-03"));
    assertEquals("2022-03-01", Period.DAY.of("2022-03-01"));
    assertEquals("2022", Period.YEAR.of("2022-03"));
    assertEquals("", Period.MONTH.of(""));
  }
}
