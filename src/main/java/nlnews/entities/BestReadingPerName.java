package nlnews.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.model.EntityType;

/**
 * One reading per name within an article, as the rules see it: every mention of a name takes the
 * reading of its best-evidenced mention (the first of the most confident), and a single word
 * that is the surname of a person the article names in full is that person. Pure function.
 */
final class BestReadingPerName {

  private BestReadingPerName() {}

  /** The {@code candidates} in the same order, each with the reading the article agrees on. */
  static List<RuleCandidate> agree(List<RuleCandidate> candidates) {
    Map<String, Integer> best = new HashMap<>();
    for (int k = 0; k < candidates.size(); k++) {
      RuleCandidate c = candidates.get(k);
      Integer b = best.get(c.text());
      if (b == null || c.reading().confidence() > candidates.get(b).reading().confidence()) {
        best.put(c.text(), k);
      }
    }
    Set<String> surnames = new HashSet<>();
    for (int b : best.values()) {
      RuleCandidate c = candidates.get(b);
      if (c.reading().type() == EntityType.PER && c.words() > 1 && c.reading().confidence() >= RuleCandidate.NAME_WORD) {
        surnames.add(c.text().substring(c.text().lastIndexOf(' ') + 1));
      }
    }
    List<RuleCandidate> agreed = new ArrayList<>(candidates.size());
    for (int k = 0; k < candidates.size(); k++) {
      RuleCandidate c = candidates.get(k);
      int b = best.get(c.text());
      // The best mention's reading as it stands when this one is read: already agreed when it came first.
      RuleCandidate.Reading bestReading = (b < k ? agreed.get(b) : candidates.get(b)).reading();
      RuleCandidate.Reading reading = c.reading();
      if (b != k && bestReading.confidence() > reading.confidence()) {
        reading = bestReading.elsewhereToo();
      }
      if (c.words() == 1 && reading.confidence() < RuleCandidate.PERSON_CUE && surnames.contains(c.text())) {
        reading = new RuleCandidate.Reading(EntityType.PER, RuleCandidate.PERSON_CUE, RuleEvidence.SURNAME);
      }
      agreed.add(c.withReading(reading));
    }
    return agreed;
  }
}
