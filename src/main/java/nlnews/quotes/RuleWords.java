package nlnews.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.text.DataFile;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The single words, short phrases and endings that one quote rule is about, each a rule of
 * {@code quotes/rule-words.tsv} (its header says which rule reads it and why), with the
 * coordinators of {@code quotes/coordinators.tsv} by what they join and the title-department
 * links of {@code entities/department-links.tsv}. Immutable, thread-safe; loaded once per run.
 * ({@link SpeechVerbs} reads its own two rules, participle-ending and pronominal-prefix.)
 *
 * @param so "…", zo zegt X
 * @param reportingAdverbs zo, aldus right after a quotation
 * @param pointingBack dat, dit, zo opening a sentence that reports the quotation before
 * @param as zoals
 * @param impersonalSubject het of "klinkt het"
 * @param saidObject het of "zoals X het zei"
 * @param according the lemma volgens
 * @param sourceLinks the last word of "in de woorden van"
 * @param agent door, before the agent of a passive
 * @param dummySubjects het, er after a reporting verb
 * @param impersonalSources bij, van, vanuit after "klinkt het"
 * @param withThoseWords "met die woorden", as lower-case words joined by single spaces
 * @param between tussen
 * @param and the coordinators of addition (en)
 * @param titleCoordinators the coordinators of addition and alternative (en, of)
 * @param relativePronouns die, dat
 * @param inRole als
 * @param adjectiveEndings e
 * @param placeAdjectiveEndings se
 * @param indefinite een
 * @param another ander
 * @param anotherInflected andere
 * @param ageEnding jarige
 * @param from uit
 * @param of van, of a relation or an organisation
 * @param possessiveVerbs zijn
 * @param pastTenseEndings de, te, den, ten
 * @param formerPrefixes oud-, ex-
 * @param nameArticles De, Het: capitalised, as they open a name inside a sentence
 * @param descriptionArticle de, before an unnamed speaker's role
 * @param demonymEndings er
 * @param departmentLinks van, between a title and its department
 */
record RuleWords(
    Set<String> so,
    Set<String> reportingAdverbs,
    Set<String> pointingBack,
    Set<String> as,
    String impersonalSubject,
    Set<String> saidObject,
    Set<String> according,
    Set<String> sourceLinks,
    Set<String> agent,
    Set<String> dummySubjects,
    Set<String> impersonalSources,
    Set<String> withThoseWords,
    Set<String> between,
    Set<String> and,
    Set<String> titleCoordinators,
    Set<String> relativePronouns,
    Set<String> inRole,
    List<String> adjectiveEndings,
    List<String> placeAdjectiveEndings,
    String indefinite,
    String another,
    String anotherInflected,
    String ageEnding,
    Set<String> from,
    Set<String> of,
    Set<String> possessiveVerbs,
    List<String> pastTenseEndings,
    List<String> formerPrefixes,
    Set<String> nameArticles,
    String descriptionArticle,
    List<String> demonymEndings,
    Set<String> departmentLinks) {

  private static final String FILE = "quotes/rule-words.tsv";

  /** The rules of the file, each read by one component: a rule the code does not know is a slip. */
  private static final List<String> RULES = List.of(
      "so", "reporting-adverb", "pointing-back", "as", "impersonal-subject", "said-object", "according",
      "source-link", "agent", "dummy-subject", "impersonal-source", "with-those-words", "between",
      "relative-pronoun", "in-role", "adjective-ending", "place-adjective-ending", "indefinite", "another",
      "another-inflected", "age-ending", "from", "of", "possessive-verb", "past-tense-ending", "former-prefix",
      "name-article", "description-article", "participle-ending", "pronominal-prefix", "demonym-ending");

  RuleWords {
    adjectiveEndings = List.copyOf(adjectiveEndings);
    placeAdjectiveEndings = List.copyOf(placeAdjectiveEndings);
    pastTenseEndings = List.copyOf(pastTenseEndings);
    formerPrefixes = List.copyOf(formerPrefixes);
    demonymEndings = List.copyOf(demonymEndings);
  }

  /** Reads the rule words of {@code language}. */
  static RuleWords load(Language language) {
    Map<String, List<String>> rules = read(language);
    List<String> and = new ArrayList<>();
    List<String> titleCoordinators = new ArrayList<>();
    for (DataFile.Row row : language.file("quotes/coordinators.tsv").rows()) {
      String joins = row.get("joins");
      if (joins.equals("addition")) {
        and.add(row.get("word"));
      }
      if (joins.equals("addition") || joins.equals("alternative")) {
        titleCoordinators.add(row.get("word"));
      }
    }
    List<String> nameArticles = new ArrayList<>();
    for (String article : words(rules, "name-article")) {
      nameArticles.add(Character.toUpperCase(article.charAt(0)) + article.substring(1));
    }
    return new RuleWords(
        set(rules, "so"),
        set(rules, "reporting-adverb"),
        set(rules, "pointing-back"),
        set(rules, "as"),
        one(rules, "impersonal-subject"),
        set(rules, "said-object"),
        set(rules, "according"),
        set(rules, "source-link"),
        set(rules, "agent"),
        set(rules, "dummy-subject"),
        set(rules, "impersonal-source"),
        set(rules, "with-those-words"),
        set(rules, "between"),
        Lookup.set(and),
        Lookup.set(titleCoordinators),
        set(rules, "relative-pronoun"),
        set(rules, "in-role"),
        words(rules, "adjective-ending"),
        words(rules, "place-adjective-ending"),
        one(rules, "indefinite"),
        one(rules, "another"),
        one(rules, "another-inflected"),
        one(rules, "age-ending"),
        set(rules, "from"),
        set(rules, "of"),
        set(rules, "possessive-verb"),
        words(rules, "past-tense-ending"),
        words(rules, "former-prefix"),
        Lookup.set(nameArticles),
        one(rules, "description-article"),
        words(rules, "demonym-ending"),
        language.words("entities/department-links.tsv"));
  }

  /** The rows of the file by rule, in file order; an unknown rule or a word listed twice for one rule is refused. */
  static Map<String, List<String>> read(Language language) {
    DataFile file = language.file(FILE);
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (DataFile.Row row : file.rows()) {
      String rule = row.get("rule");
      String word = row.get("word");
      if (!RULES.contains(rule)) {
        throw new IllegalStateException(file.name() + ":" + row.line() + ": no rule reads " + rule);
      }
      List<String> words = rules.computeIfAbsent(rule, r -> new ArrayList<>());
      if (word.isEmpty() || words.contains(word)) {
        throw new IllegalStateException(file.name() + ":" + row.line() + ": " + rule + " " + word + " empty or listed twice");
      }
      words.add(word);
    }
    return rules;
  }

  /** The words of {@code rule}, at least one. */
  static List<String> words(Map<String, List<String>> rules, String rule) {
    List<String> words = rules.get(rule);
    if (words == null) {
      throw new IllegalStateException(FILE + ": no word for the rule " + rule);
    }
    return words;
  }

  private static Set<String> set(Map<String, List<String>> rules, String rule) {
    return Lookup.set(words(rules, rule));
  }

  /** The one word of {@code rule}: for rules that also write it ("een ander"). */
  private static String one(Map<String, List<String>> rules, String rule) {
    List<String> words = words(rules, rule);
    if (words.size() != 1) {
      throw new IllegalStateException(FILE + ": the rule " + rule + " takes one word, not " + words);
    }
    return words.get(0);
  }

  /** True when {@code lower} ends with one of {@code endings}. */
  static boolean endsWithAny(String lower, List<String> endings) {
    for (String ending : endings) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code lower} starts with one of {@code prefixes}. */
  static boolean startsWithAny(String lower, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** True when the title {@code role} holds a department link between its words: "officier van justitie". */
  boolean linkedTitle(String role) {
    for (String link : departmentLinks) {
      if (role.contains(" " + link + " ")) {
        return true;
      }
    }
    return false;
  }
}
