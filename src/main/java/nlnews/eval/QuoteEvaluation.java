package nlnews.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nlnews.model.Quote;
import nlnews.text.TokenScanner;

/**
 * Scores found quotations against gold ones. A found quotation matches a gold one when their
 * spans in the article overlap by at least half the length of the longer; each quotation matches
 * at most once, the largest overlaps first. Speakers are compared after Unicode normalisation,
 * with case and runs of white space ignored. Pure: text in, numbers out.
 */
public final class QuoteEvaluation {

  private QuoteEvaluation() {}

  /** A gold quotation placed in its article: {@code [start, end)}, or -1 when its text is not there. */
  public record Located(GoldQuote gold, int start, int end) {
    public boolean found() {
      return start >= 0;
    }
  }

  /** A found quotation paired with the gold quotation it matches. */
  public record Match(Located gold, Quote found) {
    public boolean speakerCorrect() {
      return sameSpeaker(gold.gold().speaker(), found.speaker());
    }

    public boolean kindCorrect() {
      return gold.gold().kind().equals(found.kind().label());
    }
  }

  /**
   * The outcome for one article: matches in text order, gold quotations not found (in gold
   * order), found quotations that match nothing (in text order), and gold quotations whose text
   * does not occur in the article.
   */
  public record ArticleScore(
      String article, List<Match> matches, List<Located> missed, List<Quote> spurious, List<GoldQuote> unlocated) {
    public ArticleScore {
      matches = List.copyOf(matches);
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
      unlocated = List.copyOf(unlocated);
    }
  }

  /** Counts over a set of articles and the ratios they give; a ratio over nothing is NaN. */
  public record Summary(
      int articles, int gold, int found, int matched, int speakerCorrect, int kindCorrect, int matchedWithSpeaker,
      int speakerCorrectWithSpeaker) {

    public static Summary of(List<ArticleScore> scores) {
      int gold = 0;
      int found = 0;
      int matched = 0;
      int speakers = 0;
      int kinds = 0;
      int withSpeaker = 0;
      int speakersOfThose = 0;
      for (ArticleScore s : scores) {
        gold += s.matches().size() + s.missed().size() + s.unlocated().size();
        found += s.matches().size() + s.spurious().size();
        matched += s.matches().size();
        for (Match m : s.matches()) {
          speakers += m.speakerCorrect() ? 1 : 0;
          kinds += m.kindCorrect() ? 1 : 0;
          if (!m.gold().gold().speaker().isBlank()) {
            withSpeaker++;
            speakersOfThose += m.speakerCorrect() ? 1 : 0;
          }
        }
      }
      return new Summary(scores.size(), gold, found, matched, speakers, kinds, withSpeaker, speakersOfThose);
    }

    public double precision() {
      return ratio(matched, found);
    }

    public double recall() {
      return ratio(matched, gold);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      if (Double.isNaN(p) || Double.isNaN(r)) {
        return Double.NaN;
      }
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
      return ratio(speakerCorrect, matched);
    }

    /** Speaker accuracy on the matched quotations that have a speaker in the gold (not scare quotes or titles). */
    public double namedSpeakerAccuracy() {
      return ratio(speakerCorrectWithSpeaker, matchedWithSpeaker);
    }

    public double kindAccuracy() {
      return ratio(kindCorrect, matched);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? Double.NaN : (double) part / whole;
    }
  }

  /** Scores the quotations {@code found} in {@code text} against the gold quotations of that article. */
  public static ArticleScore score(String article, String text, List<Quote> found, List<GoldQuote> gold) {
    List<Located> located = locate(text, gold);
    List<GoldQuote> unlocated = new ArrayList<>();
    List<Located> placed = new ArrayList<>();
    for (Located l : located) {
      if (l.found()) {
        placed.add(l);
      } else {
        unlocated.add(l.gold());
      }
    }
    record Candidate(int gold, int found, int overlap) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < placed.size(); g++) {
      Located l = placed.get(g);
      for (int f = 0; f < found.size(); f++) {
        Quote q = found.get(f);
        int overlap = Math.min(l.end(), q.end()) - Math.max(l.start(), q.start());
        int longer = Math.max(l.end() - l.start(), q.end() - q.start());
        if (overlap > 0 && 2L * overlap >= longer) {
          candidates.add(new Candidate(g, f, overlap));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::overlap).reversed()
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::found));
    Quote[] matchOf = new Quote[placed.size()];
    boolean[] used = new boolean[found.size()];
    for (Candidate c : candidates) {
      if (matchOf[c.gold()] == null && !used[c.found()]) {
        matchOf[c.gold()] = found.get(c.found());
        used[c.found()] = true;
      }
    }
    List<Match> matches = new ArrayList<>();
    List<Located> missed = new ArrayList<>();
    for (int g = 0; g < placed.size(); g++) {
      if (matchOf[g] != null) {
        matches.add(new Match(placed.get(g), matchOf[g]));
      } else {
        missed.add(placed.get(g));
      }
    }
    matches.sort(Comparator.comparingInt(m -> m.found().start()));
    List<Quote> spurious = new ArrayList<>();
    for (int f = 0; f < found.size(); f++) {
      if (!used[f]) {
        spurious.add(found.get(f));
      }
    }
    return new ArticleScore(article, matches, missed, spurious, unlocated);
  }

  /**
   * Places each gold quotation in the text, in the order given: the first occurrence after the
   * previous one that an opening mark or a dialogue dash precedes, else the first occurrence
   * after the previous one, else the first anywhere.
   */
  public static List<Located> locate(String text, List<GoldQuote> gold) {
    List<Located> out = new ArrayList<>(gold.size());
    int from = 0;
    for (GoldQuote g : gold) {
      String q = g.quote();
      int start = -1;
      for (int k = text.indexOf(q, from); k >= 0; k = text.indexOf(q, k + 1)) {
        if (afterOpening(text, k)) {
          start = k;
          break;
        }
      }
      if (start < 0) {
        start = text.indexOf(q, from);
      }
      if (start < 0) {
        start = text.indexOf(q);
      }
      if (start < 0) {
        out.add(new Located(g, -1, -1));
        continue;
      }
      out.add(new Located(g, start, start + q.length()));
      from = start + q.length();
    }
    return out;
  }

  private static boolean afterOpening(String text, int k) {
    if (k == 0) {
      return false;
    }
    char before = text.charAt(k - 1);
    if (TokenScanner.isQuoteMark(before) || before == ',' && k >= 2 && text.charAt(k - 2) == ',') {
      return true;
    }
    return before == ' ' && k >= 2 && (text.charAt(k - 2) == '\u2014' || text.charAt(k - 2) == '\u2013');
  }

  /** True when two speaker names are the same once case, accents' encoding and spacing are set aside. */
  public static boolean sameSpeaker(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
