package nlnews.sentiment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nlnews.text.DataFile;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The closed word lists the tone rules test tokens against, each a file of the language's {@code
 * sentiment/} folder (its header says which rule uses it and why). Exact lower-case forms, except
 * {@link #projectingVerbStems}, which the language's stemmer computes from the listed words.
 *
 * @param costVerbs forms of "kosten" that take away the good thing after them ({@code cost-verbs.tsv})
 * @param subordinators words that open a clause a negator does not reach back out of
 * @param adverbialOpeners prepositions and the like, after which a noun is no object of a change
 * @param sentenceAdverbs adverbs that judge their sentence and are not negated after them
 * @param speedWords change words of speed, which may stand inside a separable verb
 * @param reversingChanges weak change words that reverse, not modify, a stronger one after them
 * @param remedies lemmas of change words that act against a bad thing and compose with nothing else
 * @param purposeOpeners words that open a clause of purpose ending in "te" and an infinitive (om)
 * @param shortInfinitives infinitives that do not end in the infinitive ending (gaan, zien)
 * @param pastAuxiliaries past forms of hebben that with a modal make a clause counterfactual
 * @param modals modal infinitives (and gekund) that make a clause with a past auxiliary counterfactual
 * @param attributiveChanges inflected adjectives of change, which describe the noun after them
 * @param clauseBoundaries conjunctions that end a clause
 * @param scopeFunctionWords words a negator's scope does not count, and that are no names
 * @param notNames capitalised sentence openers that are no name a change could be about
 * @param projectingVerbStems stems of verbs of saying and thinking, whose negation covers what they say
 * @param rules the single words and endings that rules are about ({@code rule-words.tsv})
 */
record ToneWords(
    Set<String> costVerbs,
    Set<String> subordinators,
    Set<String> adverbialOpeners,
    Set<String> sentenceAdverbs,
    Set<String> speedWords,
    Set<String> reversingChanges,
    Set<String> remedies,
    Set<String> purposeOpeners,
    Set<String> shortInfinitives,
    Set<String> pastAuxiliaries,
    Set<String> modals,
    Set<String> attributiveChanges,
    Set<String> clauseBoundaries,
    Set<String> scopeFunctionWords,
    Set<String> notNames,
    Set<String> projectingVerbStems,
    RuleWords rules) {

  /**
   * The single words and endings that name a rule, each a row of {@code rule-words.tsv}.
   *
   * @param fewer "minder": before an expression it turns it into fewer of it
   * @param without "zonder": a change looks no further for what changes
   * @param infinitiveMarker "te", before an infinitive
   * @param infinitiveEnding "en", the ending of an infinitive
   * @param attributiveEnding "ende", the ending of a present participle before its noun
   * @param participlePrefix "ge", the prefix of a past participle
   * @param negation "niet": negator phrases that start with it govern the change verb before them
   */
  record RuleWords(
      String fewer,
      String without,
      String infinitiveMarker,
      String infinitiveEnding,
      String attributiveEnding,
      String participlePrefix,
      String negation) {

    static RuleWords load(Language language) {
      DataFile file = language.file("sentiment/rule-words.tsv");
      Map<String, String> words = new HashMap<>();
      for (DataFile.Row row : file.rows()) {
        if (words.put(row.get("rule"), row.get("word")) != null) {
          throw new IllegalStateException(file.name() + ":" + row.line() + ": " + row.get("rule") + " listed twice");
        }
      }
      return new RuleWords(
          word(file, words, "fewer"),
          word(file, words, "without"),
          word(file, words, "infinitive-marker"),
          word(file, words, "infinitive-ending"),
          word(file, words, "attributive-ending"),
          word(file, words, "participle-prefix"),
          word(file, words, "negation"));
    }

    private static String word(DataFile file, Map<String, String> words, String rule) {
      String word = words.get(rule);
      if (word == null || word.isEmpty()) {
        throw new IllegalStateException(file.name() + ": no word for the rule " + rule);
      }
      return word;
    }
  }

  ToneWords {
    costVerbs = Lookup.set(costVerbs);
    subordinators = Lookup.set(subordinators);
    adverbialOpeners = Lookup.set(adverbialOpeners);
    sentenceAdverbs = Lookup.set(sentenceAdverbs);
    speedWords = Lookup.set(speedWords);
    reversingChanges = Lookup.set(reversingChanges);
    remedies = Lookup.set(remedies);
    purposeOpeners = Lookup.set(purposeOpeners);
    shortInfinitives = Lookup.set(shortInfinitives);
    pastAuxiliaries = Lookup.set(pastAuxiliaries);
    modals = Lookup.set(modals);
    attributiveChanges = Lookup.set(attributiveChanges);
    clauseBoundaries = Lookup.set(clauseBoundaries);
    scopeFunctionWords = Lookup.set(scopeFunctionWords);
    notNames = Lookup.set(notNames);
    projectingVerbStems = Lookup.set(projectingVerbStems);
  }

  /** The words of {@code name} whose {@code kind} column is {@code kind}. */
  private static Set<String> ofKind(Language language, String name, String kind) {
    Set<String> words = new LinkedHashSet<>();
    for (DataFile.Row row : language.file(name).rows()) {
      if (row.get("kind").equals(kind)) {
        words.add(row.get("word"));
      }
    }
    return words;
  }

  /** The lists of {@code language}, loaded once per run. */
  static ToneWords load(Language language) {
    Set<String> openers = new LinkedHashSet<>(language.words("text/prepositions.tsv"));
    openers.addAll(language.words("sentiment/adverbial-openers.tsv"));
    return new ToneWords(
        language.words("sentiment/cost-verbs.tsv"),
        language.words("sentiment/subordinators.tsv"),
        openers,
        language.words("sentiment/sentence-adverbs.tsv"),
        language.words("sentiment/speed-words.tsv"),
        language.words("sentiment/reversing-changes.tsv"),
        language.words("sentiment/remedies.tsv"),
        language.words("sentiment/purpose-openers.tsv"),
        language.words("sentiment/short-infinitives.tsv"),
        ofKind(language, "sentiment/counterfactual-words.tsv", "auxiliary"),
        ofKind(language, "sentiment/counterfactual-words.tsv", "modal"),
        language.words("sentiment/attributive-changes.tsv"),
        language.words("sentiment/clause-boundaries.tsv"),
        language.words("sentiment/scope-function-words.tsv"),
        language.words("sentiment/not-names.tsv"),
        language.stems("sentiment/projecting-verbs.tsv"),
        RuleWords.load(language));
  }
}
