package nlnews.text;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.Paragraph;
import nlnews.model.ParagraphLanguage;
import nlnews.model.Sentence;
import nlnews.model.TextLanguage;
import nlnews.model.Token;

/**
 * The language of an article: the cheap function-word check ({@link LanguageCheck}) first, which
 * decides the Dutch articles (nearly all of a Dutch or Belgian archive) alone; the OpenNLP model
 * ({@link LanguageModel}) where the check is unsure, and to name the language of an article the
 * check found not Dutch (its lists are six languages; Spanish is most like French to them). Where
 * the check found the article not Dutch and the model calls it Dutch, the check wins: Dutch and
 * Flemish never reach that point (the check decides them), and a close neighbour (Frisian,
 * Afrikaans) stays flagged whatever the model, trained on other text, makes of a short one.
 * Thread-safe.
 */
public final class LanguageIdentifier {

  private final LanguageWords words;
  private final LanguageCheck check;
  private final LanguageModel model;

  public LanguageIdentifier(LanguageWords words, LanguageModel model) {
    this.words = words;
    this.check = new LanguageCheck(words);
    this.model = model;
  }

  /** The language of {@code article}; {@link TextLanguage#UNKNOWN} when it has no text. */
  public TextLanguage identify(Article article) {
    if (article.paragraphs().isEmpty()) {
      return TextLanguage.UNKNOWN;
    }
    // The sentences that hold the words the check reads, not the whole of a long article.
    List<Token> tokens = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      for (Sentence s : p.sentences()) {
        if (tokens.size() > 2 * LanguageCheck.MAX_WORDS) {
          break;
        }
        tokens.addAll(s.tokens());
      }
    }
    return language(check.check(tokens), body(article));
  }

  /**
   * The paragraphs of {@code article} written in another language than {@code articleLanguage}
   * (an English quotation, a Frisian paragraph in a Dutch article), in text order. A paragraph of
   * fewer than {@value #MIN_PARAGRAPH_WORDS} words is not checked. The same rules as for the
   * article: the check decides, the model only where it is unsure or to name another language;
   * in a Dutch article the check finds nearly every paragraph Dutch alone.
   */
  public List<ParagraphLanguage> paragraphs(Article article, TextLanguage articleLanguage) {
    if (articleLanguage.code().isEmpty()) {
      return List.of();
    }
    List<ParagraphLanguage> out = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      List<Token> tokens = p.tokens();
      if (words(tokens) < MIN_PARAGRAPH_WORDS) {
        continue;
      }
      TextLanguage language = language(check.check(tokens), article.text().subSequence(p.start(), p.end()));
      if (!language.code().equals(articleLanguage.code())) {
        out.add(new ParagraphLanguage(p.number(), language));
      }
    }
    return out;
  }

  /**
   * The fewest words of a paragraph whose language is checked. One word moves a share of
   * function words by 1/n: from 20 words on, that is 0.05 or less, about the check's margin
   * ({@link LanguageCheck#MARGIN}), so one stray word (an "in" English and Dutch share, a "de" in
   * a name) no longer decides; and 20 words (some 120 characters) is about the least the model's
   * character n-grams read reliably. Shorter paragraphs (headings, captions, bylines, one-line
   * quotations) are taken to be in the article's language.
   */
  static final int MIN_PARAGRAPH_WORDS = 20;

  private static int words(List<Token> tokens) {
    int n = 0;
    for (Token t : tokens) {
      if (t.isWord()) {
        n++;
      }
    }
    return n;
  }

  /** The language the check's verdict on {@code text} comes to, asking the model where it must. */
  private TextLanguage language(LanguageCheck.Verdict verdict, CharSequence text) {
    // Java 17: no pattern switch yet; the three cases of the sealed Verdict.
    String code;
    if (verdict instanceof LanguageCheck.Other other) {
      String named = model.detect(text);
      code = named.equals(TextLanguage.DUTCH.code()) ? other.code() : named;
    } else if (verdict instanceof LanguageCheck.Unsure) {
      code = model.detect(text);
    } else {
      code = TextLanguage.DUTCH.code();
    }
    return code.equals(TextLanguage.DUTCH.code()) ? TextLanguage.DUTCH : new TextLanguage(code, words.name(code));
  }

  /** The text of the article's paragraphs, without a date marker before them. */
  private static CharSequence body(Article article) {
    List<Paragraph> ps = article.paragraphs();
    return article.text().substring(ps.get(0).start(), ps.get(ps.size() - 1).end());
  }
}
