package nlnews.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<String> persons = new ArrayList<>();
    List<String> organisations = new ArrayList<>(); // padded with a space each side
    for (NameSpan s : spans) {
      String text = EntityResolver.normaliseSpace(article.slice(s.start(), s.end()));
      votes.computeIfAbsent(text, k -> new TreeMap<>()).merge(s.type(), 1, Integer::sum);
      if (text.indexOf(' ') > 0 && s.type() == EntityType.PER) {
        persons.add(text.toLowerCase(Locale.ROOT));
      } else if (text.indexOf(' ') > 0 && s.type() == EntityType.ORG) {
        organisations.add(" " + text + " ");
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
      if (known == null && type != EntityType.PER && endsOneOf(persons, text.toLowerCase(Locale.ROOT))) {
        type = EntityType.PER; // "De Graaf" after "Marleen de Graaf"
      } else if (known == null && type != EntityType.ORG && containedInOneOf(organisations, text)) {
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

  /** True when {@code text} is the last word or words of one of {@code names}. */
  private static boolean endsOneOf(List<String> names, String text) {
    for (String name : names) {
      if (name.length() > text.length() + 1 && name.endsWith(text) && name.charAt(name.length() - text.length() - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} is one or more whole words of one of {@code paddedNames} (names with a space each side). */
  private static boolean containedInOneOf(List<String> paddedNames, String text) {
    String padded = " " + text + " ";
    for (String name : paddedNames) {
      if (name.length() > padded.length() && name.contains(padded)) {
        return true;
      }
    }
    return false;
  }
}
