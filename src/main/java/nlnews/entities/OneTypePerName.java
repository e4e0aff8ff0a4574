package nlnews.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nlnews.model.Article;
import nlnews.model.EntityType;

/**
 * One type per name within an article, for the refined names: the surname of a person named in
 * full is that person ("De Graaf" after "Marleen de Graaf"), a word of an organisation's name is
 * that organisation ("Oostervelde" after "SV Oostervelde '48") unless the gazetteer knows it
 * ("Harderwijk" stays a place); otherwise the type given most often. Overlapping names are
 * removed, the first kept. Thread-safe and pure.
 */
final class OneTypePerName {

  private final Gazetteer gazetteer;

  OneTypePerName(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The names of {@code spans} (in text order) with one type per name and no overlaps. */
  List<NameSpan> apply(Article article, List<NameSpan> spans) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    // The last words of the persons' names and the runs of words inside the organisations':
    // a look-up per name, not a scan of every name (an article can have tens of thousands).
    Set<String> personEndings = new HashSet<>();
    Set<String> organisationParts = new HashSet<>();
    for (NameSpan s : spans) {
      String text = EntityResolver.normaliseSpace(article.slice(s.start(), s.end()));
      votes.computeIfAbsent(text, k -> new TreeMap<>()).merge(s.type(), 1, Integer::sum);
      if (text.indexOf(' ') > 0 && s.type() == EntityType.PER) {
        addEndings(text.toLowerCase(Locale.ROOT), personEndings);
      } else if (text.indexOf(' ') > 0 && s.type() == EntityType.ORG) {
        addParts(text, organisationParts);
      }
    }
    List<NameSpan> out = new ArrayList<>();
    int lastEnd = -1;
    for (NameSpan s : spans) {
      if (s.start() < lastEnd) {
        continue;
      }
      String text = EntityResolver.normaliseSpace(article.slice(s.start(), s.end()));
      EntityType type = s.type();
      Gazetteer.Entry known = gazetteer.name(text);
      if (known == null && type != EntityType.PER && personEndings.contains(text.toLowerCase(Locale.ROOT))) {
        type = EntityType.PER; // "De Graaf" after "Marleen de Graaf"
      } else if (known == null && type != EntityType.ORG && organisationParts.contains(text)) {
        type = EntityType.ORG; // "Oostervelde" after "SV Oostervelde '48"
      } else if (known == null || known.type() != type) {
        type = mostGiven(votes.get(text), type);
      }
      String evidence = type != s.type() ? s.evidence() + RuleEvidence.ELSEWHERE : s.evidence();
      out.add(new NameSpan(s.start(), s.end(), type, s.paragraph(), evidence));
      lastEnd = s.end();
    }
    return out;
  }

  /** The type with the most votes; among equals, {@code type}, else the first in type order. */
  private static EntityType mostGiven(Map<EntityType, Integer> votes, EntityType type) {
    EntityType best = type;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
      if (e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** Adds the last word or words of {@code name} (words of one space each), not the whole name. */
  private static void addEndings(String name, Set<String> endings) {
    for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
      if (i > 0 && i + 1 < name.length()) {
        endings.add(name.substring(i + 1));
      }
    }
  }

  /** Adds every run of one or more whole words of {@code name}, not the whole name. */
  private static void addParts(String name, Set<String> parts) {
    String[] words = name.split(" ", -1);
    for (int from = 0; from < words.length; from++) {
      StringBuilder b = new StringBuilder();
      for (int to = from; to < words.length; to++) {
        if (to > from) {
          b.append(' ');
        }
        b.append(words[to]);
        if (from > 0 || to < words.length - 1) {
          parts.add(b.toString());
        }
      }
    }
  }
}
