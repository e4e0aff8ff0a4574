package nlnews.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis found in one article; stages that were not run leave their lists empty
 * and the article tone {@link ArticleTone#NEUTRAL}. {@code language} is the language the article
 * is written in; {@code paragraphLanguages} the paragraphs written in another, in text order.
 */
public record ArticleAnalysis(
    Article article,
    List<Entity> entities,
    List<Quote> quotes,
    List<ParagraphTone> tones,
    ArticleTone articleTone,
    List<Note> notes,
    List<EntityMention> mentions,
    TextLanguage language,
    List<ParagraphLanguage> paragraphLanguages) {

  public ArticleAnalysis {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(articleTone, "articleTone");
    Objects.requireNonNull(language, "language");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    tones = List.copyOf(tones);
    notes = List.copyOf(notes);
    mentions = List.copyOf(mentions);
    paragraphLanguages = List.copyOf(paragraphLanguages);
  }

  /** An analysis whose paragraphs are all in the article's language. */
  public ArticleAnalysis(
      Article article, List<Entity> entities, List<Quote> quotes, List<ParagraphTone> tones, ArticleTone articleTone,
      List<Note> notes, List<EntityMention> mentions, TextLanguage language) {
    this(article, entities, quotes, tones, articleTone, notes, mentions, language, List.of());
  }

  /**
   * The language of paragraph {@code paragraph} where it differs from the article's;
   * {@link TextLanguage#UNKNOWN} where it does not, or the paragraph is too short to tell.
   */
  public TextLanguage paragraphLanguage(int paragraph) {
    for (ParagraphLanguage p : paragraphLanguages) {
      if (p.paragraph() == paragraph) {
        return p.language();
      }
    }
    return TextLanguage.UNKNOWN;
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
