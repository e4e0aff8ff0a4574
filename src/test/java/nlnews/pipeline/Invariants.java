package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Entity;
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
      int tokenEnd = p.start();
      for (Sentence s : p.sentences()) {
        assertFalse(s.tokens().isEmpty(), context);
        for (Token t : s.tokens()) {
          assertTrue(t.start() >= tokenEnd && t.end() <= p.end() && t.start() < t.end(), context + " " + t);
          assertEquals(text.substring(t.start(), t.end()), t.text(), context);
          assertFalse(t.stem().isEmpty(), context + " " + t);
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
        assertEquals(squeeze(text.substring(m.start(), m.end())), squeeze(m.text()), context);
        assertTrue(e.variants().contains(m.text()), context + " " + e);
      }
    }
    int previousQuote = -1;
    for (Quote q : a.quotes()) {
      assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end(), context + " " + q);
      assertEquals(text.substring(q.start(), q.end()), q.text(), context);
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
  }
}
