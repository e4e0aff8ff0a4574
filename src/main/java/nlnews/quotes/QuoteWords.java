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
 * The function words the quote rules read clauses and phrases with, from the word lists of
 * {@code quotes/} (and the shared {@code text/prepositions.tsv}); each file's header says which
 * rule uses it and why. Loaded once per run with {@link QuoteNouns}; immutable, thread-safe.
 *
 * @param firstOrSecondPerson ik, we, je, u ...: talk, not narration
 * @param termDeterminers determiners before a quoted term ("de 'bevrijding'")
 * @param notANoun words that cannot start a noun after a determiner ("het 'op hoofdlijnen'")
 * @param soCalled zogenaamde, zogeheten ...
 * @param called forms of heten and noemen ("zoals dat heet")
 * @param namingPrefixes beginnings of the verbs of naming (noem, omschr ...), matched as prefixes
 * @param definite definite determiners (de, het, die ...)
 * @param betweenVerbAndSubject adverbs between a reporting verb and its subject ("zei later ook X")
 * @param complementizers words that open a subclause (dat, wat, omdat ...)
 * @param coordinators en, maar, of
 * @param prepositions the shared preposition list
 * @param phraseParticles name particles a speaker phrase's name runs on across ("de" in "Thijs de Lange")
 * @param nameParticles every name particle the people model reads, the former included
 * @param demonyms nouns that say where someone is from (zweed, belg ...)
 * @param describing words that may stand in front of a title (oud, voormalig ...)
 * @param copulas forms of zijn, worden, blijven
 * @param pronouns the pronouns that can stand for a speaker, by word
 * @param notReporting verb forms after a quotation whose subject heard or received the words (kreeg, hoorde, werd)
 * @param impersonalReporting klinkt, luidt, heet: "'…', klinkt het bij X"
 * @param asSaid reporting verbs of "…, zoals X het zei"
 * @param passiveAuxiliaries forms of worden: "werd Karin Jansen verteld"
 * @param verbForms lower-case words that are verb forms: the common words of class verb in
 *     {@code entities/common-words.tsv} (werd, ging, staat ...)
 * @param former words before a title that make it one held before (voormalige, gewezen)
 * @param quantifiers iedereen, niemand, sommigen ...: a subject that names nobody
 * @param functionWords the common words of a class other than verb, noun or adjective (adverbs,
 *     prepositions, pronouns, conjunctions, numerals ...)
 * @param relations nouns that relate a person to someone else (moeder, advocaat, woordvoerder)
 * @param possessives zijn, haar, hun ... before a role: "zijn advocaat"
 * @param personEndings endings of nouns for people (fietser, automobilist, wandelaar)
 * @param notVerbs lower-case words that are never a finite verb: the common words of the entity
 *     stage's {@code entities/common-words.tsv} of another class than verb (adverbs, conjunctions,
 *     prepositions, pronouns, nouns ...)
 * @param rules the words and endings single rules are about ({@code rule-words.tsv})
 */
record QuoteWords(
    Set<String> firstOrSecondPerson,
    Set<String> termDeterminers,
    Set<String> notANoun,
    Set<String> soCalled,
    Set<String> called,
    List<String> namingPrefixes,
    Set<String> definite,
    Set<String> betweenVerbAndSubject,
    Set<String> complementizers,
    Set<String> coordinators,
    Set<String> prepositions,
    Set<String> phraseParticles,
    Set<String> nameParticles,
    Set<String> demonyms,
    Set<String> describing,
    Set<String> copulas,
    Map<String, Pronoun> pronouns,
    Set<String> notReporting,
    Set<String> impersonalReporting,
    Set<String> asSaid,
    Set<String> passiveAuxiliaries,
    Set<String> verbForms,
    Set<String> former,
    Set<String> quantifiers,
    Set<String> functionWords,
    Set<String> relations,
    Set<String> possessives,
    Set<String> personEndings,
    Set<String> notVerbs,
    RuleWords rules) {

  /**
   * The fewest letters of an unlisted noun in -er that says where someone is from (Almeerder,
   * Limburger): shorter words in -er are common words (meer, keer, weer, heer).
   */
  private static final int SHORTEST_ER_DEMONYM = 5;

  /** A pronoun that can stand for a speaker: the gender it tells (m or f), and whether it is an object form. */
  record Pronoun(String gender, boolean object) {}

  QuoteWords {
    namingPrefixes = List.copyOf(namingPrefixes);
    pronouns = Lookup.map(pronouns);
  }

  /** Reads the word lists of {@code language}. */
  static QuoteWords load(Language language) {
    List<String> phraseParticles = new ArrayList<>();
    List<String> nameParticles = new ArrayList<>();
    for (DataFile.Row row : language.file("quotes/name-particles.tsv").rows()) {
      nameParticles.add(row.get("word"));
      if (row.get("in_phrase").equals("yes")) {
        phraseParticles.add(row.get("word"));
      }
    }
    List<String> prefixes = new ArrayList<>();
    for (DataFile.Row row : language.file("quotes/naming-prefixes.tsv").rows()) {
      prefixes.add(row.get("prefix"));
    }
    Map<String, Pronoun> pronouns = new LinkedHashMap<>();
    for (DataFile.Row row : language.file("quotes/pronouns.tsv").rows()) {
      pronouns.put(row.get("word"), new Pronoun(row.get("gender"), row.get("case").equals("object")));
    }
    List<String> verbForms = new ArrayList<>();
    List<String> functionWords = new ArrayList<>();
    List<String> notVerbs = new ArrayList<>();
    for (DataFile.Row row : language.file("entities/common-words.tsv").rows()) {
      String wordClass = row.get("class");
      (wordClass.equals("verb") ? verbForms : notVerbs).add(row.get("word"));
      if (!wordClass.equals("verb") && !wordClass.equals("noun") && !wordClass.equals("adjective")) {
        functionWords.add(row.get("word"));
      }
    }
    return new QuoteWords(
        language.words("quotes/first-second-person.tsv"),
        language.words("quotes/term-determiners.tsv"),
        language.words("quotes/not-a-noun.tsv"),
        language.words("quotes/so-called.tsv"),
        language.words("quotes/called.tsv"),
        prefixes,
        language.words("quotes/definite-determiners.tsv"),
        language.words("quotes/between-verb-and-subject.tsv"),
        language.words("quotes/complementizers.tsv"),
        language.words("quotes/coordinators.tsv"),
        language.words("text/prepositions.tsv"),
        Lookup.set(phraseParticles),
        Lookup.set(nameParticles),
        language.words("quotes/demonyms.tsv"),
        language.words("quotes/describing.tsv"),
        language.words("quotes/copulas.tsv"),
        pronouns,
        language.words("quotes/not-reporting.tsv"),
        language.words("quotes/impersonal-reporting.tsv"),
        language.words("quotes/as-said.tsv"),
        language.words("quotes/passive-auxiliaries.tsv"),
        Lookup.set(verbForms),
        language.words("quotes/former.tsv"),
        language.words("quotes/quantifiers.tsv"),
        Lookup.set(functionWords),
        language.words("quotes/relations.tsv"),
        language.words("quotes/possessives.tsv"),
        language.words("quotes/person-endings.tsv"),
        Lookup.set(notVerbs),
        RuleWords.load(language));
  }

  /** True when {@code lower} starts like a verb of naming: noemt, omschreef, bestempelde, sprak. */
  boolean naming(String lower) {
    for (String prefix : namingPrefixes) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code lower}, a noun no list holds, ends like a noun for a person: fietser, automobilist, wandelaar. */
  boolean personEnding(String lower) {
    for (String ending : personEndings) {
      if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "zweed", "almeerder", "nederlander": a lower-cased noun that says where someone is from. */
  boolean demonym(String lower) {
    return demonyms.contains(lower) || RuleWords.endsWithAny(lower, rules.demonymEndings()) && lower.length() >= SHORTEST_ER_DEMONYM;
  }
}
