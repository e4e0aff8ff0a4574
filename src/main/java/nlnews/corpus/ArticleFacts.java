package nlnews.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.EntityType;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;

/**
 * What the corpus tables need of one article, without its text: the same whether the article was
 * analysed in this run or read back from {@code analyze --format jsonl}. {@code source} is the
 * outlet or source folder, empty when unknown; {@code tone} is the article's tone, null for an
 * article without text.
 */
public record ArticleFacts(
    String id,
    String date,
    String source,
    Double tone,
    List<ParagraphScore> paragraphs,
    List<Named> entities,
    List<EntityMention> mentions,
    List<Said> quotes) {

  public ArticleFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    paragraphs = List.copyOf(paragraphs);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }

  /** The tone of one paragraph. */
  public record ParagraphScore(int paragraph, double score, String label) {}

  /** An entity of the article as the entities table gives it. */
  public record Named(String name, EntityType type, int count, List<String> variants, String linkedTo) {
    public Named {
      variants = List.copyOf(variants);
    }
  }

  /** A quotation as the quotes table gives it, without its offsets. */
  public record Said(int paragraph, String kind, String speaker, String cue, String quote) {}

  /** The facts of an analysis made in this run. */
  public static ArticleFacts of(ArticleAnalysis a) {
    List<ParagraphScore> paragraphs = new ArrayList<>(a.tones().size());
    for (ParagraphTone t : a.tones()) {
      paragraphs.add(new ParagraphScore(t.paragraph(), t.score(), t.label().label()));
    }
    List<Named> entities = new ArrayList<>(a.entities().size());
    for (Entity e : a.entities()) {
      entities.add(new Named(e.name(), e.type(), e.count(), e.variants(), e.linkedTo()));
    }
    List<Said> quotes = new ArrayList<>(a.quotes().size());
    for (Quote q : a.quotes()) {
      quotes.add(new Said(q.paragraph(), q.kind().label(), q.speaker(), q.cue(), q.text()));
    }
    Double tone = a.article().paragraphs().isEmpty() ? null : a.articleTone().score();
    return new ArticleFacts(
        a.article().id(), a.article().date(), a.article().source(), tone, paragraphs, entities, a.mentions(), quotes);
  }
}
