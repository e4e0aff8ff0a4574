package nlnews.text;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.Paragraph;
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
    LanguageCheck.Verdict verdict = check.check(tokens);
    // Java 17: no pattern switch yet; the three cases of the sealed Verdict.
    String code;
    if (verdict instanceof LanguageCheck.Other other) {
      String named = model.detect(body(article));
      code = named.equals(TextLanguage.DUTCH.code()) ? other.code() : named;
    } else if (verdict instanceof LanguageCheck.Unsure) {
      code = model.detect(body(article));
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
