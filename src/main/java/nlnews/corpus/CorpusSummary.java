package nlnews.corpus;

import java.util.List;
import nlnews.model.EntityType;

/** The corpus tables: entities, timeline, speakers, pairs and tone, each a list of rows in output order. */
public record CorpusSummary(
    int articles,
    Period by,
    List<EntityRow> entities,
    List<TimelineRow> timeline,
    List<SpeakerRow> speakers,
    List<PairRow> pairs,
    List<ToneRow> tone) {

  public CorpusSummary {
    entities = List.copyOf(entities);
    timeline = List.copyOf(timeline);
    speakers = List.copyOf(speakers);
    pairs = List.copyOf(pairs);
    tone = List.copyOf(tone);
  }

  /**
   * One entity of the corpus: mentions by name and by reference, the articles and dates it
   * occurs in, how often it is quoted, the mean tone of the paragraphs that mention it (null
   * for none), the forms used (most articles first), and the other names joined into it.
   * {@code onlyArticle} is the number in the corpus (from 0, in input order) of the one article an
   * anonymised name ("Dennis V.") belongs to, which never joins other articles' ({@link
   * Identities}), and -1 for every other entity: the report shows such a row's evidence from that
   * article alone.
   */
  public record EntityRow(
      String entity, EntityType type, long mentions, long references, int articles, String firstDate,
      String lastDate, int quoted, Double tone, int toneParagraphs, List<String> variants, List<String> mergedFrom,
      int onlyArticle) {
    public EntityRow {
      variants = List.copyOf(variants);
      mergedFrom = List.copyOf(mergedFrom);
    }
  }

  /**
   * One entity in one period ("" for articles whose date does not tell the period) and, when the
   * tables are cut by source, one source ("" for articles whose source is unknown, and for every
   * row when they are not).
   */
  public record TimelineRow(
      String entity, EntityType type, String period, String source, long mentions, int articles, Double tone, int toneParagraphs) {}

  /** One speaker: quotations, articles, dates, the reporting verb used most, and the first quotation. */
  public record SpeakerRow(
      String speaker, EntityType type, int quotations, int articles, String firstDate, String lastDate, String verb,
      String example, String exampleArticle) {}

  /** Two entities named in one paragraph ({@code paragraphs} times) and in one article ({@code articles}). */
  public record PairRow(String first, EntityType firstType, String second, EntityType secondType, int paragraphs, int articles) {}

  /** The tone of the whole corpus in one period (and source, as for {@link TimelineRow}). */
  public record ToneRow(
      String period, String source, int articles, int paragraphs, Double tone, Double articleTone, int positive, int neutral, int negative) {}
}
