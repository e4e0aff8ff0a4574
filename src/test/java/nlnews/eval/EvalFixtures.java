package nlnews.eval;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.ArticleTone;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;
import nlnews.model.ToneLabel;

/** Hand-built analyses and gold articles for the scorer tests. */
final class EvalFixtures {

  private EvalFixtures() {}

  static Entity entity(String name, EntityType type, int count, String... variants) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      mentions.add(new Mention(name, i, i + 1, 1));
    }
    return new Entity(name, type, mentions, List.of(variants.length == 0 ? new String[] {name} : variants), "");
  }

  static Quote quote(QuoteKind kind, String text, String speaker) {
    return new Quote(1, kind, text, 0, text.length(), speaker, speaker, speaker.isEmpty() ? "" : "zei");
  }

  static ParagraphTone tone(int paragraph, ToneLabel label) {
    double score = label == ToneLabel.POSITIVE ? 0.5 : label == ToneLabel.NEGATIVE ? -0.5 : 0;
    return new ParagraphTone(paragraph, false, score, label, List.of());
  }

  static ArticleAnalysis analysis(List<Entity> entities, List<Quote> quotes, List<ParagraphTone> tones) {
    return new ArticleAnalysis(new Article("a.txt", "", "", List.of()), entities, quotes, tones, ArticleTone.NEUTRAL, List.of());
  }

  static GoldArticle gold(List<GoldArticle.Entity> entities, List<GoldArticle.Quote> quotes, List<GoldArticle.Paragraph> paragraphs) {
    return new GoldArticle("a.txt", "nl", paragraphs, entities, quotes);
  }

  static GoldArticle.Entity goldEntity(String name, String type, int count, String... variants) {
    return new GoldArticle.Entity(name, type, count, List.of(variants));
  }

  static GoldArticle.Quote goldQuote(String text, String speaker, String kind) {
    return new GoldArticle.Quote(1, text, speaker, speaker, "", kind);
  }
}
