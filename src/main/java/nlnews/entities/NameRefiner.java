package nlnews.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nlnews.model.Article;
import nlnews.model.EntityType;
import nlnews.model.Paragraph;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.Lookup;

/**
 * Turns the model's names into the names an analyst counts, with the rules and gazetteers as
 * evidence:
 *
 * <ol>
 *   <li>a hyphenated compound the model tags whole ("Kremlin-woordvoerder", MISC in the CoNLL
 *       convention) becomes a mention of its name part, typed by the rules ("Kremlin", ORG), or
 *       nothing when the rules see no name in it ("Oud-premier");
 *   <li>what greedy tagging ran together is split: a person starts at the first name
 *       ("Nederlander Bas Hoekstra") and ends before a lower-case word ("B. stak Lammers");
 *   <li>a department after a title belongs to the title ("minister van Economie"), and a title
 *       alone is no name ("Volgens CEO Laurent Mertens");
 *   <li>a capitalised word that opens a sentence and is an ordinary word (a common word, or one
 *       the article also writes in lower case) is no name, nor the first word of one;
 *   <li>where a gazetteer name covers the model's name, the gazetteer's extent and type win
 *       (it follows this tool's conventions; the training data follows De Morgen's of 2000);
 *   <li>names the model missed are taken from the rules where their evidence is strong: a known
 *       name or adjective, a compound, a title before it, the surname of a person named in full;
 *   <li>one type per name within the article: the surname of a person named in full is that
 *       person, a word of an organisation's name that organisation (unless the gazetteer knows
 *       it: "Harderwijk" stays a place); otherwise the type given most often.
 * </ol>
 *
 * Thread-safe and pure.
 */
final class NameRefiner {

  /** Rule evidence strong enough to add a name the model did not find. */
  private static final Set<String> FALLBACK_EVIDENCE = Lookup.words("gazetteer", "adjective", "compound", "title", "surname");

  private final Gazetteer gazetteer;

  NameRefiner(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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

  /** Where each token is: its sentence's tokens and index. */
  private record Place(List<Token> sentence, int index) {}

  List<NameSpan> refine(Article article, List<NameSpan> model, List<NameSpan> rules) {
    Map<Integer, Place> byStart = new HashMap<>();
    Set<String> lowerSeen = new HashSet<>();
    Set<String> capitalInside = new HashSet<>();
    for (Paragraph p : article.paragraphs()) {
      for (Sentence s : p.sentences()) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          byStart.put(t.start(), new Place(tokens, i));
          if (t.kind() != TokenKind.WORD) {
            continue;
          }
          if (!t.isCapitalized()) {
            lowerSeen.add(t.lower());
          } else if (!RuleNameFinder.isInitial(tokens, i)) {
            capitalInside.add(t.text());
          }
        }
      }
    }
    List<NameSpan> kept = new ArrayList<>();
    for (NameSpan whole : model) {
      for (NameSpan span : split(whole, byStart)) {
        NameSpan refined = refineOne(article, span, byStart, rules, lowerSeen, capitalInside);
        if (refined != null) {
          kept.add(refined);
        }
      }
    }
    // Fallbacks: strong rule names where the model has nothing.
    kept.sort(Comparator.comparingInt(NameSpan::start));
    List<NameSpan> all = new ArrayList<>(kept);
    for (NameSpan r : rules) {
      if (FALLBACK_EVIDENCE.contains(r.evidence().replace("-elsewhere", "")) && !overlaps(kept, r)) {
        all.add(new NameSpan(r.start(), r.end(), r.type(), r.paragraph(), "rules:" + r.evidence()));
      }
    }
    all.sort(Comparator.comparingInt(NameSpan::start).thenComparingInt(NameSpan::end));
    return harmonise(article, all);
  }

  /**
   * Splits what greedy tagging ran together: a word before a first name that is no part of the
   * name ("Nederlander Bas Hoekstra", "Defensie Kajsa Ollongren": the person starts at the first
   * name), and a person's name running on over a lower-case word that is no particle ("B. stak
   * Lammers" ends before "stak").
   */
  private List<NameSpan> split(NameSpan span, Map<Integer, Place> byStart) {
    Place place = byStart.get(span.start());
    if (place == null) {
      return List.of(span);
    }
    List<Token> tokens = place.sentence();
    int from = place.index();
    int to = from;
    while (to < tokens.size() && tokens.get(to).end() <= span.end()) {
      to++;
    }
    if (span.type() == EntityType.PER) {
      for (int k = from + 1; k < to; k++) {
        Token t = tokens.get(k);
        if (t.kind() == TokenKind.WORD && !t.isCapitalized() && !gazetteer.isParticle(t.lower())) {
          return List.of(new NameSpan(span.start(), tokens.get(k - 1).end(), span.type(), span.paragraph(), span.evidence()));
        }
      }
    }
    for (int k = from + 1; k < to - 1; k++) {
      Token t = tokens.get(k);
      if (gazetteer.firstName(t.text()) == null) {
        continue;
      }
      boolean nameBefore = true; // first names, initials and particles before it belong to the name
      for (int b = from; b < k; b++) {
        Token before = tokens.get(b);
        nameBefore &= gazetteer.firstName(before.text()) != null || before.kind() == TokenKind.ABBREVIATION
            || gazetteer.isParticle(before.lower());
      }
      if (nameBefore) {
        return List.of(span);
      }
      return List.of(
          new NameSpan(span.start(), tokens.get(k - 1).end(), span.type(), span.paragraph(), span.evidence()),
          new NameSpan(t.start(), span.end(), EntityType.PER, span.paragraph(), span.evidence() + "-first-name"));
    }
    return List.of(span);
  }

  private NameSpan refineOne(
      Article article,
      NameSpan span,
      Map<Integer, Place> byStart,
      List<NameSpan> rules,
      Set<String> lowerSeen,
      Set<String> capitalInside) {
    Place place = byStart.get(span.start());
    if (place == null) {
      return span;
    }
    Token first = place.sentence().get(place.index());
    String text = article.slice(span.start(), span.end());
    // 1. A compound tagged whole: its name part, as the rules read it.
    if (first.end() == span.end() && RuleNameFinder.compoundHyphen(first.text()) > 0) {
      for (NameSpan r : rules) {
        if (r.start() >= span.start() && r.end() <= span.end()) {
          return new NameSpan(r.start(), r.end(), r.type(), span.paragraph(), "model+" + r.evidence());
        }
      }
      return null; // the rules found no name in it: "Oud-premier", "Anti-oorlogsbetoging"
    }
    // 2. An ordinary word that opens the sentence is no name, nor part of one.
    int start = span.start();
    int index = place.index();
    while (start < span.end() && RuleNameFinder.isInitial(place.sentence(), index)) {
      Token t = place.sentence().get(index);
      boolean ordinary =
          t.kind() == TokenKind.WORD
              && (gazetteer.isCommonWord(t.lower()) || lowerSeen.contains(t.lower()))
              && !capitalInside.contains(t.text())
              && gazetteer.name(t.text()) == null
              && !(t.end() < span.end() && gazetteer.isParticle(t.lower())); // "De Graaf", "Van Dam"
      if (!ordinary) {
        break;
      }
      if (t.end() >= span.end()) {
        return null;
      }
      index++;
      start = place.sentence().get(index).start();
    }
    if (start != span.start()) {
      text = article.slice(start, span.end());
      span = new NameSpan(start, span.end(), span.type(), span.paragraph(), span.evidence() + "-trimmed");
    }
    // A title or role noun is context, not a name: "Volgens CEO Laurent Mertens".
    if (first.end() == span.end() && gazetteer.title(first.lower()) != null && gazetteer.name(first.text()) == null) {
      return null;
    }
    // A department after a title belongs to the title: "minister van Economie"; a name after
    // it starts at its first name, else after the department's one word ("minister van
    // Defensie Kajsa Ollongren").
    if (place.index() >= 2
        && place.sentence().get(place.index() - 1).lower().equals("van")
        && gazetteer.titleOfCompound(place.sentence().get(place.index() - 2).lower()) != null) {
      if (first.end() == span.end()) {
        return null;
      }
      int k = place.index() + 1;
      Token nameStart = null;
      for (; k < place.sentence().size() && place.sentence().get(k).end() <= span.end(); k++) {
        if (gazetteer.firstName(place.sentence().get(k).text()) != null) {
          nameStart = place.sentence().get(k);
          break;
        }
      }
      if (nameStart == null) {
        nameStart = place.sentence().get(place.index() + 1); // the department is one word
      }
      span = new NameSpan(nameStart.start(), span.end(), EntityType.PER, span.paragraph(), span.evidence() + "-after-department");
      text = article.slice(span.start(), span.end());
    }
    // A common noun opening a sentence before a known name: "Gastland Turkije".
    if (first.end() < span.end() && RuleNameFinder.isInitial(place.sentence(), place.index())
        && gazetteer.name(first.text()) == null && gazetteer.firstName(first.text()) == null
        && gazetteer.name(EntityResolver.normaliseSpace(article.slice(place.sentence().get(place.index() + 1).start(), span.end()))) != null) {
      Token second = place.sentence().get(place.index() + 1);
      span = new NameSpan(second.start(), span.end(), span.type(), span.paragraph(), span.evidence() + "-trimmed");
    }
    // 3. A name the gazetteer knows: its type, and its full extent ("ministerie van Defensie"
    // where the model, trained on another convention, saw only "Defensie").
    for (NameSpan r : rules) {
      if (r.evidence().equals("gazetteer") && r.start() <= span.start() && r.end() >= span.end()
          && (r.type() != span.type() || r.end() - r.start() > span.end() - span.start())) {
        return new NameSpan(r.start(), r.end(), r.type(), span.paragraph(), "model+gazetteer");
      }
      // An organisation word the training data did not teach ("Noorderlicht Capital").
      if (r.evidence().equals("organisation-word") && r.start() == span.start() && r.end() == span.end()
          && span.type() == EntityType.MISC) {
        return new NameSpan(span.start(), span.end(), EntityType.ORG, span.paragraph(), "model+organisation-word");
      }
    }
    return span;
  }

  private static boolean overlaps(List<NameSpan> sorted, NameSpan r) {
    for (NameSpan s : sorted) {
      if (s.start() < r.end() && r.start() < s.end()) {
        return true;
      }
      if (s.start() >= r.end()) {
        break;
      }
    }
    return false;
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

  /** True when {@code text} is one or more whole words of one of {@code names}. */
  private static boolean containedInOneOf(List<String> names, String text) {
    String padded = " " + text + " ";
    for (String name : names) {
      if (name.length() > text.length() && (" " + name + " ").contains(padded)) {
        return true;
      }
    }
    return false;
  }

  /** One type per name; surnames follow their person; overlaps removed (first wins). */
  private List<NameSpan> harmonise(Article article, List<NameSpan> spans) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    List<String> persons = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    for (NameSpan s : spans) {
      String text = EntityResolver.normaliseSpace(article.slice(s.start(), s.end()));
      votes.computeIfAbsent(text, k -> new TreeMap<>()).merge(s.type(), 1, Integer::sum);
      if (text.indexOf(' ') > 0 && s.type() == EntityType.PER) {
        persons.add(text.toLowerCase(java.util.Locale.ROOT));
      } else if (text.indexOf(' ') > 0 && s.type() == EntityType.ORG) {
        organisations.add(text);
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
      String evidence = s.evidence();
      Gazetteer.Entry known = gazetteer.name(text);
      if (known == null && type != EntityType.PER && endsOneOf(persons, text.toLowerCase(java.util.Locale.ROOT))) {
        type = EntityType.PER; // "De Graaf" after "Marleen de Graaf"
      } else if (known == null && type != EntityType.ORG && containedInOneOf(organisations, text)) {
        type = EntityType.ORG; // "Oostervelde" after "SV Oostervelde '48"
      } else if (known == null || known.type() != type) {
        Map<EntityType, Integer> v = votes.get(text);
        EntityType best = type;
        for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
          if (e.getValue() > v.get(best)) {
            best = e.getKey();
          }
        }
        type = best;
      }
      if (type != s.type()) {
        evidence = evidence + "-elsewhere";
      }
      out.add(new NameSpan(s.start(), s.end(), type, s.paragraph(), evidence));
      lastEnd = s.end();
    }
    return out;
  }
}
