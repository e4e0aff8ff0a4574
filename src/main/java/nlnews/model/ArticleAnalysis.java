package nlnews.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis found in one article; stages that were not run leave their lists empty
 * and the article tone {@link ArticleTone#NEUTRAL}. {@code language} is the language the article
 * is written in.
 */
public record ArticleAnalysis(
    Article article,
    List<Entity> entities,
    List<Quote> quotes,
    List<ParagraphTone> tones,
    ArticleTone articleTone,
    List<Note> notes,
    List<EntityMention> mentions,
    TextLanguage language) {

  public ArticleAnalysis {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(articleTone, "articleTone");
    Objects.requireNonNull(language, "language");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    tones = List.copyOf(tones);
    notes = List.copyOf(notes);
    mentions = List.copyOf(mentions);
  }

  /** An analysis without the mentions stage, whose language was not checked (the tests that build one by hand). */
  public ArticleAnalysis(
      Article article, List<Entity> entities, List<Quote> quotes, List<ParagraphTone> tones, ArticleTone articleTone,
      List<Note> notes) {
    this(article, entities, quotes, tones, articleTone, notes, List.of(), TextLanguage.UNKNOWN);
  }

  /** An analysis whose language was not checked. */
  public ArticleAnalysis(
      Article article, List<Entity> entities, List<Quote> quotes, List<ParagraphTone> tones, ArticleTone articleTone,
      List<Note> notes, List<EntityMention> mentions) {
    this(article, entities, quotes, tones, articleTone, notes, mentions, TextLanguage.UNKNOWN);
  }

  /** An analysis without the mentions stage. */
  public ArticleAnalysis(
      Article article, List<Entity> entities, List<Quote> quotes, List<ParagraphTone> tones, ArticleTone articleTone,
      List<Note> notes, TextLanguage language) {
    this(article, entities, quotes, tones, articleTone, notes, List.of(), language);
  }
}
