package nlnews.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nlnews.model.EntityType;
import nlnews.text.DataFile;
import nlnews.text.Endings;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The name lists that ship in the jar (see the header of each file under
 * {@code nlnews/entities/}): places with their variants and adjectives, organisations, titles
 * and role nouns, first names, surname particles, and common words that are not names at the
 * start of a sentence. Immutable once loaded; thread-safe.
 */
public final class Gazetteer {

  /** A known name: its canonical form and type. */
  public record Entry(String canonical, EntityType type, String kind) {}

  /** A title or role noun: gender m, f or - and kind title, role or honorific. */
  public record Title(String word, String gender, String kind) {}

  /**
   * How many tokens more than words a known name with punctuation may have: a comma or a plus
   * is a token of its own ("ministerie van Volksgezondheid, Welzijn en Sport", "OPEC+"), a
   * slash or star two ("GL/PvdA", "NOC*NSF"). Two covers every name in the lists.
   */
  private static final int PUNCTUATION_TOKENS = 2;

  /** The shortest tail of a compound taken for a title ("oppositieleider" ends in "leider"). */
  static final int TITLE_TAIL = 5;

  private final Map<String, Entry> names;
  private final Map<String, Integer> longestByFirstWord;
  private final Map<String, String> adjectives;
  private final Map<String, Title> titles;
  private final Endings titleEndings;
  private final Map<String, String> firstNames;
  private final Set<String> particles;
  private final Set<String> commonWords;
  private final Set<String> articles;
  private final Set<String> conjunctions;
  private final Set<String> villages;

  /**
   * {@code articles}: the common words that are articles ("de", "het", "een"); {@code conjunctions}
   * those that are conjunctions ("en", "of", "maar"); {@code villages}: villages and parts of
   * municipalities, weaker evidence than the places among {@code names}.
   */
  Gazetteer(
      Map<String, Entry> names,
      Map<String, String> adjectives,
      Map<String, Title> titles,
      Map<String, String> firstNames,
      Set<String> particles,
      Set<String> commonWords,
      Set<String> articles,
      Set<String> conjunctions,
      Set<String> villages) {
    this.names = Lookup.map(names);
    Map<String, Integer> byFirstWord = new HashMap<>();
    for (String key : names.keySet()) {
      String[] words = key.split(" ");
      boolean punctuation = key.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != ' ');
      int tokens = words.length + (punctuation ? PUNCTUATION_TOKENS : 0);
      byFirstWord.merge(words[0], tokens, Math::max);
    }
    this.longestByFirstWord = Lookup.map(byFirstWord);
    this.adjectives = Lookup.map(adjectives);
    this.titles = Lookup.map(titles);
    this.titleEndings = new Endings(titles.keySet(), TITLE_TAIL);
    this.firstNames = Lookup.map(firstNames);
    this.particles = Lookup.set(particles);
    this.commonWords = Lookup.set(commonWords);
    this.articles = Lookup.set(articles);
    this.conjunctions = Lookup.set(conjunctions);
    this.villages = Lookup.set(villages);
  }

  /** Reads the gazetteer files of {@code language}; callers load it once and share it. */
  public static Gazetteer load(Language language) {
    Map<String, Entry> names = new HashMap<>();
    Map<String, String> adjectives = new HashMap<>();
    for (DataFile.Row row : language.file("entities/places.tsv").rows()) {
      String name = row.get("name");
      Entry entry = new Entry(name, EntityType.LOC, row.get("kind"));
      names.putIfAbsent(name, entry);
      for (String variant : split(row.get("variants"))) {
        names.putIfAbsent(variant, entry);
      }
      for (String adjective : split(row.get("adjectives"))) {
        adjectives.putIfAbsent(adjective, name);
      }
    }
    for (DataFile.Row row : language.file("entities/organisations.tsv").rows()) {
      String name = row.get("name");
      Entry entry = new Entry(name, EntityType.ORG, row.get("kind"));
      names.putIfAbsent(name, entry);
      for (String variant : split(row.get("variants"))) {
        names.putIfAbsent(variant, entry);
      }
    }
    Map<String, Title> titles = new HashMap<>();
    for (DataFile.Row row : language.file("entities/person-titles.tsv").rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      titles.putIfAbsent(word, new Title(word, row.get("gender"), row.get("kind")));
    }
    Map<String, String> firstNames = new HashMap<>();
    for (DataFile.Row row : language.file("entities/first-names.tsv").rows()) {
      firstNames.putIfAbsent(row.get("name"), row.get("gender"));
    }
    Set<String> particles = new HashSet<>();
    for (DataFile.Row row : language.file("entities/name-particles.tsv").rows()) {
      particles.add(row.get("particle"));
    }
    Set<String> common = new HashSet<>();
    Set<String> articles = new HashSet<>();
    Set<String> conjunctions = new HashSet<>();
    for (DataFile.Row row : language.file("entities/common-words.tsv").rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      common.add(word);
      if (row.get("class").equals("article")) {
        articles.add(word);
      } else if (row.get("class").equals("conjunction")) {
        conjunctions.add(word);
      }
    }
    Set<String> villages = new HashSet<>();
    for (DataFile.Row row : language.file("entities/villages.tsv").rows()) {
      villages.add(row.get("name"));
    }
    return new Gazetteer(names, adjectives, titles, firstNames, particles, common, articles, conjunctions, villages);
  }

  private static List<String> split(String field) {
    if (field.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String p : field.split("\\|")) {
      if (!p.isBlank()) {
        parts.add(p.trim());
      }
    }
    return parts;
  }

  /** The known place or organisation written exactly as {@code name} (any apostrophe as "'"), or null. */
  public Entry name(String name) {
    return names.get(straightApostrophes(name));
  }

  /** True for a village or part of a municipality that {@code villages.tsv} lists ("Ovezande", "Heverlee"). */
  public boolean village(String name) {
    return villages.contains(straightApostrophes(name));
  }

  /** "’s-Hertogenbosch" as the lists write it: "'s-Hertogenbosch". */
  private static String straightApostrophes(String s) {
    return s.indexOf('\u2019') < 0 ? s : s.replace('\u2019', '\'');
  }

  /**
   * The most tokens a known name that starts with the word {@code first} (as written) can have,
   * or 0 when no known name starts with it: most words start none, and need no lookup at all.
   */
  public int longestNameStartingWith(String first) {
    return longestByFirstWord.getOrDefault(straightApostrophes(first), 0);
  }

  /** The place an adjective derives from ("Oekraïense" gives "Oekraïne"), or null. */
  public String placeOfAdjective(String adjective) {
    return adjectives.get(adjective);
  }

  /** The title or role noun {@code word} (lower case), or null. */
  public Title title(String word) {
    return titles.get(word);
  }

  /**
   * The title or role noun that ends a compound such as "Kremlin-woordvoerder",
   * "oud-premier" or "hoofdonderhandelaar", or null. Parts after a hyphen count; for solid
   * compounds the longest known suffix of at least five letters counts.
   */
  public Title titleOfCompound(String lowerWord) {
    Title t = titles.get(lowerWord);
    if (t != null) {
      return t;
    }
    int hyphen = lowerWord.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < lowerWord.length() - 1) {
      return titles.get(lowerWord.substring(hyphen + 1));
    }
    if (!titleEndings.mayHaveSuffixIn(lowerWord)) {
      return null;
    }
    for (int i = 1; i <= lowerWord.length() - titleEndings.length(); i++) {
      t = titles.get(lowerWord.substring(i));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The gender of a first name (m, f or -), or null when it is not a known first name. */
  public String firstName(String name) {
    return firstNames.get(name);
  }

  public boolean isParticle(String lowerWords) {
    return particles.contains(lowerWords);
  }

  /** True for words that are ordinary Dutch words when capitalised at the start of a sentence. */
  public boolean isCommonWord(String lower) {
    return commonWords.contains(lower);
  }

  /** True for a conjunction ("en", "of"): it joins two names, and is part of none of a person's. */
  public boolean isConjunction(String lower) {
    return conjunctions.contains(lower);
  }

  /** True for an article ("de", "het", "een"): a name never ends in one. */
  public boolean isArticle(String lower) {
    return articles.contains(lower);
  }

  /**
   * Every entry with its kind for {@link NameLists}: places and organisations as written (LOC,
   * ORG), other words lower case behind a NUL (ADJ, FIRST, TITLE, PART, COMMON; the first kind
   * in that order wins).
   */
  Map<String, String> featureEntries() {
    Map<String, String> entries = new HashMap<>();
    names.forEach((name, entry) -> entries.put(name, entry.type().name()));
    adjectives.keySet().forEach(a -> entries.putIfAbsent("\u0000" + a.toLowerCase(Locale.ROOT), NameLists.ADJECTIVE));
    firstNames.keySet().forEach(f -> entries.putIfAbsent("\u0000" + f.toLowerCase(Locale.ROOT), NameLists.FIRST_NAME));
    titles.keySet().forEach(t -> entries.putIfAbsent("\u0000" + t, NameLists.TITLE));
    particles.forEach(p -> entries.putIfAbsent("\u0000" + p, NameLists.PARTICLE));
    commonWords.forEach(c -> entries.putIfAbsent("\u0000" + c, NameLists.COMMON));
    return entries;
  }
}
