package nlnews.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.text.DataFile;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * Tells an inflection from a different word that happens to share its Snowball stem. The
 * stemmer maps geweldig to geweld, vergelijkbare to vergelijk and kan to kans; a lexicon match on
 * the stem alone would score "geweldig" as violence. A token is an inflection of a lemma when,
 * after undoubling letters (groot/grote, slim/slimme) and levelling v/f and z/s (positief/
 * positieve, boos/boze), it is the lemma (or its verb stem: dalen → dal) plus an inflectional
 * ending (-e, -en, -s, -er, -st, -t, -de, -te, ...). The noun in -ing and the participle in -end
 * of the same verb count as forms of each other (teleurstelling, teleurstellend). The endings and
 * the exceptions are the language's ({@code sentiment/inflection-endings.tsv} and its neighbours).
 * Immutable and thread-safe.
 */
final class Inflection {

  /**
   * A verb stem before an ending of {@code verbal-forms.tsv} keeps more than this many letters: a
   * shorter one is as often a word of its own as a verb's (d|ing, b|end).
   */
  private static final int SHORTEST_VERB_STEM = 3;
  /**
   * A lemma's bare stem (verb-endings.tsv dropped) keeps more than this many letters: the bare
   * stem of a short verb is as often another word (vier of vieren is the number four).
   */
  private static final int SHORTEST_BARE_STEM = 2;

  private final Set<String> endings;
  private final String[] verbEndings;
  private final String[] pastTenseEndings;
  /** Per token that is no form of a look-alike: the one lemma it is no form of, or "" for every other lemma. */
  private final Map<String, String> notForms;
  private final String[] verbalLemmaEndings;
  private final Set<String> verbalEndings;

  private Inflection(
      Set<String> endings,
      List<String> verbEndings,
      List<String> pastTenseEndings,
      Map<String, String> notForms,
      List<String> verbalLemmaEndings,
      Set<String> verbalEndings) {
    this.endings = Lookup.set(endings);
    this.verbEndings = verbEndings.toArray(String[]::new);
    this.pastTenseEndings = pastTenseEndings.toArray(String[]::new);
    this.notForms = Lookup.map(notForms);
    this.verbalLemmaEndings = verbalLemmaEndings.toArray(String[]::new);
    this.verbalEndings = Lookup.set(verbalEndings);
  }

  /** The inflection rules of {@code language}: the word lists of its {@code sentiment/} folder. */
  static Inflection load(Language language) {
    Map<String, String> notForms = new LinkedHashMap<>();
    DataFile exceptions = language.file("sentiment/not-inflections.tsv");
    for (DataFile.Row row : exceptions.rows()) {
      if (notForms.put(row.get("word"), row.get("lemma")) != null) {
        throw new IllegalStateException(exceptions.name() + ":" + row.line() + ": " + row.get("word") + " listed twice");
      }
    }
    List<String> verbalLemmaEndings = new ArrayList<>();
    List<String> verbalEndings = new ArrayList<>();
    for (DataFile.Row row : language.file("sentiment/verbal-forms.tsv").rows()) {
      verbalEndings.add(row.get("word"));
      if (row.get("lemma").equals("yes")) {
        verbalLemmaEndings.add(row.get("word"));
      }
    }
    return new Inflection(
        language.words("sentiment/inflection-endings.tsv"),
        List.copyOf(language.words("sentiment/verb-endings.tsv")),
        List.copyOf(language.words("sentiment/past-tense-endings.tsv")),
        notForms,
        verbalLemmaEndings,
        Lookup.set(verbalEndings));
  }

  /** True when {@code token} (lower case) is {@code lemma} or one of its inflections. */
  boolean of(String lemma, String token) {
    if (lemma.equals(token)) {
      return true;
    }
    String notFormOf = notForms.get(token);
    if (notFormOf != null && (notFormOf.isEmpty() || notFormOf.equals(lemma))) {
      return false;
    }
    for (String ending : pastTenseEndings) {
      if (lemma.endsWith(ending) && !token.startsWith(lemma)) {
        return false; // a past tense (vluchtte) is no base for a noun that levels the same (vluchten)
      }
    }
    if (verbalForm(lemma, token)) {
      return true;
    }
    String a = level(lemma);
    String b = level(token);
    if (matches(a, b)) {
      return true;
    }
    for (String ending : verbEndings) {
      if (a.endsWith(ending) && a.length() > ending.length() + SHORTEST_BARE_STEM) {
        String base = a.substring(0, a.length() - ending.length());
        if (b.length() > base.length() && matches(base, b)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The noun in -ing and the participle in -end of one verb carry the same judgement
   * (teleurstelling, teleurstellend, teleurstellende); the lexicon lists one of them.
   */
  private boolean verbalForm(String lemma, String token) {
    for (String ending : verbalLemmaEndings) {
      if (lemma.endsWith(ending)) {
        String verb = lemma.substring(0, lemma.length() - ending.length());
        return verb.length() > SHORTEST_VERB_STEM && token.startsWith(verb)
            && verbalEndings.contains(token.substring(verb.length()));
      }
    }
    return false;
  }

  private boolean matches(String base, String token) {
    return token.startsWith(base) && (token.length() == base.length() || endings.contains(token.substring(base.length())));
  }

  /** Lower-case form with doubled letters undoubled and v/z levelled to f/s. */
  private static String level(String word) {
    StringBuilder b = new StringBuilder(word.length());
    char previous = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == 'v') {
        c = 'f';
      } else if (c == 'z') {
        c = 's';
      }
      if (c != previous) {
        b.append(c);
      }
      previous = c;
    }
    return b.toString();
  }
}
