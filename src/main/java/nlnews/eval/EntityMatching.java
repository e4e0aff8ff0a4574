package nlnews.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.model.Entity;

/**
 * Scores the tool's entities against gold ones, as the reference scorer does: people, places and
 * organisations only; a found entity matches the first unmatched gold entity of its article that
 * shares a name or variant (compared through {@link GoldText#normalise}), and counts as correct
 * when the types agree; count exactness is over the correct ones.
 */
public final class EntityMatching {

  /** The types scored, in the order reports list them. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  /** What became of one entity, for the details list. */
  public enum Outcome {
    /** Found with the gold type; the counts differ. */
    WRONG_COUNT,
    /** Found, with another type than the gold one. */
    WRONG_TYPE,
    /** Found but not in the gold. */
    SPURIOUS,
    /** In the gold, not found. */
    MISSED
  }

  /** One entity that was not entirely right: the article, the name, what the tool and the gold say. */
  public record Error(String article, Outcome outcome, String name, String type, int count, String goldName, String goldType, int goldCount) {}

  /**
   * The figures: typed matches over all types and per type, matches whatever the type, typed
   * matches whose count is exact, and every entity that was not entirely right.
   */
  public record Scores(Prf all, Map<String, Prf> byType, int untypedMatches, int exactCounts, List<Error> errors) {
    public Scores {
      byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
      errors = List.copyOf(errors);
    }

    /** The share of correct entities whose count is exact; 0 when none is correct. */
    public double exactCountShare() {
      return all.correct() == 0 ? 0 : (double) exactCounts / all.correct();
    }
  }

  private EntityMatching() {}

  public static Scores score(List<Scored> articles) {
    Map<String, int[]> byType = new LinkedHashMap<>(); // type -> correct, predicted, gold
    for (String t : TYPES) {
      byType.put(t, new int[3]);
    }
    int untyped = 0;
    int exact = 0;
    List<Error> errors = new ArrayList<>();
    for (Scored s : articles) {
      String article = s.gold().file();
      List<GoldArticle.Entity> gold = new ArrayList<>();
      for (GoldArticle.Entity e : s.gold().entities()) {
        if (TYPES.contains(e.type())) {
          gold.add(e);
          byType.get(e.type())[2]++;
        }
      }
      List<Set<String>> goldNames = new ArrayList<>();
      for (GoldArticle.Entity e : gold) {
        goldNames.add(names(e.name(), e.variants()));
      }
      boolean[] used = new boolean[gold.size()];
      for (Entity e : s.analysis().entities()) {
        String type = e.type().name();
        if (!TYPES.contains(type)) {
          continue;
        }
        byType.get(type)[1]++;
        Set<String> found = names(e.name(), splitAsWritten(e.variants()));
        int match = -1;
        for (int i = 0; i < gold.size() && match < 0; i++) {
          if (!used[i] && !java.util.Collections.disjoint(found, goldNames.get(i))) {
            match = i;
          }
        }
        if (match < 0) {
          errors.add(new Error(article, Outcome.SPURIOUS, e.name(), type, e.count(), "", "", 0));
          continue;
        }
        used[match] = true;
        untyped++;
        GoldArticle.Entity g = gold.get(match);
        if (!g.type().equals(type)) {
          errors.add(new Error(article, Outcome.WRONG_TYPE, e.name(), type, e.count(), g.name(), g.type(), g.count()));
          continue;
        }
        byType.get(type)[0]++;
        if (e.count() == g.count()) {
          exact++;
        } else {
          errors.add(new Error(article, Outcome.WRONG_COUNT, e.name(), type, e.count(), g.name(), g.type(), g.count()));
        }
      }
      for (int i = 0; i < gold.size(); i++) {
        if (!used[i]) {
          GoldArticle.Entity g = gold.get(i);
          errors.add(new Error(article, Outcome.MISSED, "", "", 0, g.name(), g.type(), g.count()));
        }
      }
    }
    Map<String, Prf> prf = new LinkedHashMap<>();
    int correct = 0;
    int predicted = 0;
    int goldCount = 0;
    for (Map.Entry<String, int[]> t : byType.entrySet()) {
      int[] c = t.getValue();
      prf.put(t.getKey(), new Prf(c[0], c[1], c[2]));
      correct += c[0];
      predicted += c[1];
      goldCount += c[2];
    }
    return new Scores(new Prf(correct, predicted, goldCount), prf, untyped, exact, errors);
  }

  private static Set<String> names(String name, List<String> variants) {
    Set<String> names = new HashSet<>();
    names.add(GoldText.normalise(name));
    for (String v : variants) {
      if (!v.isEmpty()) {
        names.add(GoldText.normalise(v));
      }
    }
    return names;
  }

  /** The variants as a table row carries them, joined with '|', and split again as the reference reads them. */
  private static List<String> splitAsWritten(List<String> variants) {
    return List.of(String.join("|", variants).split("\\|"));
  }
}
