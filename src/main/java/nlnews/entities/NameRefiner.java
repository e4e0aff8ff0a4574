package nlnews.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nlnews.model.EntityType;
import nlnews.text.TokenIndex;

/**
 * Turns the model's names into the names an analyst counts, with the rules and gazetteers as
 * evidence:
 *
 * <ol>
 *   <li>what greedy tagging ran together is split ({@link RunTogetherSplitter});
 *   <li>each name is corrected: compounds, sentence openers, titles, departments and the
 *       gazetteer's extent and type ({@link ModelNameCorrector});
 *   <li>names the model missed are taken from the rules where their evidence is strong: a known
 *       name or adjective, a compound, a title before it, the surname of a person named in full
 *       ({@link RuleEvidence#addsMissedName});
 *   <li>one type per name within the article ({@link OneTypePerName}).
 * </ol>
 *
 * Thread-safe and pure.
 */
final class NameRefiner {

  /** What a name taken from the rules has before the rules' evidence. */
  private static final String FROM_RULES = "rules:";

  private final RunTogetherSplitter splitter;
  private final ModelNameCorrector corrector;
  private final OneTypePerName agreement;

  NameRefiner(Gazetteer gazetteer, NameContextWords words) {
    this.splitter = new RunTogetherSplitter(gazetteer);
    this.corrector = new ModelNameCorrector(gazetteer, words);
    this.agreement = new OneTypePerName(gazetteer);
  }

  /** The entity type of a model label, or null for a type nlnews does not report. */
  static EntityType type(String label) {
    return switch (label) {
      case "PER" -> EntityType.PER;
      case "LOC" -> EntityType.LOC;
      case "ORG" -> EntityType.ORG;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  /**
   * The names of the article of {@code index}, whose casing is {@code casing}, from the
   * {@code model}'s names and the {@code rules}' (both in text order; the rules' without
   * overlaps, as {@link RuleNameFinder} gives them).
   */
  List<NameSpan> refine(TokenIndex index, ArticleCasing casing, List<NameSpan> model, List<NameSpan> rules) {
    List<NameSpan> kept = new ArrayList<>();
    for (NameSpan whole : model) {
      for (NameSpan span : splitter.split(whole, TokenPlace.of(index, whole.start()))) {
        NameSpan refined = corrector.correct(index.article(), span, TokenPlace.of(index, span.start()), rules, casing);
        if (refined != null) {
          kept.add(refined);
        }
      }
    }
    kept.sort(Comparator.comparingInt(NameSpan::start));
    int[] reach = reach(kept);
    List<NameSpan> all = new ArrayList<>(kept);
    for (NameSpan r : rules) {
      if (RuleEvidence.addsMissedName(r.evidence()) && !overlaps(kept, reach, r)) {
        all.add(new NameSpan(r.start(), r.end(), r.type(), r.paragraph(), FROM_RULES + r.evidence()));
      }
    }
    all.sort(Comparator.comparingInt(NameSpan::start).thenComparingInt(NameSpan::end));
    return agreement.apply(index.article(), all);
  }

  /** For each of the names {@code sorted} by start, the furthest end of it and the names before it. */
  private static int[] reach(List<NameSpan> sorted) {
    int[] reach = new int[sorted.size()];
    int furthest = Integer.MIN_VALUE;
    for (int i = 0; i < reach.length; i++) {
      furthest = Math.max(furthest, sorted.get(i).end());
      reach[i] = furthest;
    }
    return reach;
  }

  /**
   * True when {@code r} overlaps one of the names {@code sorted} by start, whose {@link #reach}
   * is {@code reach}: one of those that start before r ends reaches past r's start. A binary
   * search, not a scan: an article can have tens of thousands of names.
   */
  private static boolean overlaps(List<NameSpan> sorted, int[] reach, NameSpan r) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < r.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && reach[lo - 1] > r.start();
  }
}
