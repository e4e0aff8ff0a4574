package nlnews.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nlnews.corpus.CorpusSummary;
import nlnews.corpus.CorpusSummary.EntityRow;
import nlnews.corpus.CorpusSummary.PairRow;
import nlnews.corpus.CorpusSummary.SpeakerRow;
import nlnews.corpus.CorpusSummary.TimelineRow;
import nlnews.corpus.CorpusSummary.ToneRow;

/** The tables of {@code nlnews corpus}; the README documents every column. */
public final class CorpusTables {

  private CorpusTables() {}

  /**
   * One corpus table: its name (its file in a directory of tables, and what --table selects), the
   * JSON Lines {@code type} of its rows, its columns, and its rows.
   */
  public record CorpusTable(String name, String type, List<String> columns, Function<CorpusSummary, List<List<Object>>> rows) {}

  public static final CorpusTable ENTITIES =
      new CorpusTable(
          "entities",
          "corpus_entity",
          List.of(
              "entity", "type", "mentions", "references", "articles", "first_date", "last_date", "quoted", "tone",
              "tone_paragraphs", "variants", "merged_from"),
          s -> {
            List<List<Object>> rows = new ArrayList<>();
            for (EntityRow r : s.entities()) {
              rows.add(Arrays.asList(
                  r.entity(), r.type().name(), r.mentions(), r.references(), r.articles(), r.firstDate(), r.lastDate(),
                  r.quoted(), r.tone(), r.toneParagraphs(), r.variants(), r.mergedFrom()));
            }
            return rows;
          });

  public static final CorpusTable TIMELINE =
      new CorpusTable(
          "timeline",
          "timeline",
          List.of("entity", "type", "period", "mentions", "articles", "tone", "tone_paragraphs"),
          s -> {
            List<List<Object>> rows = new ArrayList<>();
            for (TimelineRow r : s.timeline()) {
              rows.add(Arrays.asList(
                  r.entity(), r.type().name(), r.period(), r.mentions(), r.articles(), r.tone(), r.toneParagraphs()));
            }
            return rows;
          });

  public static final CorpusTable SPEAKERS =
      new CorpusTable(
          "speakers",
          "speaker",
          List.of(
              "speaker", "type", "quotations", "articles", "first_date", "last_date", "verb", "example",
              "example_article"),
          s -> {
            List<List<Object>> rows = new ArrayList<>();
            for (SpeakerRow r : s.speakers()) {
              rows.add(Arrays.asList(
                  r.speaker(), r.type().name(), r.quotations(), r.articles(), r.firstDate(), r.lastDate(), r.verb(),
                  r.example(), r.exampleArticle()));
            }
            return rows;
          });

  public static final CorpusTable PAIRS =
      new CorpusTable(
          "pairs",
          "pair",
          List.of("entity_a", "type_a", "entity_b", "type_b", "paragraphs", "articles"),
          s -> {
            List<List<Object>> rows = new ArrayList<>();
            for (PairRow r : s.pairs()) {
              rows.add(Arrays.asList(
                  r.first(), r.firstType().name(), r.second(), r.secondType().name(), r.paragraphs(), r.articles()));
            }
            return rows;
          });

  public static final CorpusTable TONE =
      new CorpusTable(
          "tone",
          "period",
          List.of("period", "articles", "paragraphs", "tone", "article_tone", "positive", "neutral", "negative"),
          s -> {
            List<List<Object>> rows = new ArrayList<>();
            for (ToneRow r : s.tone()) {
              rows.add(Arrays.asList(
                  r.period(), r.articles(), r.paragraphs(), r.tone(), r.articleTone(), r.positive(), r.neutral(),
                  r.negative()));
            }
            return rows;
          });

  /** The timeline with a {@code source} column after the period: rows per entity, period and source. */
  public static final CorpusTable TIMELINE_BY_SOURCE =
      new CorpusTable(
          "timeline",
          "timeline",
          List.of("entity", "type", "period", "source", "mentions", "articles", "tone", "tone_paragraphs"),
          s -> {
            List<List<Object>> rows = new ArrayList<>();
            for (TimelineRow r : s.timeline()) {
              rows.add(Arrays.asList(
                  r.entity(), r.type().name(), r.period(), r.source(), r.mentions(), r.articles(), r.tone(),
                  r.toneParagraphs()));
            }
            return rows;
          });

  /** The tone table with a {@code source} column after the period: rows per period and source. */
  public static final CorpusTable TONE_BY_SOURCE =
      new CorpusTable(
          "tone",
          "period",
          List.of(
              "period", "source", "articles", "paragraphs", "tone", "article_tone", "positive", "neutral", "negative"),
          s -> {
            List<List<Object>> rows = new ArrayList<>();
            for (ToneRow r : s.tone()) {
              rows.add(Arrays.asList(
                  r.period(), r.source(), r.articles(), r.paragraphs(), r.tone(), r.articleTone(), r.positive(),
                  r.neutral(), r.negative()));
            }
            return rows;
          });

  /** Every corpus table, in the order the text report and JSON Lines give them. */
  public static final List<CorpusTable> ALL = List.of(ENTITIES, TIMELINE, SPEAKERS, PAIRS, TONE);

  /** Every corpus table as --by-source cuts them: the timeline and tone tables with a source column. */
  public static final List<CorpusTable> ALL_BY_SOURCE = List.of(ENTITIES, TIMELINE_BY_SOURCE, SPEAKERS, PAIRS, TONE_BY_SOURCE);
}
