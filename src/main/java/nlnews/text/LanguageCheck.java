package nlnews.text;

import java.util.List;
import nlnews.model.Token;

/**
 * The cheap language check: the share of an article's words that are function words of each
 * language ({@link LanguageWords}). Function words are a third to half of any running text and
 * differ most between close languages (Dutch "het een niet", Frisian "it in net", Afrikaans "die
 * 'n nie"), so a few sentences tell them apart; where the shares are too close, or too few words
 * are function words of any listed language, the check is unsure and says so. Thread-safe.
 */
public final class LanguageCheck {

  /** What the check found: Dutch, another language, or too close to call. */
  public sealed interface Verdict permits Dutch, Other, Unsure {}

  /** Dutch, clearly. */
  public record Dutch() implements Verdict {}

  /**
   * Not Dutch, clearly; most like the listed language {@code code} (ISO 639-3), which is the
   * language itself for the six listed, and the nearest of them for another (Spanish: French).
   */
  public record Other(String code) implements Verdict {}

  /** Too close to call, or too little to go on. */
  public record Unsure() implements Verdict {}

  /**
   * Fewer words than this say too little either way: a headline of three words or a caption is
   * called Dutch, the language of the archive, rather than guessed by a model that needs more.
   */
  static final int MIN_WORDS = 6;

  /**
   * A language leads clearly when its share of function words is this much above the next
   * one's. Dutch and Flemish news scores about 0.40 for Dutch and at most about 0.25 for any
   * other list (Frisian and Afrikaans share "de en in is op te dat"); Frisian and Afrikaans text
   * score about 0.10 more for their own list than for Dutch. 0.04 is well inside both gaps.
   */
  static final double MARGIN = 0.04;

  /**
   * Below this share of function words of the leading language the text is unlike all of them
   * (a list of names, a table of figures, another language): unsure.
   */
  static final double MIN_SHARE = 0.15;

  private static final String DUTCH = "nld";

  private final LanguageWords words;

  public LanguageCheck(LanguageWords words) {
    this.words = words;
  }

  /**
   * The words the check reads at most, from the start: a few hundred tell a language as well as
   * a whole article does, and a long article then costs no more than a short one.
   */
  static final int MAX_WORDS = 400;

  /** The verdict on the words among {@code tokens} (the first {@value #MAX_WORDS} of them). */
  public Verdict check(List<Token> tokens) {
    List<String> languages = words.languages();
    int[] hits = new int[languages.size()];
    int count = 0;
    for (Token t : tokens) {
      if (!t.isWord()) {
        continue;
      }
      if (count == MAX_WORDS) {
        break;
      }
      count++;
      int mask = words.mask(t.lower());
      for (int i = 0; mask != 0; i++, mask >>>= 1) {
        if ((mask & 1) != 0) {
          hits[i]++;
        }
      }
    }
    if (count < MIN_WORDS) {
      return new Dutch();
    }
    int best = 0;
    for (int i = 1; i < hits.length; i++) {
      if (hits[i] > hits[best]) {
        best = i;
      }
    }
    int second = -1;
    for (int i = 0; i < hits.length; i++) {
      if (i != best && (second < 0 || hits[i] > hits[second])) {
        second = i;
      }
    }
    double bestShare = (double) hits[best] / count;
    double gap = second < 0 ? bestShare : bestShare - (double) hits[second] / count;
    if (bestShare < MIN_SHARE || gap < MARGIN) {
      return new Unsure();
    }
    String code = languages.get(best);
    return code.equals(DUTCH) ? new Dutch() : new Other(code);
  }
}
