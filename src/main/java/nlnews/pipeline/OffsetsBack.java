package nlnews.pipeline;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.Mention;
import nlnews.model.Note;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.ToneCue;

/**
 * An analysis of the composed text turned into one of the text as written: the article's text is
 * the original, and every offset (paragraphs, sentences, tokens, mentions, quotations, cues,
 * notes) points into it. What the stages found stays as they found it: names, quotations and
 * tokens in composed form.
 */
final class OffsetsBack {

  private final AnalysisText text;

  private OffsetsBack(AnalysisText text) {
    this.text = text;
  }

  static ArticleAnalysis of(ArticleAnalysis a, AnalysisText text) {
    return new OffsetsBack(text).analysis(a);
  }

  private ArticleAnalysis analysis(ArticleAnalysis a) {
    List<Entity> entities = new ArrayList<>(a.entities().size());
    for (Entity e : a.entities()) {
      List<Mention> mentions = new ArrayList<>(e.mentions().size());
      for (Mention m : e.mentions()) {
        mentions.add(new Mention(m.text(), start(m.start(), m.end()), end(m.start(), m.end()), m.paragraph()));
      }
      entities.add(new Entity(e.name(), e.type(), mentions, e.variants(), e.linkedTo()));
    }
    List<Quote> quotes = new ArrayList<>(a.quotes().size());
    for (Quote q : a.quotes()) {
      quotes.add(
          new Quote(q.paragraph(), q.kind(), q.text(), start(q.start(), q.end()), end(q.start(), q.end()), q.speaker(),
              q.speakerMention(), q.cue()));
    }
    List<ParagraphTone> tones = new ArrayList<>(a.tones().size());
    for (ParagraphTone t : a.tones()) {
      List<ToneCue> cues = new ArrayList<>(t.cues().size());
      for (ToneCue c : t.cues()) {
        cues.add(new ToneCue(c.text(), start(c.start(), c.end()), end(c.start(), c.end()), c.contribution(), c.flags()));
      }
      tones.add(new ParagraphTone(t.paragraph(), t.heading(), t.score(), t.label(), cues));
    }
    List<Note> notes = new ArrayList<>(a.notes().size());
    for (Note n : a.notes()) {
      notes.add(new Note(text.start(n.offset()), n.message()));
    }
    List<EntityMention> mentions = new ArrayList<>(a.mentions().size());
    for (EntityMention m : a.mentions()) {
      mentions.add(
          new EntityMention(m.entity(), m.type(), m.paragraph(), m.form(), m.text(), start(m.start(), m.end()),
              end(m.start(), m.end())));
    }
    return new ArticleAnalysis(article(a.article()), entities, quotes, tones, a.articleTone(), notes, mentions, a.language(), a.paragraphLanguages());
  }

  private Article article(Article article) {
    List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs().size());
    for (Paragraph p : article.paragraphs()) {
      List<Sentence> sentences = new ArrayList<>(p.sentences().size());
      for (Sentence s : p.sentences()) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          tokens.add(new Token(t.text(), t.lower(), t.stem(), t.kind(), start(t.start(), t.end()), end(t.start(), t.end())));
        }
        sentences.add(new Sentence(start(s.start(), s.end()), end(s.start(), s.end()), tokens));
      }
      paragraphs.add(new Paragraph(p.number(), start(p.start(), p.end()), end(p.start(), p.end()), p.heading(), sentences));
    }
    return new Article(article.id(), article.date(), article.source(), text.original(), paragraphs);
  }

  private int start(int start, int end) {
    return text.start(start);
  }

  /** The end of {@code [start, end)}; an empty span stays empty. */
  private int end(int start, int end) {
    return start == end ? text.start(start) : text.end(end);
  }
}
