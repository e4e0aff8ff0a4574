package nlnews.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nlnews.sentiment.ToneLexicon.Change;
import nlnews.sentiment.ToneLexicon.Entry;
import nlnews.text.Lookup;

/**
 * The one-word entries of the tone files, looked up by a token's lower-case form and stem: polar
 * words ({@code lexicon.tsv}), words of change ({@code change.tsv}) and targets, the things whose
 * change is good or bad news ({@code targets.tsv}). An entry whose exact lower-case form is
 * listed wins over one that only shares its stem, and a stem match counts only for a true
 * inflection of the entry ({@link Inflection}). Immutable and thread-safe.
 */
final class Vocabulary {

  /** A thing whose change is good (+1) or bad (-1) news. */
  record Target(String lemma, int polarity) {}

  private final Inflection inflection;
  private final Map<String, Entry> wordsByLower;
  private final Map<String, List<Entry>> wordsByStem;
  private final Map<String, Change> changesByLower;
  private final Map<String, List<Change>> changesByStem;
  private final Map<String, Integer> targetsByLower;
  private final Map<String, List<Target>> targetsByStem;

  /** Freezes the tables a loader filled, lists of candidates in the order they were listed. */
  Vocabulary(
      Inflection inflection,
      Map<String, Entry> wordsByLower,
      Map<String, List<Entry>> wordsByStem,
      Map<String, Change> changesByLower,
      Map<String, List<Change>> changesByStem,
      Map<String, Integer> targetsByLower,
      Map<String, List<Target>> targetsByStem) {
    this.inflection = inflection;
    this.wordsByLower = Lookup.map(wordsByLower);
    this.wordsByStem = frozen(wordsByStem);
    this.changesByLower = Lookup.map(changesByLower);
    this.changesByStem = frozen(changesByStem);
    this.targetsByLower = Lookup.map(targetsByLower);
    this.targetsByStem = frozen(targetsByStem);
  }

  static <T> Map<String, List<T>> frozen(Map<String, List<T>> lists) {
    Map<String, List<T>> copy = new HashMap<>();
    lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Lookup.map(copy);
  }

  Inflection inflection() {
    return inflection;
  }

  /**
   * The single-word entry for a token: by exact form first, then by stem when the token is an
   * inflection of the entry; or null.
   */
  Entry word(String lower, String stem) {
    Entry e = wordsByLower.get(lower);
    return e != null ? e : inflectionOf(wordsByStem.get(stem), Entry::lemma, lower);
  }

  /** The first of {@code candidates} (may be null) of which {@code lower} is an inflection, or null. */
  private <T> T inflectionOf(List<T> candidates, Function<T, String> lemma, String lower) {
    if (candidates != null) {
      for (T c : candidates) {
        if (inflection.of(lemma.apply(c), lower)) {
          return c;
        }
      }
    }
    return null;
  }

  /** The entry listed with exactly the form {@code lower}, or null. */
  Entry listedWord(String lower) {
    return wordsByLower.get(lower);
  }

  /**
   * The one-word change for a token: by exact form, or by stem when the token is an inflection
   * of the listed word (groeien is a change, the noun groei with the same stem a target); or null.
   */
  Change change(String lower, String stem) {
    Change c = changesByLower.get(lower);
    if (c != null) {
      return c;
    }
    c = inflectionOf(changesByStem.get(stem), Change::lemma, lower);
    // A target sharing the stem is a noun, not a change: kosten is not a form of kost.
    return c != null && target(lower, stem) == 0 ? c : null;
  }

  /** The change listed with exactly the form {@code lower}, or null. */
  Change listedChange(String lower) {
    return changesByLower.get(lower);
  }

  /** +1 when more of the thing is good, -1 when bad, 0 when not a target. */
  int target(String lower, String stem) {
    Integer p = targetsByLower.get(lower);
    if (p != null) {
      return p;
    }
    Target t = inflectionOf(targetsByStem.get(stem), Target::lemma, lower);
    return t == null ? 0 : t.polarity();
  }

  /** The polarity of the target listed with exactly the form {@code lower}, or null. */
  Integer listedTarget(String lower) {
    return targetsByLower.get(lower);
  }

  /** The forms and stems of the one-word polar entries. */
  List<String> wordFormsAndStems() {
    List<String> all = new ArrayList<>(wordsByLower.keySet());
    all.addAll(wordsByStem.keySet());
    return all;
  }

  /** The forms of the one-word polar entries. */
  Set<String> wordForms() {
    return wordsByLower.keySet();
  }

  /** The forms and stems of the one-word targets. */
  List<String> targetFormsAndStems() {
    List<String> all = new ArrayList<>(targetsByLower.keySet());
    all.addAll(targetsByStem.keySet());
    return all;
  }

  /** The forms of the one-word changes. */
  Set<String> changeForms() {
    return changesByLower.keySet();
  }
}
