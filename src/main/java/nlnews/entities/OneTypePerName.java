package nlnews.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import nlnews.model.Article;
import nlnews.model.EntityType;

/**
 * One type per name within an article, for the refined names: what the words around a mention
 * say ({@link TypeCue}) holds for every mention of the name, the cues of a match report for their
 * mention alone; else the surname of a person named in full is that person ("De Graaf" after
 * "Marleen de Graaf"), a word of an organisation's name is that organisation ("Oostervelde" after
 * "SV Oostervelde '48") unless the gazetteer knows it ("Harderwijk" stays a place); otherwise the
 * type given most often. Overlapping names are removed, the first kept. Thread-safe and pure.
 */
final class OneTypePerName {

  private final Gazetteer gazetteer;

  OneTypePerName(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The names of {@code spans} (in text order) with one type per name and no overlaps. */
  List<NameSpan> apply(Article article, List<NameSpan> spans) {
    List<Optional<TypeCue>> none = new ArrayList<>();
    spans.forEach(s -> none.add(Optional.empty()));
    return apply(article, spans, none);
  }

  /**
   * The names of {@code spans} (in text order) with one type per name and no overlaps, where
   * {@code cues} (one per span) are what the words around each mention say.
   */
  List<NameSpan> apply(Article article, List<NameSpan> spans, List<Optional<TypeCue>> cues) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, Map<EntityType, Integer>> cued = new HashMap<>();
    // The last words of the persons' names and the runs of words inside the organisations':
    // a look-up per name, not a scan of every name (an article can have tens of thousands).
    Set<String> personEndings = new HashSet<>();
    Set<String> organisationParts = new HashSet<>();
    List<String> texts = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      NameSpan s = spans.get(i);
      String text = EntityResolver.normaliseSpace(article.slice(s.start(), s.end()));
      texts.add(text);
      Optional<TypeCue> cue = cues.get(i).filter(c -> !c.mentionOnly());
      EntityType type = cue.map(TypeCue::type).orElse(s.type());
      votes.computeIfAbsent(text, k -> new TreeMap<>()).merge(type, 1, Integer::sum);
      if (cue.isPresent() && gazetteer.name(text) == null) {
        cued.computeIfAbsent(text, k -> new TreeMap<>()).merge(type, 1, Integer::sum);
      }
      if (text.indexOf(' ') > 0 && type == EntityType.PER) {
        addEndings(text.toLowerCase(Locale.ROOT), personEndings);
      } else if (text.indexOf(' ') > 0 && type == EntityType.ORG) {
        addParts(text, organisationParts);
      }
    }
    List<NameSpan> out = new ArrayList<>();
    int lastEnd = -1;
    for (int i = 0; i < spans.size(); i++) {
      NameSpan s = spans.get(i);
      if (s.start() < lastEnd) {
        continue;
      }
      Optional<TypeCue> cue = cues.get(i);
      String text = texts.get(i);
      EntityType type;
      String evidence = s.evidence();
      if (cue.isPresent() && (cue.get().mentionOnly() || !cued.containsKey(text))) {
        // a match report's team, or a cue about a name the gazetteer knows: this mention alone
        type = cue.get().type();
        evidence += "+" + cue.get().label();
      } else if (cued.containsKey(text)) {
        type = mostGiven(cued.get(text), cue.map(TypeCue::type).orElse(s.type()));
        evidence += cue.map(c -> "+" + c.label()).orElse("+cue" + RuleEvidence.ELSEWHERE);
      } else {
        type = agreedType(text, s.type(), votes, personEndings, organisationParts);
      }
      if (type != s.type() && evidence.equals(s.evidence())) {
        evidence += RuleEvidence.ELSEWHERE;
      }
      out.add(new NameSpan(s.start(), s.end(), type, s.paragraph(), evidence));
      lastEnd = s.end();
    }
    return out;
  }

  /** The type of a name no cue decides: a person's surname, a word of an organisation's name, or the type given most often. */
  private EntityType agreedType(String text, EntityType type, Map<String, Map<EntityType, Integer>> votes, Set<String> personEndings,
      Set<String> organisationParts) {
    Gazetteer.Entry known = gazetteer.name(text);
    if (known == null && type != EntityType.PER && personEndings.contains(text.toLowerCase(Locale.ROOT))) {
      return EntityType.PER; // "De Graaf" after "Marleen de Graaf"
    } else if (known == null && type != EntityType.ORG && organisationParts.contains(text)) {
      return EntityType.ORG; // "Oostervelde" after "SV Oostervelde '48"
    } else if (known == null || known.type() != type) {
      return mostGiven(votes.get(text), type);
    }
    return type;
  }

  /** The type with the most votes; among equals, {@code type}, else the first in type order. */
  private static EntityType mostGiven(Map<EntityType, Integer> votes, EntityType type) {
    EntityType best = type;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
      if (e.getValue() > votes.getOrDefault(best, 0)) {
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
