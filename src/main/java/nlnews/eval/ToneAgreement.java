package nlnews.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nlnews.model.ParagraphTone;
import nlnews.model.ToneLabel;

/**
 * Compares the tool's paragraph labels with the gold tone of every gold paragraph, as the
 * reference scorer does: a gold paragraph the tool did not score counts as missing (and wrong).
 */
public final class ToneAgreement {

  /** The tones in the order of the confusion matrix's rows and columns. */
  public static final List<Integer> TONES = List.of(-1, 0, 1);

  /** One paragraph the tool labelled otherwise than the gold. */
  public record Error(String article, int paragraph, int gold, Integer found, double score, String cues) {}

  /**
   * The figures: {@code confusion[gold + 1][found + 1]} over the paragraphs the tool scored, the
   * gold paragraphs it did not score, and every paragraph labelled otherwise than the gold.
   */
  public record Scores(int[][] confusion, int missing, List<Error> errors) {
    public Scores {
      int[][] copy = new int[3][];
      for (int i = 0; i < 3; i++) {
        copy[i] = confusion[i].clone();
      }
      confusion = copy;
      errors = List.copyOf(errors);
    }

    /** The count of paragraphs with gold tone {@code gold} and tool label {@code found} (-1, 0 or 1). */
    public int count(int gold, int found) {
      return confusion[gold + 1][found + 1];
    }

    public int paragraphs() {
      int n = missing;
      for (int[] row : confusion) {
        for (int c : row) {
          n += c;
        }
      }
      return n;
    }

    public double accuracy() {
      int n = paragraphs();
      return n == 0 ? 0 : (double) (count(-1, -1) + count(0, 0) + count(1, 1)) / n;
    }

    /** F1 of one tone; a missing paragraph counts against recall only, as the reference does. */
    public double f1(int tone) {
      int predicted = 0;
      int gold = missingOf(tone);
      for (int t : TONES) {
        predicted += count(t, tone);
        gold += count(tone, t);
      }
      return new Prf(count(tone, tone), predicted, gold).f1();
    }

    public double macroF1() {
      return (f1(-1) + f1(0) + f1(1)) / 3;
    }

    /**
     * The share of wrong labels that lie above the gold one (too positive); 0 when none is wrong.
     * Missing paragraphs are left out: they have no label.
     */
    public double shareAbove() {
      int above = 0;
      int wrong = 0;
      for (int g : TONES) {
        for (int f : TONES) {
          if (g != f) {
            wrong += count(g, f);
            above += f > g ? count(g, f) : 0;
          }
        }
      }
      return wrong == 0 ? 0 : (double) above / wrong;
    }

    private int missingOf(int tone) {
      int n = 0;
      for (Error e : errors) {
        if (e.found() == null && e.gold() == tone) {
          n++;
        }
      }
      return n;
    }
  }

  private ToneAgreement() {}

  public static Scores score(List<Scored> articles) {
    int[][] confusion = new int[3][3];
    int missing = 0;
    List<Error> errors = new ArrayList<>();
    for (Scored s : articles) {
      Map<Integer, ParagraphTone> byNumber = new HashMap<>();
      for (ParagraphTone t : s.analysis().tones()) {
        byNumber.put(t.paragraph(), t);
      }
      for (GoldArticle.Paragraph p : s.gold().paragraphs()) {
        ParagraphTone t = byNumber.get(p.index());
        if (t == null) {
          missing++;
          errors.add(new Error(s.gold().file(), p.index(), p.tone(), null, 0, ""));
          continue;
        }
        int found = tone(t.label());
        confusion[p.tone() + 1][found + 1]++;
        if (found != p.tone()) {
          List<String> cues = new ArrayList<>();
          t.cues().forEach(c -> cues.add(c.describe()));
          errors.add(new Error(s.gold().file(), p.index(), p.tone(), found, t.score(), String.join(" ", cues)));
        }
      }
    }
    return new Scores(confusion, missing, errors);
  }

  static int tone(ToneLabel label) {
    return switch (label) {
      case NEGATIVE -> -1;
      case NEUTRAL -> 0;
      case POSITIVE -> 1;
    };
  }
}
