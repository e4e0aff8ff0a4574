package nlnews.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *       ({@link RuleEvidence#addsMissedName}), where the words around them say what they are
 *       (a road number, a street: {@link TypeCues}), or where the model found the same name
 *       elsewhere in the article, unless it took it for a person there (it missed "Tectrade" where
 *       the word opens a sentence);
 *   <li>names in page furniture (credits, bylines, labels) are left out ({@link PageFurniture});
 *   <li>the words around each name say its type where they can ({@link TypeCues}), and one type
 *       per name within the article ({@link OneTypePerName}).
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
  private final TypeCues cues;
  private final PageFurniture furniture;
  private final LeadingArticles articles;

  NameRefiner(Gazetteer gazetteer, NameContextWords words) {
    this.splitter = new RunTogetherSplitter(gazetteer, words);
    this.corrector = new ModelNameCorrector(gazetteer, words);
    this.agreement = new OneTypePerName(gazetteer);
    this.cues = new TypeCues(gazetteer, words);
    this.furniture = new PageFurniture(words);
    this.articles = new LeadingArticles(gazetteer);
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
    Map<String, EntityType> named = new HashMap<>();
    for (NameSpan s : kept) {
      named.putIfAbsent(EntityResolver.normaliseSpace(index.article().slice(s.start(), s.end())), s.type());
    }
    for (NameSpan r : rules) {
      if (overlaps(kept, reach, r)) {
        continue;
      }
      EntityType modelType = named.get(EntityResolver.normaliseSpace(index.article().slice(r.start(), r.end())));
      if (RuleEvidence.addsMissedName(r.evidence()) || placeOrOrganisationByCue(index, r)) {
        all.add(new NameSpan(r.start(), r.end(), r.type(), r.paragraph(), FROM_RULES + r.evidence()));
      } else if (modelType != null && modelType != EntityType.PER) {
        // the model named it elsewhere: its reading there, not the rules' weak guess; not where
        // it took a lone word for a person, which may be a plural noun ("Verzekeraars")
        all.add(new NameSpan(r.start(), r.end(), modelType, r.paragraph(), FROM_RULES + "model-elsewhere"));
      }
    }
    // at one start, the longer name first: it is kept over the shorter ("Vlaams Instituut ..." over "Vlaams")
    all.sort(Comparator.comparingInt(NameSpan::start).thenComparing(Comparator.comparingInt(NameSpan::end).reversed()));
    boolean[] credits = furniture.find(index);
    all.removeIf(s -> PageFurniture.touches(index, credits, s));
    List<NameSpan> trimmed = cues.splitPairings(index, articles.trim(index, all));
    return agreement.apply(index.article(), trimmed, cues.of(index, trimmed));
  }

  /** True when the words around a weakly evidenced rule name make it a place or organisation ("de E313", "het duo X"). */
  private boolean placeOrOrganisationByCue(TokenIndex index, NameSpan r) {
    SpanTokens t = SpanTokens.of(index, r);
    if (t == null) {
      return false;
    }
    Optional<TypeCue> cue = Optional.ofNullable(cues.cue(t, r.type(), null, false));
    return cue.map(c -> c.type() == EntityType.LOC || c.type() == EntityType.ORG).orElse(false);
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
