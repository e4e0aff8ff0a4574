package nlnews.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.DataFile;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The reporting verbs and cues of {@code quotes/speech-verbs.tsv}: every form of zeggen,
 * stellen, laten weten, toevoegen ..., the cues aldus and volgens, with the particle a split
 * form needs later in its clause ("voegde hij eraan toe") and whether the verb is risky (zien,
 * vinden, denken: speech only right next to a quotation). Immutable; thread-safe.
 */
public final class SpeechVerbs {

  /** One row of the lexicon. */
  public record Verb(String lemma, String particle, String kind, boolean risky) {

    public boolean isCue() {
      return kind.equals("cue");
    }

    public boolean isNoun() {
      return kind.equals("noun");
    }
  }

  /** A form of several words ("in de ogen van"), as its lower-case words. */
  private record Multiword(List<String> words, Verb verb) {}

  private final Map<String, List<Verb>> byForm;
  /** The forms of several words, by their first word. */
  private final Map<String, List<Multiword>> byFirstWord;
  /** Determiners after which a verb form is a noun: "de uitspraken". */
  private final Set<String> nounDeterminers;
  /** The ending of a present participle ("vragend"), which reports only next to a quotation (rule-words.tsv). */
  private final List<String> participleEndings;
  /** The first parts of pronominal adverbs ("eraan", "daarop"), whose last part may be a particle (rule-words.tsv). */
  private final List<String> pronominalPrefixes;

  SpeechVerbs(Map<String, List<Verb>> byForm, Set<String> nounDeterminers, List<String> participleEndings, List<String> pronominalPrefixes) {
    Map<String, List<Verb>> single = new HashMap<>();
    Map<String, List<Multiword>> multi = new HashMap<>();
    byForm.forEach((form, verbs) -> {
      if (form.indexOf(' ') < 0) {
        single.put(form, verbs);
      } else {
        List<String> words = List.of(form.split(" +"));
        for (Verb v : verbs) {
          multi.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Multiword(words, v));
        }
      }
    });
    this.byForm = Lookup.map(single);
    this.byFirstWord = Lookup.map(multi);
    this.nounDeterminers = nounDeterminers;
    this.participleEndings = List.copyOf(participleEndings);
    this.pronominalPrefixes = List.copyOf(pronominalPrefixes);
  }

  /** Reads {@code quotes/speech-verbs.tsv}, {@code quotes/noun-determiners.tsv} and two rules of {@code quotes/rule-words.tsv}. */
  public static SpeechVerbs load(Language language) {
    Map<String, List<Verb>> byForm = new HashMap<>();
    for (DataFile.Row row : language.file("quotes/speech-verbs.tsv").rows()) {
      Verb verb =
          new Verb(row.get("lemma"), row.get("particle"), row.get("kind"), row.get("risk").equals("risky"));
      String forms = row.get("forms");
      for (String form : forms.isEmpty() ? new String[] {row.get("lemma")} : forms.split("\\|")) {
        String f = form.trim().toLowerCase(Locale.ROOT);
        if (!f.isEmpty()) {
          byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(verb);
        }
      }
    }
    Map<String, List<String>> rules = RuleWords.read(language);
    return new SpeechVerbs(byForm, language.words("quotes/noun-determiners.tsv"),
        RuleWords.words(rules, "participle-ending"), RuleWords.words(rules, "pronominal-prefix"));
  }

  /**
   * The reporting verb or cue at {@code tokens[i]}, or null. A split form of a separable verb
   * counts only when its particle follows before {@code clauseEnd}; -end forms and risky verbs
   * count only when {@code nextToQuote}.
   */
  public Verb at(List<Token> tokens, int i, int clauseEnd, boolean nextToQuote) {
    Token t = tokens.get(i);
    if (t.kind() != TokenKind.WORD) {
      return null;
    }
    Multiword multiword = multiwordAt(tokens, i);
    if (multiword != null) {
      return multiword.verb();
    }
    List<Verb> rows = byForm.get(t.lower());
    if (rows == null) {
      return null;
    }
    if (i > 0 && nounDeterminers.contains(tokens.get(i - 1).lower())) {
      return null; // "de uitspraken", "een antwoord": a noun after an article, not a verb
    }
    Verb best = null;
    for (Verb v : rows) {
      if (v.isNoun()) {
        continue; // nouns only introduce quotations before a colon; see isReportingNoun
      }
      boolean risky = v.risky() || RuleWords.endsWithAny(t.lower(), participleEndings);
      if (risky && !nextToQuote) {
        continue;
      }
      if (!v.particle().isEmpty()) {
        if (t.lower().startsWith(v.particle())) {
          return v; // a joined form: toegevoegd, aangekondigd
        }
        if (particleFollows(tokens, i + 1, clauseEnd, v.particle())) {
          return v;
        }
        continue;
      }
      if (best == null) {
        best = v;
      }
    }
    return best;
  }

  /** How many tokens the form at {@code tokens[i]} spans: more than one for a cue of several words ("in de ogen van"). */
  public int length(List<Token> tokens, int i) {
    Multiword multiword = multiwordAt(tokens, i);
    return multiword == null ? 1 : multiword.words().size();
  }

  /** The form of several words that starts at {@code tokens[i]}, or null. */
  private Multiword multiwordAt(List<Token> tokens, int i) {
    List<Multiword> candidates = byFirstWord.get(tokens.get(i).lower());
    if (candidates == null) {
      return null;
    }
    for (Multiword m : candidates) {
      int n = m.words().size();
      boolean all = i + n <= tokens.size();
      for (int k = 1; k < n && all; k++) {
        all = tokens.get(i + k).lower().equals(m.words().get(k));
      }
      if (all) {
        return m;
      }
    }
    return null;
  }

  /** True for reporting nouns ("Reactie minister: ...") that may introduce a quote before a colon. */
  public boolean isReportingNoun(Token t) {
    List<Verb> rows = byForm.get(t.lower());
    if (rows == null) {
      return false;
    }
    for (Verb v : rows) {
      if (v.isNoun()) {
        return true;
      }
    }
    return false;
  }

  private boolean particleFollows(List<Token> tokens, int from, int to, String particle) {
    for (int k = from; k < Math.min(to, tokens.size()); k++) {
      String w = tokens.get(k).lower();
      if (w.equals(particle)) {
        return true;
      }
      if (w.length() > particle.length() && w.endsWith(particle)
          && RuleWords.startsWithAny(w, pronominalPrefixes)) {
        return true; // eraan toe, daarop: the particle of a pronominal adverb
      }
    }
    return false;
  }
}
