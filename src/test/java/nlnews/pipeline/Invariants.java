package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.Mention;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.ToneCue;

/** What every analysis must satisfy, whatever the input. */
final class Invariants {

  private Invariants() {}

  private static String squeeze(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (!nlnews.text.TokenScanner.isSpace(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  static void check(String context, ArticleAnalysis a) {
    Article article = a.article();
    String text = article.text();
    int previousEnd = 0;
    int number = 1;
    for (Paragraph p : article.paragraphs()) {
      assertEquals(number++, p.number(), context);
      assertTrue(p.start() >= previousEnd && p.end() <= text.length() && p.start() < p.end(), context);
      assertFalse(p.sentences().isEmpty(), context);
      int tokenStart = p.start();
      int tokenEnd = p.start();
      for (Sentence s : p.sentences()) {
        assertFalse(s.tokens().isEmpty(), context);
        for (Token t : s.tokens()) {
          // Tokens follow one another. Where the tokenizer split what composes as one piece ("⫝"
          // and the combining solidus of U+2ADC), each token stands at the whole piece, so they
          // overlap, as Lucene allows: never backwards.
          boolean composed = !AnalysisText.isPlain(text.substring(Math.min(tokenStart, t.start()), t.end()));
          assertTrue(t.start() >= tokenEnd || composed && t.start() >= tokenStart && t.end() >= tokenEnd, context + " " + t);
          assertTrue(t.end() <= p.end() && t.start() < t.end(), context + " " + t);
          // The stages see the composed text (AnalysisText); offsets point into the text as written,
          // at a whole composed piece where a token has only part of one ("⫝" of U+2ADC).
          assertTrue(AnalysisText.form(text.substring(t.start(), t.end())).contains(t.text()), context + " " + t);
          assertFalse(t.stem().isEmpty(), context + " " + t);
          tokenStart = t.start();
          tokenEnd = t.end();
        }
      }
      previousEnd = p.end();
    }
    for (Entity e : a.entities()) {
      assertEquals(e.mentions().size(), e.count(), context);
      assertTrue(e.count() > 0, context);
      for (Mention m : e.mentions()) {
        assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), context + " " + m);
        assertTrue(squeeze(AnalysisText.form(text.substring(m.start(), m.end()))).contains(squeeze(m.text())), context + " " + m);
        assertTrue(e.variants().contains(m.text()), context + " " + e);
      }
    }
    int previousQuote = -1;
    for (Quote q : a.quotes()) {
      assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end(), context + " " + q);
      assertTrue(AnalysisText.form(text.substring(q.start(), q.end())).contains(q.text()), context + " " + q);
      assertTrue(q.start() > previousQuote, context + " quotes in text order");
      previousQuote = q.start();
      assertTrue(q.paragraph() >= 1 && q.paragraph() <= article.paragraphs().size(), context);
    }
    assertTrue(a.tones().isEmpty() || a.tones().size() == article.paragraphs().size(), context);
    for (ParagraphTone t : a.tones()) {
      assertTrue(t.score() >= -1 && t.score() <= 1, context);
      Paragraph p = article.paragraphs().get(t.paragraph() - 1);
      for (ToneCue c : t.cues()) {
        assertTrue(c.start() >= p.start() && c.end() <= p.end(), context + " " + c);
        assertTrue(c.contribution() != 0, context + " " + c);
      }
    }
    assertTrue(a.articleTone().score() >= -1 && a.articleTone().score() <= 1, context);
    int previousMention = -1;
    for (EntityMention m : a.mentions()) {
      assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), context + " " + m);
      assertTrue(squeeze(AnalysisText.form(text.substring(m.start(), m.end()))).contains(squeeze(m.text())), context + " " + m);
      assertTrue(m.start() >= previousMention, context + " mentions in text order");
      previousMention = m.start();
      assertTrue(m.paragraph() >= 1 && m.paragraph() <= article.paragraphs().size(), context + " " + m);
      Paragraph p = article.paragraphs().get(m.paragraph() - 1);
      assertTrue(m.start() >= p.start() && m.end() <= p.end(), context + " mention inside its paragraph " + m);
    }
  }
}
