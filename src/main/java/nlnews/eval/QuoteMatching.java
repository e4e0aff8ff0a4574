package nlnews.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;

/**
 * Scores the tool's quotations and speakers against gold ones, as the reference scorer does:
 * direct and partial quotations only (gold scare quotes, found scare quotes and titles are left
 * out); a found quotation matches the unmatched gold one whose longest common substring with it
 * is the largest share of the longer text, when that share is at least {@value #MIN_OVERLAP}. A
 * speaker is right when it is one of the gold entity's names or variants, or a name (every word
 * capitalised or a particle) with the same last word: "Peskov" for "Dmitry Peskov".
 */
public final class QuoteMatching {

  /** The least share of the longer text that the common substring must cover for a match. */
  static final double MIN_OVERLAP = 0.5;

  /** What became of one quotation, for the details list. */
  public enum Outcome {
    /** Matched; the speaker is not the gold one. */
    WRONG_SPEAKER,
    /** Matched; the gold says the article does not tell who spoke, the tool named someone. */
    SPEAKER_NOT_KNOWN,
    /** Found but not in the gold. */
    SPURIOUS,
    /** In the gold, not found. */
    MISSED
  }

  /** One quotation that was not entirely right. */
  public record Error(String article, Outcome outcome, int paragraph, String text, String speaker, String cue, String goldSpeaker) {}

  /**
   * The figures: quotation matches; matched quotations with a gold speaker and how many of those
   * have the right one; matched quotations whose speaker the gold does not know, named or left
   * empty by the tool; and every quotation that was not entirely right.
   */
  public record Scores(Prf quotes, int speakerRight, int speakerTotal, int namedForUnknown, int emptyForUnknown, List<Error> errors) {
    public Scores {
      errors = List.copyOf(errors);
    }

    /** Right speakers among matched quotations with a gold speaker; 0 when there are none. */
    public double speakerAccuracy() {
      return speakerTotal == 0 ? 0 : (double) speakerRight / speakerTotal;
    }
  }

  private QuoteMatching() {}

  public static Scores score(List<Scored> articles) {
    int matched = 0;
    int predicted = 0;
    int goldCount = 0;
    int right = 0;
    int total = 0;
    int named = 0;
    int empty = 0;
    List<Error> errors = new ArrayList<>();
    for (Scored s : articles) {
      String article = s.gold().file();
      List<GoldArticle.Quote> gold = new ArrayList<>();
      for (GoldArticle.Quote q : s.gold().quotes()) {
        if (!q.kind().equals("scare")) {
          gold.add(q);
        }
      }
      List<String> goldTexts = new ArrayList<>();
      for (GoldArticle.Quote q : gold) {
        goldTexts.add(GoldText.normalise(q.text()));
      }
      goldCount += gold.size();
      boolean[] used = new boolean[gold.size()];
      for (Quote q : s.analysis().quotes()) {
        if (q.kind() == QuoteKind.SCARE || q.kind() == QuoteKind.TITLE) {
          continue;
        }
        predicted++;
        int match = bestMatch(GoldText.normalise(q.text()), goldTexts, used);
        if (match < 0) {
          errors.add(new Error(article, Outcome.SPURIOUS, q.paragraph(), q.text(), q.speaker(), q.cue(), ""));
          continue;
        }
        used[match] = true;
        matched++;
        GoldArticle.Quote g = gold.get(match);
        if (!g.speaker().isEmpty()) {
          total++;
          if (speakerMatches(q.speaker(), g.speaker(), aliases(s.gold(), g.speaker()))) {
            right++;
          } else {
            errors.add(new Error(article, Outcome.WRONG_SPEAKER, q.paragraph(), q.text(), q.speaker(), q.cue(), g.speaker()));
          }
        } else if (!q.speaker().isEmpty()) {
          named++;
          errors.add(new Error(article, Outcome.SPEAKER_NOT_KNOWN, q.paragraph(), q.text(), q.speaker(), q.cue(), ""));
        } else {
          empty++;
        }
      }
      for (int i = 0; i < gold.size(); i++) {
        if (!used[i]) {
          GoldArticle.Quote g = gold.get(i);
          errors.add(new Error(article, Outcome.MISSED, g.paragraph(), g.text(), "", "", g.speaker()));
        }
      }
    }
    return new Scores(new Prf(matched, predicted, goldCount), right, total, named, empty, errors);
  }

  /** The unmatched gold text sharing the largest share of the longer text with {@code found}, or -1 below the minimum. */
  private static int bestMatch(String found, List<String> gold, boolean[] used) {
    double best = 0;
    int at = -1;
    for (int i = 0; i < gold.size(); i++) {
      if (used[i]) {
        continue;
      }
      String g = gold.get(i);
      int longer = Math.max(Math.max(GoldText.length(found), GoldText.length(g)), 1);
      double overlap = (double) GoldText.longestCommonSubstring(found, g) / longer;
      if (overlap > best) {
        best = overlap;
        at = i;
      }
    }
    return best >= MIN_OVERLAP ? at : -1;
  }

  /** The gold speaker's names: itself, and every name and variant of the gold entities that include it. */
  static Set<String> aliases(GoldArticle gold, String speaker) {
    String key = GoldText.normalise(speaker);
    Set<String> aliases = new HashSet<>();
    aliases.add(key);
    for (GoldArticle.Entity e : gold.entities()) {
      Set<String> names = new HashSet<>();
      names.add(GoldText.normalise(e.name()));
      for (String v : e.variants()) {
        names.add(GoldText.normalise(v));
      }
      if (names.contains(key)) {
        aliases.addAll(names);
      }
    }
    return aliases;
  }

  static boolean speakerMatches(String found, String goldSpeaker, Set<String> aliases) {
    String key = GoldText.normalise(found);
    if (key.isEmpty()) {
      return false;
    }
    if (aliases.contains(key)) {
      return true;
    }
    for (String w : GoldText.words(found)) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !GoldText.PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return lastWord(key).equals(lastWord(GoldText.normalise(goldSpeaker)));
  }

  private static String lastWord(String normalised) {
    return normalised.substring(normalised.lastIndexOf(' ') + 1);
  }
}
