package nlnews.eval;

import java.util.List;
import java.util.Objects;

/**
 * The gold annotation of one article in the news gold format (one {@code NAME.gold.json} beside
 * each {@code NAME.txt}): the tone of every paragraph, the entities with their counts and
 * variants, and the quotations with their speakers. README.md, "Evaluating on your own
 * articles", documents the format.
 */
public record GoldArticle(
    String file, String language, List<Paragraph> paragraphs, List<Entity> entities, List<Quote> quotes) {

  public GoldArticle {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  /** A paragraph, numbered from 1 as the tool numbers them, and its tone: -1, 0 or 1. */
  public record Paragraph(int index, int tone, boolean heading) {}

  /** One real-world entity: its fullest name, type (PER, LOC, ORG, MISC), name mentions and surface forms. */
  public record Entity(String name, String type, int count, List<String> variants) {
    public Entity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      variants = List.copyOf(variants);
    }
  }

  /**
   * A quotation: the paragraph it starts in, its exact text between the marks, its speaker
   * (empty when the article does not say), the words that name the speaker, the cue, and its
   * kind (direct, partial or scare).
   */
  public record Quote(int paragraph, String text, String speaker, String speakerMention, String cue, String kind) {
    public Quote {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(speakerMention, "speakerMention");
      Objects.requireNonNull(cue, "cue");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
