package nlnews.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.ArticleTone;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.ToneCue;

/** The tables nlnews prints; the README documents every column. */
public final class Tables {

  private Tables() {}

  public static final Table ENTITIES =
      table(
          "entity",
          "entities",
          List.of("article", "date", "source", "entity", "type", "count", "variants", "linked_to"),
          (a, out) -> {
            for (Entity e : a.entities()) {
              out.accept(
                  List.of(
                      a.article().id(), a.article().date(), a.article().source(), e.name(), e.type().name(), e.count(),
                      e.variants(), e.linkedTo()));
            }
          });

  public static final Table QUOTES =
      table(
          "quote",
          "quotes",
          List.of(
              "article", "date", "source", "paragraph", "kind", "speaker", "speaker_mention", "cue", "quote",
              "start", "end"),
          (a, out) -> {
            for (Quote q : a.quotes()) {
              out.accept(
                  List.of(
                      a.article().id(), a.article().date(), a.article().source(), q.paragraph(), q.kind().label(),
                      q.speaker(), q.speakerMention(), q.cue(), q.text(), q.start(), q.end()));
            }
          });

  public static final Table MENTIONS =
      table(
          "mention",
          "mentions",
          List.of("article", "date", "source", "paragraph", "entity", "type", "form", "mention", "start", "end"),
          (a, out) -> {
            for (EntityMention m : a.mentions()) {
              out.accept(
                  List.of(
                      a.article().id(), a.article().date(), a.article().source(), m.paragraph(), m.entity(), m.type().name(),
                      m.form().label(), m.text(), m.start(), m.end()));
            }
          });

  public static final Table SENTIMENT =
      table(
          "paragraph",
          "sentiment",
          List.of(
              "article", "date", "source", "paragraph", "heading", "score", "label", "positive_cues",
              "negative_cues", "language"),
          (a, out) -> {
            for (ParagraphTone t : a.tones()) {
              out.accept(
                  List.of(
                      a.article().id(), a.article().date(), a.article().source(), t.paragraph(), t.heading(), t.score(),
                      t.label().label(), describe(t.positiveCues()), describe(t.negativeCues()),
                      a.paragraphLanguage(t.paragraph()).code()));
            }
          });

  public static final Table STEMS =
      table(
          "token",
          "stems",
          List.of("article", "date", "source", "paragraph", "token", "stem", "start", "end"),
          (a, out) -> {
            Article article = a.article();
            for (Paragraph p : article.paragraphs()) {
              for (Sentence s : p.sentences()) {
                for (Token t : s.tokens()) {
                  out.accept(
                      List.of(article.id(), article.date(), article.source(), p.number(), t.text(), t.stem(), t.start(), t.end()));
                }
              }
            }
          });

  public static final Table ARTICLES =
      table(
          "article",
          "articles",
          List.of(
              "article", "date", "source", "language", "paragraphs", "headings", "sentences", "tokens", "entities",
              "quotes", "score", "label"),
          (a, out) -> {
            Article article = a.article();
            int headings = 0;
            for (Paragraph p : article.paragraphs()) {
              headings += p.heading() ? 1 : 0;
            }
            ArticleTone tone = a.articleTone();
            // An article without text has no tone: an empty score (JSON null), not a neutral 0 that
            // would pull an average of the column towards neutral.
            boolean text = !article.paragraphs().isEmpty();
            out.accept(
                Arrays.asList(
                    article.id(), article.date(), article.source(), a.language().code(), article.paragraphs().size(), headings,
                    article.sentenceCount(), article.tokenCount(), a.entities().size(),
                    a.quotes().size(), text ? tone.score() : null, text ? tone.label().label() : null));
          });

  static List<String> describe(List<ToneCue> cues) {
    List<String> out = new ArrayList<>(cues.size());
    for (ToneCue c : cues) {
      out.add(c.describe());
    }
    return out;
  }

  private static Table table(
      String type, String file, List<String> columns, BiConsumer<ArticleAnalysis, Consumer<List<Object>>> rows) {
    return new Table() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public String file() {
        return file;
      }

      @Override
      public List<String> columns() {
        return columns;
      }

      @Override
      public void rows(ArticleAnalysis analysis, Consumer<List<Object>> out) {
        rows.accept(analysis, out);
      }
    };
  }
}
