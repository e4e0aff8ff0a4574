package nlnews.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nlnews.entities.Gazetteer;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * The people of one article, built from the person mentions the entity stage found and checked
 * against the text, so that a speaker gets the same full name however the recogniser cut it: a
 * title glued to the front is taken off ("Producent Martijn Hoefnagels"), a lone first name is
 * joined with the surname that follows it ("Ingrid" + "van Aalst"), a first name that starts an
 * organisation's name is no person ("Willem" of "Willem II"), and shorter forms are folded into
 * the fullest one ("Ait Lahcen", "Yasmine" and "Yasmine Ait Lahcen"). Each person keeps the
 * titles and roles the article gives it (before the name, in an apposition, in a relative clause
 * "…, die al veertig jaar vrijwilliger is"), the gender its first name or a title tells, and
 * whether it is written as a suspect ("Dennis V."). Built per article; not thread-safe.
 */
final class People {

  /**
   * How many tokens before a name its titles are read: room for "de voormalige Oekraïense
   * minister van Buitenlandse Zaken," and an honorific; further back a word is about something
   * else in the sentence.
   */
  private static final int TITLE_REACH = 10;
  /** How many words of an apposition after a name are read for a role: "Hanneke Visser, hoogleraar pijngeneeskunde". */
  private static final int APPOSITION_REACH = 4;
  /** How many words of a relative clause after a name are read for a role: "…, die al veertig jaar vrijwilliger is". */
  private static final int RELATIVE_CLAUSE_REACH = 10;
  /** The most words of a department or place after a title's "van": "minister van Volksgezondheid, Welzijn en Sport" aside, three. */
  private static final int DEPARTMENT_WORDS = 3;

  /** One person: the fullest name, its tokens lower-cased, and what the article says about it. */
  static final class Person {
    final String name;
    final List<String> key;
    /** Its place among the article's people, in the order they were found. */
    final int order;
    final Set<String> titles = new HashSet<>();
    final List<Integer> mentions = new ArrayList<>();
    String gender;

    Person(String name, List<String> key, int order) {
      this.name = name;
      this.key = key;
      this.order = order;
    }

    /** True for a name written with the initial of its surname, as news writes a suspect's: "Dennis V.". */
    boolean suspect() {
      String last = key.get(key.size() - 1);
      return key.size() >= 2 && last.length() == 2 && last.endsWith(".");
    }

    @Override
    public String toString() {
      return name + titles + (gender == null ? "" : "/" + gender);
    }
  }

  /** A name as written at one place: tokens {@code [start, end)}. */
  private record Form(int start, int end, List<String> key, String text) {}

  private final TokenIndex index;
  private final Gazetteer gazetteer;
  private final QuoteNouns nouns;
  private final QuoteWords words;
  private final List<Person> people = new ArrayList<>();
  /** The people by name key, and by the words {@link #fitting} looks for; rebuilt when people go. */
  private Lookup lookup = new Lookup();
  /** The person whose name (in any form) covers token k, as found from the entity mentions. */
  private final Person[] at;

  /**
   * The people of {@code article}: the person names {@code entities} holds, those the
   * recogniser missed after a known first name, and {@code slotNames} ({@code [start, end)}
   * token spans, {@link SpeakerSlots}), names that stand where a person stands.
   */
  People(Article article, TokenIndex index, List<Entity> entities, Gazetteer gazetteer, QuoteNouns nouns, List<int[]> slotNames) {
    this.index = index;
    this.gazetteer = gazetteer;
    this.nouns = nouns;
    this.words = nouns.words();
    this.at = new Person[index.size()];
    List<Form> forms = recognisedForms(article.text(), entities);
    forms.addAll(missedForms(entities));
    for (int[] span : slotNames) {
      Form f = form(span[0], span[1]);
      if (f != null && forms.stream().noneMatch(o -> o.start() < span[1] && span[0] < o.end())) {
        forms.add(f);
      }
    }
    forms.sort((x, y) -> Integer.compare(x.start(), y.start()));
    gather(forms);
  }

  /** The person names the entity stage found, as written, without those that start an organisation's or place's name. */
  private List<Form> recognisedForms(String text, List<Entity> entities) {
    TreeSet<String> otherNames = new TreeSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.ORG || e.type() == EntityType.LOC) {
        otherNames.addAll(e.variants());
      }
    }
    List<Form> forms = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() != EntityType.PER) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int start = index.tokenAtOrAfter(m.start());
        int end = start;
        while (end < index.size() && index.get(end).start() < m.end()) {
          end++;
        }
        if (start >= end || partOfLongerName(text, m, otherNames)) {
          continue;
        }
        Form f = form(start, end);
        if (f != null) {
          forms.add(f);
        }
      }
    }
    return forms;
  }

  /** People the recogniser missed: a known first name followed by a surname ("Frans Timmermans"). */
  private List<Form> missedForms(List<Entity> entities) {
    boolean[] named = new boolean[index.size()];
    // Whether the first recognised name that covers token k whole is a person's (see
    // isPersonToken): 0 none, 1 yes, 2 no. Worked out once, not per token from every mention.
    byte[] person = new byte[index.size()];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        for (int k = index.tokenAtOrAfter(m.start()); k < index.size() && index.get(k).start() < m.end(); k++) {
          named[k] = true;
          Token t = index.get(k);
          if (person[k] == 0 && m.start() <= t.start() && t.end() <= m.end()) {
            person[k] = (byte) (e.type() == EntityType.PER || m.end() - m.start() == t.end() - t.start() ? 1 : 2);
          }
        }
      }
    }
    List<Form> forms = new ArrayList<>();
    for (int k = 0; k + 1 < index.size(); k++) {
      Token t = index.get(k);
      if (named[k] || t.kind() != TokenKind.WORD || !t.isCapitalized() || gazetteer.firstName(t.text()) == null
          || index.sentenceOf(k + 1) != index.sentenceOf(k)) {
        continue;
      }
      int end = surnameEnd(k + 1);
      boolean free = true;
      for (int j = k + 1; j < end; j++) {
        free &= !named[j] || person[j] != 2; // a person's name, or a misread surname: "Mol" in "Sander Mol"
      }
      if (end > k + 1 && free) {
        Form f = form(k, end);
        if (f != null) {
          forms.add(f);
        }
        k = end - 1;
      }
    }
    return forms;
  }

  /**
   * The people of {@code forms} (in text order): the fullest forms are the people; shorter forms
   * that fit one of them are its mentions, with the titles the text gives it there.
   */
  private void gather(List<Form> forms) {
    List<Form> longestFirst = new ArrayList<>(forms);
    longestFirst.sort((a, b) -> Integer.compare(b.key().size(), a.key().size()));
    for (Form f : longestFirst) {
      if (lookup.byKey.containsKey(f.key())) {
        continue;
      }
      if (fitting(f.key()).isEmpty()) {
        Person p = new Person(f.text(), f.key(), people.size());
        lookup.add(p);
        people.add(p);
      }
    }
    for (Form f : forms) {
      Person p = lookup.byKey.get(f.key());
      if (p == null) {
        p = nearest(fitting(f.key()), f.start());
      }
      if (p == null) {
        continue;
      }
      p.mentions.add(f.start());
      for (int k = f.start(); k < f.end(); k++) {
        at[k] = p;
      }
      noteTitles(p, f);
    }
    people.removeIf(p -> p.mentions.isEmpty());
    lookup = new Lookup();
    for (Person p : people) {
      lookup.add(p);
    }
    for (Person p : people) {
      p.mentions.sort(null);
      String g = gazetteer.firstName(firstToken(p.name));
      if (g != null && !g.equals("-")) {
        p.gender = g;
      }
    }
  }

  List<Person> all() {
    return people;
  }

  /** The person whose name covers token {@code k}, as the entity stage found it, or null. */
  Person at(int k) {
    return at[k];
  }

  /**
   * The person a name written as tokens {@code [start, end)} refers to: the same name, its
   * surname ("Schoof", "Van Dijk"), its first name alone, or a longer form; when several
   * people fit, the one mentioned last before {@code start} (or first after it). Null when no
   * person of the article fits.
   */
  Person find(int start, int end) {
    Form f = form(start, end);
    if (f == null) {
      return null;
    }
    Person same = lookup.byKey.get(f.key());
    if (same != null) {
      return same;
    }
    Person p = nearest(fitting(f.key()), start);
    if (p != null) {
      return p;
    }
    // A longer form than any the recogniser found ("Agent Sander Mol" for "Sander"): the first
    // person whose whole name is a run of its words.
    Person first = null;
    List<String> key = f.key();
    for (int i = 0; i < key.size(); i++) {
      for (int j = i + 1; j <= key.size(); j++) {
        Person q = lookup.byKey.get(key.subList(i, j));
        if (q != null && (first == null || q.order < first.order)) {
          first = q;
        }
      }
    }
    return first;
  }

  /**
   * A name as written at {@code [start, end)}, cleaned: titles and sentence-initial nouns in
   * front of a first name taken off, a lone first name joined with the surname after it.
   */
  private Form form(int start, int end) {
    int s = start;
    int e = end;
    while (e - s >= 2) {
      Token t = index.get(s);
      String lower = t.lower();
      // a noun only as a whole word, or as the end of a compound before a first name
      // ("Buurtbewoner Jan"): "Bussemaker" ends in "maker" but is a surname
      boolean title = gazetteer.titleOfCompound(lower) != null
          || nouns.noun(lower) != null && (nouns.noun(lower).word().equals(lower) || lower.indexOf('-') > 0
              || gazetteer.firstName(index.get(s + 1).text()) != null);
      boolean before = gazetteer.firstName(t.text()) == null && gazetteer.firstName(index.get(s + 1).text()) != null
          && (s == index.sentenceStart(index.sentenceOf(s)) || words.demonym(lower) || gazetteer.placeOfAdjective(t.text()) != null);
      if (!title && !before && t.kind() != TokenKind.ABBREVIATION) {
        break;
      }
      if (t.kind() == TokenKind.ABBREVIATION && !isHonorific(lower)) {
        break;
      }
      s++;
    }
    if (e - s >= 3 && gazetteer.firstName(index.get(s).text()) == null && !words.nameParticles().contains(index.get(s).lower())
        && words.nameParticles().contains(index.get(s + 1).text()) && gazetteer.isCommonWord(index.get(s + 2).lower())) {
      e = s + 1; // "schreef minister Bussemaker de Kamer": a surname, then the object of the verb
    }
    if (e - s == 1 && gazetteer.firstName(index.get(s).text()) != null) {
      e = surnameEnd(s + 1);
    } else if (e - s == 1 && s > 0 && index.sentenceOf(s - 1) == index.sentenceOf(s)
        && index.get(s - 1).kind() == TokenKind.WORD && index.get(s - 1).isCapitalized()
        && gazetteer.firstName(index.get(s - 1).text()) != null && at[s - 1] == null) {
      s--; // "Frans Timmermans" where only the surname was recognised
    }
    List<String> key = new ArrayList<>();
    for (int k = s; k < e; k++) {
      Token t = index.get(k);
      if (!t.isWord()) {
        return null;
      }
      key.add(t.lower());
    }
    if (key.isEmpty() || words.nameParticles().contains(key.get(key.size() - 1))) {
      return null;
    }
    String text = index.get(s).text();
    for (int k = s + 1; k < e; k++) {
      text += " " + index.get(k).text();
    }
    return new Form(s, e, List.copyOf(key), text);
  }

  /**
   * The title a word is or ends in, the longest part after a hyphen first:
   * "NAVO-secretaris-generaal" is a secretaris-generaal, not a generaal; else {@link
   * Gazetteer#titleOfCompound}.
   */
  static Gazetteer.Title titleOf(Gazetteer gazetteer, String lower) {
    for (int h = lower.indexOf('-'); h >= 0 && h < lower.length() - 1; h = lower.indexOf('-', h + 1)) {
      Gazetteer.Title t = gazetteer.title(lower.substring(h + 1));
      if (t != null) {
        return t;
      }
    }
    return gazetteer.titleOfCompound(lower);
  }

  private boolean isHonorific(String lower) {
    Gazetteer.Title t = gazetteer.title(lower);
    return t != null && t.kind().equals("honorific");
  }

  /** Where the surname after a first name at {@code from - 1} ends: particles and capitalised words. */
  private int surnameEnd(int from) {
    int sentence = index.sentenceOf(from - 1);
    int k = from;
    int end = from;
    while (k < index.size() && index.sentenceOf(k) == sentence) {
      Token t = index.get(k);
      if (t.kind() == TokenKind.WORD && words.nameParticles().contains(t.lower()) && !t.isCapitalized() && end == from) {
        k++; // "van" in "Ingrid van Aalst"; after the surname it starts a phrase ("… van Volkshuisvesting")
        continue;
      }
      if ((t.kind() == TokenKind.WORD || t.kind() == TokenKind.ABBREVIATION) && t.isCapitalized()
          && !compoundWithLowerTail(t.text()) && index.get(k - 1).end() < t.start()) {
        k++;
        end = k;
        continue;
      }
      break;
    }
    return end;
  }

  private static boolean compoundWithLowerTail(String word) {
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && hyphen < word.length() - 1 && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /**
   * "Willem" where the text says "Willem II", a known organisation: not a person. Only names that
   * start with the mention's text can be longer names at its place, and a sorted set finds them.
   */
  private static boolean partOfLongerName(String text, Mention m, TreeSet<String> otherNames) {
    String prefix = text.substring(m.start(), m.end());
    for (String name : otherNames.subSet(prefix, true, prefix + Character.MAX_VALUE, true)) {
      if (name.length() > m.end() - m.start() && text.startsWith(name, m.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people (in the order they were found) whose name ends with {@code key} (a surname) or, for
   * one word, starts with it (a first name). Looked up by those words, not tried one by one: an
   * article can name thousands of people.
   */
  private List<Person> fitting(List<String> key) {
    int n = key.size();
    List<Person> out = new ArrayList<>();
    boolean particle = words.nameParticles().contains(key.get(0));
    if (!particle || n >= 2) {
      out.addAll(lookup.bySurname.getOrDefault(key, List.of()));
    }
    List<Person> firstNames = n == 1 ? lookup.byFirstName.getOrDefault(key.get(0), List.of()) : List.of();
    if (!firstNames.isEmpty()) {
      Set<Person> both = new LinkedHashSet<>(out);
      both.addAll(firstNames);
      out = new ArrayList<>(both);
      out.sort((a, b) -> Integer.compare(a.order, b.order));
    }
    return out;
  }

  /** The mentions (token indexes) of the people with a title of a set, in text order, and whose each is. */
  private record TitledMentions(int[] at, Person[] person) {}

  /** Per set of titles asked for, the mentions of the people with one of them; made when first asked. */
  private final Map<Set<String>, TitledMentions> byTitles = new HashMap<>();

  /**
   * Of the people with one of {@code titles}, the one mentioned last before token {@code at};
   * among people mentioned at the same token, the first found. Null when none is. A binary search
   * in their mentions, which are gathered once per set of titles: every role noun of an article
   * asks, and an article can name thousands of people. (The table made on the first question
   * only remembers the people's titles; it changes no answer.)
   */
  Person lastWithTitleBefore(Set<String> titles, int at) {
    TitledMentions m = byTitles.computeIfAbsent(titles, this::titledMentions);
    int lo = 0;
    int hi = m.at().length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (m.at()[mid] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? null : m.person()[lo - 1];
  }

  private TitledMentions titledMentions(Set<String> titles) {
    List<Person> titled = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (Person p : people) {
      if (p.titles.stream().anyMatch(titles::contains)) {
        for (int m : p.mentions) {
          titled.add(p);
          at.add(m);
        }
      }
    }
    Integer[] order = new Integer[at.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // By mention; at one token the first person found last, so that it is the one a search finds.
    Arrays.sort(order, (x, y) -> at.get(x).equals(at.get(y))
        ? Integer.compare(titled.get(y).order, titled.get(x).order)
        : Integer.compare(at.get(x), at.get(y)));
    int[] mentions = new int[order.length];
    Person[] persons = new Person[order.length];
    for (int i = 0; i < order.length; i++) {
      mentions[i] = at.get(order[i]);
      persons[i] = titled.get(order[i]);
    }
    return new TitledMentions(mentions, persons);
  }

  /** The people by their whole name, by each shorter ending of it, and by the first word of a longer one. */
  private static final class Lookup {
    final Map<List<String>, Person> byKey = new HashMap<>();
    final Map<List<String>, List<Person>> bySurname = new HashMap<>();
    final Map<String, List<Person>> byFirstName = new HashMap<>();

    void add(Person p) {
      byKey.putIfAbsent(p.key, p);
      for (int i = 1; i < p.key.size(); i++) {
        bySurname.computeIfAbsent(p.key.subList(i, p.key.size()), k -> new ArrayList<>()).add(p);
      }
      if (p.key.size() >= 2) {
        byFirstName.computeIfAbsent(p.key.get(0), k -> new ArrayList<>()).add(p);
      }
    }
  }

  /**
   * Of {@code candidates}, the one mentioned last before {@code at}, else the first mentioned
   * after; among equals, the first candidate. Mentions are in text order, so a binary search
   * finds each candidate's nearest.
   */
  private static Person nearest(List<Person> candidates, int at) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    Person best = null;
    int bestAt = -1;
    Person after = null;
    int afterAt = Integer.MAX_VALUE;
    for (Person p : candidates) {
      int i = firstAtOrAfter(p.mentions, at);
      if (i > 0 && p.mentions.get(i - 1) > bestAt) {
        best = p;
        bestAt = p.mentions.get(i - 1);
      }
      if (i < p.mentions.size() && p.mentions.get(i) < afterAt) {
        after = p;
        afterAt = p.mentions.get(i);
      }
    }
    return best != null ? best : after;
  }

  /** The index of the first of the ascending {@code mentions} at or after {@code at}, or their number. */
  private static int firstAtOrAfter(List<Integer> mentions, int at) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String firstToken(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /**
   * Records the titles and roles the text gives a person at one mention: in front of it
   * ("de Oekraïense president Volodymyr Zelensky", "De officier van justitie, mr. Karel
   * Hoogeveen"), in an apposition after it ("Hanneke Visser, hoogleraar pijngeneeskunde", "Dennis
   * V. (41), oud-directeur"), or in a relative clause ("Jan Kooiman (74), die al veertig jaar
   * vrijwilliger is").
   */
  private void noteTitles(Person p, Form f) {
    int sentenceStart = index.sentenceStart(index.sentenceOf(f.start()));
    boolean comma = false;
    for (int k = f.start() - 1; k >= Math.max(sentenceStart, f.start() - TITLE_REACH); k--) {
      Token t = index.get(k);
      if (t.text().equals(",") && !comma) {
        comma = true; // "De officier van justitie, mr. Karel Hoogeveen"
        continue;
      }
      if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.ABBREVIATION || at[k] != null && at[k] != p) {
        break;
      }
      String lower = t.lower();
      if (words.verbForms().contains(lower) && !(k > sentenceStart && words.definite().contains(index.get(k - 1).lower()))) {
        break; // "De rechter veroordeelde Dennis V.": a verb, not the noun "de veroordeelde"
      }
      if (k - 2 >= sentenceStart && words.rules().departmentLinks().contains(index.get(k - 1).lower())
          && note(p, index.get(k - 2).lower() + " " + index.get(k - 1).lower() + " " + lower)) {
        k -= 2; // "officier van justitie"
        continue;
      }
      int van = k - 1;
      while (t.isCapitalized() && van > sentenceStart && k - van < DEPARTMENT_WORDS && index.get(van).isCapitalized()) {
        van--; // "minister van Binnenlandse Zaken Annelies Verlinden": the department's words
      }
      if (t.isCapitalized() && van - 1 >= sentenceStart && words.rules().departmentLinks().contains(index.get(van).lower())
          && note(p, index.get(van - 1).lower())) {
        k = van - 1; // "minister van Financiën", "burgemeester van Lier"
        continue;
      }
      if (note(p, lower) || isHonorific(lower) || words.describing().contains(lower) || describes(t)) {
        continue;
      }
      break;
    }
    int sentenceEnd = index.sentenceEnd(index.sentenceOf(f.start()));
    int k = f.end();
    if (k < sentenceEnd && index.get(k).text().equals("(")) {
      while (k < sentenceEnd && !index.get(k).text().equals(")")) {
        k++;
      }
      k++;
    }
    if (k >= sentenceEnd || !index.get(k).text().equals(",")) {
      return;
    }
    k++;
    boolean relative = k < sentenceEnd && words.rules().relativePronouns().contains(index.get(k).lower());
    for (int j = k; j < Math.min(sentenceEnd, k + (relative ? RELATIVE_CLAUSE_REACH : APPOSITION_REACH)); j++) {
      Token t = index.get(j);
      if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.ABBREVIATION || at[j] != null) {
        break;
      }
      if (relative) {
        // "…, die al veertig jaar vrijwilliger is", "…, die als woordvoerder optreedt"
        boolean copula = j + 1 < sentenceEnd && words.copulas().contains(index.get(j + 1).lower())
            || words.rules().inRole().contains(index.get(j - 1).lower());
        if (copula && note(p, t.lower())) {
          break;
        }
      } else if (note(p, t.lower())) {
        break;
      }
    }
  }

  /** An adjective in front of a title: "de Oekraïense president", "de nieuwe minister". */
  private boolean describes(Token t) {
    if (t.isCapitalized()) {
      return gazetteer.placeOfAdjective(t.text()) != null;
    }
    return RuleWords.endsWithAny(t.lower(), words.rules().adjectiveEndings()) && t.kind() == TokenKind.WORD;
  }

  /** Records {@code lower} as a title or role of {@code p} when it is one; true when it was. */
  private boolean note(Person p, String lower) {
    if (nouns.isAlias(lower)) {
      p.titles.add(lower); // "bewindsvrouw", "premier": words of a group of role synonyms
      return true;
    }
    Gazetteer.Title title = titleOf(gazetteer, lower);
    if (title != null && !title.kind().equals("honorific")) {
      p.titles.add(title.word());
      if (!title.gender().equals("-") && p.gender == null) {
        p.gender = title.gender();
      }
      return true;
    }
    QuoteNouns.Noun noun = nouns.noun(lower);
    if (noun != null && (noun.kind() == QuoteNouns.Kind.PERSON || noun.kind() == QuoteNouns.Kind.SUSPECT
        || noun.kind() == QuoteNouns.Kind.MAKER)) {
      p.titles.add(noun.word());
      if (!noun.gender().equals("-") && p.gender == null) {
        p.gender = noun.gender();
      }
      return true;
    }
    return false;
  }

  @Override
  public String toString() {
    return people.toString();
  }
}
