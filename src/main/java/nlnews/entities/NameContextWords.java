package nlnews.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.model.EntityType;
import nlnews.text.CompoundHeads;
import nlnews.text.DataFile;
import nlnews.text.Endings;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The words around and inside a capitalised name that tell the rules what it names (the files
 * under {@code entities/} of the language folder): place prepositions and place nouns before a
 * place, forms of address before a person, organisation words in an organisation's name, the
 * link between a title and its department; the nouns that say what kind of thing a name is, the
 * words that make a name a street or a venue, and the words of match reports. The name model's
 * features have their own copy of some of these ({@link NerTriggerWords}). Immutable and
 * thread-safe; loaded once per run.
 */
public final class NameContextWords {

  /**
   * The shortest head of a compound taken for an organisation word: four letters ("bond",
   * "bank", "raad"); a shorter ending of a longer word ("fc", "nv") is too often chance.
   */
  static final int SHORTEST_ORGANISATION_HEAD = 4;

  private final Set<String> placePrepositions;
  private final Set<String> placeNouns;
  private final Set<String> placeCompoundTails;
  private final CompoundHeads organisationWords;
  private final Set<String> organisationWordsThemselves;
  private final Set<String> formsOfAddress;
  private final Set<String> departmentLinks;
  private final CompoundHeads departmentTitles;
  private final Map<String, EntityType> kindNouns;
  private final Endings kindEndings;
  private final Set<String> placeEnds;
  private final Endings placeEndings;
  private final Set<String> placeStarts;
  private final Set<String> compassParts;
  private final Set<String> sportsWords;
  private final Set<String> creditWords;
  private final Set<String> agencies;
  private final Map<String, Integer> longestAgencyByFirstWord;
  private final Set<String> bylineWords;
  private final Map<String, Boolean> reportingVerbs;
  private final NameRuleWords rules;

  /**
   * The shortest tail of a compound taken for a street or venue word: three letters, for "weg"
   * ("Baarlandsezandweg"); names that end in "weg" and are no road are rare.
   */
  static final int SHORTEST_PLACE_TAIL = 3;

  /**
   * The lists that say what kind of thing a name is, or that it is page furniture
   * ({@code name-kinds.tsv}, {@code place-name-parts.tsv}, {@code sports-words.tsv},
   * {@code page-furniture.tsv}; credit and byline words lower case, agencies as written;
   * {@code reporting-verbs.tsv}: each verb with whether its subject may also come before it).
   */
  record KindWords(Map<String, EntityType> kindNouns, Set<String> placeEnds, Set<String> placeStarts, Set<String> compassParts,
      Set<String> sportsWords, Set<String> creditWords, Set<String> agencies, Set<String> bylineWords,
      Map<String, Boolean> reportingVerbs, Set<String> departmentTitles) {

    /** No kind words: the rules that read them find nothing (and every title heads a department, as before they existed). */
    static final KindWords NONE =
        new KindWords(Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of());
  }

  /**
   * Lower-case words: {@code placeCompoundTails} are the place nouns and the nouns that mark a
   * place only as the tail of a compound ("gebied").
   */
  NameContextWords(
      Set<String> placePrepositions,
      Set<String> placeNouns,
      Set<String> placeCompoundTails,
      Set<String> organisationWords,
      Set<String> formsOfAddress,
      Set<String> departmentLinks,
      KindWords kinds,
      NameRuleWords rules) {
    this.placePrepositions = Lookup.set(placePrepositions);
    this.placeNouns = Lookup.set(placeNouns);
    this.placeCompoundTails = Lookup.set(placeCompoundTails);
    this.organisationWords = new CompoundHeads(organisationWords, SHORTEST_ORGANISATION_HEAD);
    this.organisationWordsThemselves = Lookup.set(organisationWords);
    this.formsOfAddress = Lookup.set(formsOfAddress);
    this.departmentLinks = Lookup.set(departmentLinks);
    this.kindNouns = Lookup.map(kinds.kindNouns());
    this.kindEndings = new Endings(kinds.kindNouns().keySet(), SHORTEST_ORGANISATION_HEAD);
    this.placeEnds = Lookup.set(kinds.placeEnds());
    this.placeEndings = new Endings(kinds.placeEnds(), SHORTEST_PLACE_TAIL);
    this.placeStarts = Lookup.set(kinds.placeStarts());
    this.compassParts = Lookup.set(kinds.compassParts());
    this.sportsWords = Lookup.set(kinds.sportsWords());
    this.creditWords = Lookup.set(kinds.creditWords());
    this.agencies = Lookup.set(kinds.agencies());
    Map<String, Integer> longest = new HashMap<>();
    for (String agency : kinds.agencies()) {
      String[] parts = agency.split(" ");
      longest.merge(parts[0], parts.length, Math::max);
    }
    this.longestAgencyByFirstWord = Lookup.map(longest);
    this.bylineWords = Lookup.set(kinds.bylineWords());
    this.reportingVerbs = Lookup.map(kinds.reportingVerbs());
    this.departmentTitles = kinds.departmentTitles().isEmpty() ? null : new CompoundHeads(kinds.departmentTitles(), SHORTEST_ORGANISATION_HEAD);
    this.rules = rules;
  }

  /** The single words and endings of single rules ({@code entities/rule-words.tsv}). */
  NameRuleWords rules() {
    return rules;
  }

  /** Reads the word lists of {@code language}; callers load them once and share them. */
  public static NameContextWords load(Language language) {
    List<String> nouns = new ArrayList<>();
    List<String> tails = new ArrayList<>();
    for (DataFile.Row row : language.file("entities/place-nouns.tsv").rows()) {
      if (!row.get("compound_only").equals("yes")) {
        nouns.add(row.get("word"));
      }
      tails.add(row.get("word"));
    }
    return new NameContextWords(
        language.words("entities/place-prepositions.tsv"),
        Lookup.set(nouns),
        Lookup.set(tails),
        language.words("entities/organisation-words.tsv"),
        language.words("entities/forms-of-address.tsv"),
        language.words("entities/department-links.tsv"),
        kindWords(language),
        NameRuleWords.load(language));
  }

  private static KindWords kindWords(Language language) {
    Map<String, EntityType> kinds = new HashMap<>();
    for (DataFile.Row row : language.file("entities/name-kinds.tsv").rows()) {
      kinds.put(row.get("word"), EntityType.valueOf(row.get("type")));
    }
    List<String> ends = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    List<String> compass = new ArrayList<>();
    for (DataFile.Row row : language.file("entities/place-name-parts.tsv").rows()) {
      switch (row.get("position")) {
        case "end" -> ends.add(row.get("word"));
        case "start" -> starts.add(row.get("word"));
        case "compass" -> compass.add(row.get("word"));
        default -> throw new IllegalStateException("place-name-parts.tsv:" + row.line() + ": position " + row.get("position"));
      }
    }
    List<String> credits = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    List<String> bylines = new ArrayList<>();
    for (DataFile.Row row : language.file("entities/page-furniture.tsv").rows()) {
      switch (row.get("kind")) {
        case "credit" -> credits.add(row.get("word"));
        case "agency" -> agencies.add(row.get("word"));
        case "byline" -> bylines.add(row.get("word"));
        default -> throw new IllegalStateException("page-furniture.tsv:" + row.line() + ": kind " + row.get("kind"));
      }
    }
    Map<String, Boolean> reporting = new HashMap<>();
    for (DataFile.Row row : language.file("entities/reporting-verbs.tsv").rows()) {
      reporting.put(row.get("word"), row.get("position").equals("both"));
    }
    return new KindWords(kinds, Lookup.set(ends), Lookup.set(starts), Lookup.set(compass),
        language.words("entities/sports-words.tsv"), Lookup.set(credits), Lookup.set(agencies), Lookup.set(bylines), reporting,
        language.words("entities/department-titles.tsv"));
  }

  /** True for a place preposition or place noun: a name after it is a place ("naar Gent", "de stad Gent"). */
  boolean announcesPlace(String lower) {
    return placePrepositions.contains(lower) || placeNouns.contains(lower);
  }

  /** True for the tail of a compound whose name part is a place ("Donetsk-regio", "Gaza-gebied"). */
  boolean isPlaceCompoundTail(String lower) {
    return placeCompoundTails.contains(lower);
  }

  /** True for an organisation word or a compound ending in one ("Ondernemersvereniging"). */
  boolean isOrganisationWord(String lower) {
    return organisationWords.isOrEndsInOne(lower);
  }

  /** True for an organisation word itself ("bank"), not a compound ending in one ("Rabobank"). */
  boolean isListedOrganisationWord(String lower) {
    return organisationWordsThemselves.contains(lower);
  }

  /** True for a form of address before a person's name ("mevrouw", "dhr."). */
  boolean isFormOfAddress(String lower) {
    return formsOfAddress.contains(lower);
  }

  /**
   * True for a title that heads a department after "van" ("minister", "eurocommissaris",
   * "vice-premier"); with no list of them loaded, for every title.
   */
  boolean headsDepartment(String lowerTitle) {
    if (departmentTitles == null) {
      return true;
    }
    int hyphen = lowerTitle.lastIndexOf('-');
    return departmentTitles.isOrEndsInOne(hyphen >= 0 ? lowerTitle.substring(hyphen + 1) : lowerTitle);
  }

  /** True for the word between a title and its department ("minister van Defensie"). */
  boolean isDepartmentLink(String lower) {
    return departmentLinks.contains(lower);
  }

  /**
   * The type a kind noun gives the name next to it ("band": ORG, "festival": MISC), also for a
   * compound ending in one ("jongerenhotel"), or null.
   */
  EntityType kindOf(String lower) {
    EntityType type = kindNouns.get(lower);
    if (type != null || !kindEndings.mayHaveSuffixIn(lower)) {
      return type;
    }
    for (int i = 1; i <= lower.length() - kindEndings.length(); i++) {
      type = kindNouns.get(lower.substring(i));
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** True for a word that makes a name a street or venue where it ends it, whole or as its tail ("Lotto Arena", "Vlaketunnel"). */
  boolean endsPlaceName(String lower) {
    if (placeEnds.contains(lower)) {
      return true;
    }
    if (!placeEndings.mayHaveSuffixIn(lower)) {
      return false;
    }
    for (int i = 1; i <= lower.length() - placeEndings.length(); i++) {
      if (placeEnds.contains(lower.substring(i))) {
        return true;
      }
    }
    return false;
  }

  /** True for a street or venue word itself ("arena"), not a compound ending in one. */
  boolean isPlaceWord(String lower) {
    return placeEnds.contains(lower);
  }

  /** True for a word that makes a name a venue where it opens it ("Stade de France"). */
  boolean opensPlaceName(String lower) {
    return placeStarts.contains(lower);
  }

  /** True for a compass word that makes a part of a known place ("Geel-Oost", "Utrecht Centraal"). */
  boolean isCompassPart(String lower) {
    return compassParts.contains(lower);
  }

  /** True for a word of match reports ("wedstrijd", "doelman"). */
  boolean isSportsWord(String lower) {
    return sportsWords.contains(lower);
  }

  /** True for a word of photo credits ("foto", "beeld"), lower case. */
  boolean isCreditWord(String lower) {
    return creditWords.contains(lower);
  }

  /** True for the word of a byline ("door"), lower case. */
  boolean isBylineWord(String lower) {
    return bylineWords.contains(lower);
  }

  /** The most words of an agency's name that starts with {@code first} as written, or 0. */
  int longestAgencyStartingWith(String first) {
    return longestAgencyByFirstWord.getOrDefault(first, 0);
  }

  /** True for a news or photo agency's name as written ("ANP", "Hollandse Hoogte"). */
  boolean isAgency(String name) {
    return agencies.contains(name);
  }

  /** True for a reporting verb or source preposition a speaker's name follows ("zegt", "volgens"). */
  boolean isReportingBeforeName(String lower) {
    return reportingVerbs.containsKey(lower);
  }

  /** True for a reporting verb a speaker's name may also come before ("X zegt"). */
  boolean isReportingAfterName(String lower) {
    return reportingVerbs.getOrDefault(lower, false);
  }
}
