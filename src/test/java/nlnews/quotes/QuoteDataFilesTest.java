package nlnews.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.DataFile;
import nlnews.text.Language;
import org.junit.jupiter.api.Test;

/** The quote stage's data files are well formed, sorted as their headers say, and load. */
class QuoteDataFilesTest {

  private static final Set<String> VERB_KINDS = Set.of("verb", "phrase", "cue", "noun");

  @Test
  void theReportingVerbsAreWellFormedAndSorted() {
    DataFile file = DataFile.load("nl/quotes/speech-verbs.tsv");
    assertEquals(List.of("lemma", "forms", "particle", "kind", "risk"), file.header());
    List<String> problems = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    int verbs = 0;
    for (DataFile.Row row : file.rows()) {
      String lemma = row.get("lemma");
      lemmas.add(lemma);
      if (!VERB_KINDS.contains(row.get("kind")) || !Set.of("safe", "risky").contains(row.get("risk"))) {
        problems.add(lemma + ": kind or risk");
      }
      if (row.get("kind").equals("noun") && !row.get("risk").equals("risky")) {
        problems.add(lemma + ": nouns are risky");
      }
      verbs += row.get("kind").equals("verb") || row.get("kind").equals("phrase") ? 1 : 0;
      String particle = row.get("particle");
      for (String form : row.get("forms").split("\\|")) {
        if (!form.equals(form.toLowerCase(Locale.ROOT)) || form.isBlank()) {
          problems.add(lemma + ": form '" + form + "'");
        }
      }
      if (!particle.isEmpty() && row.get("kind").equals("verb") && !row.get("forms").contains("|" + lemma)) {
        problems.add(lemma + ": a separable verb lists its joined infinitive");
      }
    }
    List<String> sorted = new ArrayList<>(lemmas);
    sorted.sort((a, b) -> java.util.Arrays.compare(a.getBytes(java.nio.charset.StandardCharsets.UTF_8), b.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(sorted, lemmas, "rows sorted by lemma (byte order)");
    assertEquals(lemmas.size(), new HashSet<>(lemmas).size(), "unique lemmas");
    assertEquals(List.of(), problems);
    assertTrue(verbs >= 80, verbs + " verbs and phrases");
  }

  @Test
  void theRuleWordsLoadAndTheirLemmasAreReportingCues() {
    Language dutch = Language.dutch();
    RuleWords rules = RuleWords.load(dutch);
    assertEquals(Set.of("en"), rules.and());
    assertEquals(Set.of("en", "of"), rules.titleCoordinators());
    assertEquals(Set.of("De", "Het"), rules.nameArticles());
    assertEquals(Set.of("van"), rules.departmentLinks());
    assertTrue(rules.linkedTitle("officier van justitie") && !rules.linkedTitle("vanuit"));
    Set<String> cues = new HashSet<>();
    for (DataFile.Row row : DataFile.load("nl/quotes/speech-verbs.tsv").rows()) {
      if (row.get("kind").equals("cue")) {
        cues.add(row.get("lemma"));
      }
    }
    for (String lemma : rules.according()) {
      assertTrue(cues.contains(lemma), lemma + " is a cue of speech-verbs.tsv");
    }
    for (DataFile.Row row : DataFile.load("nl/quotes/coordinators.tsv").rows()) {
      assertTrue(Set.of("addition", "contrast", "alternative").contains(row.get("joins")), row.get("word"));
    }
  }

  @Test
  void riskyVerbsCountOnlyNextToAQuotation() {
    SpeechVerbs verbs = SpeechVerbs.load(Language.dutch());
    List<Token> tokens = List.of(word("vindt"), word("hij"));
    assertEquals(null, verbs.at(tokens, 0, 2, false));
    assertNotNull(verbs.at(tokens, 0, 2, true));
    List<Token> split = List.of(word("voegde"), word("hij"), word("eraan"), word("toe"));
    assertEquals("toevoegen", verbs.at(split, 0, 4, false).lemma());
    assertEquals(null, verbs.at(split, 0, 2, false), "without its particle a separable verb is none");
    List<Token> noun = List.of(word("de"), word("uitspraken"));
    assertEquals(null, verbs.at(noun, 1, 2, true), "after an article it is a noun");
  }

  @Test
  void theQuoteNounsAreWellFormedAndSorted() {
    DataFile file = DataFile.load("nl/quotes/quote-nouns.tsv");
    assertEquals(List.of("word", "class", "gender", "means"), file.header());
    List<String> keys = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (DataFile.Row row : file.rows()) {
      String word = row.get("word");
      String kind = row.get("class");
      keys.add(kind + "\t" + word);
      if (!Set.of("alias", "institution", "maker", "naming", "organisation", "person", "suspect", "work").contains(kind)) {
        problems.add(word + ": class " + kind);
      }
      if (!Set.of("m", "f", "-").contains(row.get("gender"))) {
        problems.add(word + ": gender");
      }
      if (kind.equals("alias") == row.get("means").isEmpty()) {
        problems.add(word + ": means is for alias rows only");
      }
      if (!word.equals(word.toLowerCase(Locale.ROOT))) {
        problems.add(word + ": lower case");
      }
    }
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    assertEquals(sorted, keys, "rows sorted by class, then word");
    assertEquals(keys.size(), new HashSet<>(keys).size(), "unique rows");
    assertEquals(List.of(), problems);
    QuoteNouns nouns = QuoteNouns.load(Language.dutch());
    assertEquals(QuoteNouns.Kind.WORK, nouns.noun("langspeelfilm").kind());
    assertEquals(QuoteNouns.Kind.PERSON, nouns.noun("oud-medewerkster").kind());
    assertTrue(nouns.sameRole("premier").contains("minister-president"));
    assertTrue(nouns.sameRole("minister-president").contains("premier"));
  }

  private static Token word(String text) {
    return new Token(text, text, text, TokenKind.WORD, 0, text.length());
  }
}
