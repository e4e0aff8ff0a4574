package nlnews.sentiment;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nlnews.sentiment.ToneLexicon.Change;
import nlnews.sentiment.ToneLexicon.CompoundChange;
import nlnews.sentiment.ToneLexicon.Entry;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * Splits a word the tone files do not list into the parts of a Dutch compound, to give it the
 * tone of a part that is listed: its head, the last part (hypotheekproblemen as problemen), or
 * less surely its modifier, the first (crisisoverleg as crisis); a compound of a target and a
 * change (werkloosheidsdaling) as the two words. Derived words, participles, adjectives and
 * numerals are not split; the word lists that say which are the language's ({@code
 * sentiment/derivation-prefixes.tsv} and its neighbours). Immutable and thread-safe.
 */
final class Compounds {

  /** A compound's modifier keeps at least this many letters: shorter first parts are mostly prefixes or syllables. */
  static final int MIN_MODIFIER = 4;
  /** ... and its head at least this many, so short words inside long ones are not taken for heads. */
  static final int MIN_HEAD = 5;
  /** A target's head may be a letter shorter: what changes is named by a noun, and short ones are common (minimum|loon). */
  private static final int MIN_TARGET_HEAD = MIN_HEAD - 1;
  /** The shortest word split for a head or a modifier: a modifier and a head of the shortest lengths. */
  static final int SHORTEST_COMPOUND = MIN_MODIFIER + MIN_HEAD;
  /** The shortest word split for a target (and for a change, looked up alongside it). */
  static final int SHORTEST_TARGET_COMPOUND = MIN_MODIFIER + MIN_TARGET_HEAD;
  /**
   * A modifier shorter than {@link #SHORT_MODIFIER} letters needs a head of at least {@link
   * #SHORT_PARTS_HEAD}, and so does one of exactly that length before a head in -en: two short
   * parts are as often one word split wrongly (gesp|roken, opgeb|roken, a verb's participle);
   * rente|vrees and rente|strop, a noun after a noun, are not.
   */
  private static final int SHORT_MODIFIER = 5;
  private static final int SHORT_PARTS_HEAD = 6;
  /** A comparative this short is an adjective, not a noun in -er that may head a compound. */
  private static final int LONGEST_SHORT_COMPARATIVE = 7;
  /** A separable verb's prefix is at least two letters and at most seven (af-, omhoog-), before its participle's ge-. */
  private static final int SHORTEST_PREFIX = 2;
  private static final int LONGEST_PREFIX = 7;
  /** What a participle keeps after its separable prefix: ge- and at least two letters. */
  private static final int PARTICIPLE_REST = 4;
  /**
   * A target that ends a compound's modifier keeps at least this many letters (jeugd|werkloosheid|s
   * |daling): a shorter end is a syllable as often as a word.
   */
  private static final int MIN_MODIFIER_TARGET = 4;
  /** The lexicon category whose words lend a compound no tone as its modifier: words of expectation. */
  private static final String NOT_A_MODIFIER_CATEGORY = "optimism";
  /** How many letters {@link #ending} and the start of a word keep, to rule out most words at once. */
  private static final int ENDING = 4;

  private final Vocabulary vocabulary;
  private final Set<String> prefixes;
  private final Set<String> notHeads;
  private final Set<String> neutralHeads;
  private final String[] neutralModifiers;
  private final Set<String> suffixes;
  private final Set<String> adjectivalNouns;
  private final String[] adjectiveEndings;
  private final String[] comparativeEndings;
  private final String[] notNounEndings;
  private final String[] numerals;
  private final String[] linkingLetters;
  private final String[] participleEndings;
  /** The infinitive ending that makes a short head after a five-letter modifier suspect (opgeb|roken). */
  private final String infinitiveEnding;
  /** The prefix of a past participle (gebroken, af|ge|sproken). */
  private final String participlePrefix;
  /** The last letters of every one-word entry, stem and form, and the first letters of every form. */
  private final Set<String> wordEndings;
  private final Set<String> wordStarts;
  private final Set<String> targetEndings;
  private final Set<String> changeEndings;

  private Compounds(Vocabulary vocabulary, Language language, ToneWords.RuleWords rules) {
    this.vocabulary = vocabulary;
    this.infinitiveEnding = rules.infinitiveEnding();
    this.participlePrefix = rules.participlePrefix();
    this.prefixes = language.words("sentiment/derivation-prefixes.tsv");
    this.notHeads = language.words("sentiment/not-heads.tsv");
    this.neutralHeads = language.words("sentiment/neutral-heads.tsv");
    this.neutralModifiers = array(language.words("sentiment/neutral-modifiers.tsv"));
    this.suffixes = language.words("sentiment/derivation-suffixes.tsv");
    this.adjectivalNouns = language.words("sentiment/adjectival-nouns.tsv");
    this.adjectiveEndings = array(language.words("sentiment/adjective-endings.tsv"));
    this.comparativeEndings = array(language.words("sentiment/comparative-endings.tsv"));
    this.notNounEndings = array(language.words("sentiment/not-noun-endings.tsv"));
    this.numerals = array(language.words("sentiment/numerals.tsv"));
    this.linkingLetters = array(language.words("sentiment/linking-letters.tsv"));
    this.participleEndings = array(language.words("sentiment/participle-endings.tsv"));
    this.wordEndings = endings(vocabulary.wordFormsAndStems());
    Set<String> starts = new HashSet<>();
    for (String w : vocabulary.wordForms()) {
      starts.add(w.substring(0, Math.min(ENDING, w.length())));
    }
    this.wordStarts = Lookup.set(starts);
    this.targetEndings = endings(vocabulary.targetFormsAndStems());
    this.changeEndings = endings(vocabulary.changeForms());
  }

  /** The compound rules of {@code language} over the entries of {@code vocabulary}. */
  static Compounds load(Language language, Vocabulary vocabulary, ToneWords.RuleWords rules) {
    return new Compounds(vocabulary, language, rules);
  }

  private static String[] array(Set<String> words) {
    return words.toArray(String[]::new);
  }

  /**
   * The entry of a compound's head when the compound itself is not listed: the longest head that
   * is a listed word or an inflection of one ("hypotheekproblemen" takes "problemen"); or null.
   * Dutch compounds take their meaning class from the last part, so the head's polarity carries.
   */
  Entry head(String lower, String stem) {
    // Every head ends as the compound does: most words are ruled out by their last letters.
    if (!wordEndings.contains(ending(stem)) && !wordEndings.contains(ending(lower)) || isParticiple(lower)) {
      return null;
    }
    if (isNumeral(lower)) {
      return null; // vier|entwintig
    }
    for (int i = MIN_MODIFIER; i <= lower.length() - MIN_HEAD; i++) {
      int headLength = lower.length() - i;
      if (prefixes.contains(lower.substring(0, i)) || i < SHORT_MODIFIER && headLength < SHORT_PARTS_HEAD
          || i == SHORT_MODIFIER && headLength < SHORT_PARTS_HEAD && lower.endsWith(infinitiveEnding)) {
        continue;
      }
      String head = lower.substring(i);
      if (notHeads.contains(head)) {
        continue;
      }
      if (neutralHeads.contains(head)) {
        return null; // openings|wedstrijd: the head is a word without tone, not the strijd inside it
      }
      if (isAdjectival(head) && !adjectivalNouns.contains(head)) {
        continue; // boekhoudkundig is no kind of kundig: adjectives do not head compounds as nouns do
      }
      String headStem = stem.length() > i && stem.startsWith(lower.substring(0, i)) ? stem.substring(i) : null;
      Entry e = headStem == null ? vocabulary.listedWord(head) : vocabulary.word(head, headStem);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The entry of a compound's modifier, the first part ("crisisoverleg" takes "crisis",
   * "angstcultuur" "angst"), when neither the compound nor its head is listed; or null. The
   * modifier says what the compound is about, less surely than a head says what it is, so the
   * scorer weighs it less.
   */
  Entry modifier(String lower) {
    if (!wordStarts.contains(lower.substring(0, Math.min(ENDING, lower.length())))) {
      return null;
    }
    if (isNumeral(lower)) {
      return null; // vier|entwintig
    }
    for (String neutral : neutralModifiers) {
      if (lower.startsWith(neutral)) {
        return null; // veiligheids|regio, brandweer|auto: a service or a field, not an event
      }
    }
    for (String ending : notNounEndings) {
      if (lower.endsWith(ending)) {
        return null; // a verb or adjective: gereduceerd, respectievelijk, correctionele
      }
    }
    for (int i = lower.length() - MIN_HEAD; i >= MIN_HEAD; i--) {
      if (lower.charAt(i) == lower.charAt(i + 1)) {
        continue; // no Dutch word starts with a doubled letter: beste|mming is bestemming
      }
      if (suffixes.contains(lower.substring(i))) {
        continue; // a derivation, not a compound: verantwoord|elijk, kampioen|schap
      }
      String modifier = lower.substring(0, i);
      String linked = withoutLinkingLetter(modifier);
      Entry e = vocabulary.listedWord(modifier);
      if (e == null && linked != null && linked.length() >= MIN_HEAD) {
        e = vocabulary.listedWord(linked);
      }
      if (e != null && !e.category().equals(NOT_A_MODIFIER_CATEGORY) && !prefixes.contains(modifier)) {
        return e;
      }
    }
    return null;
  }

  /** The polarity of a compound's head as a target ("hypotheekrente" as rente), or 0. */
  int target(String lower, String stem) {
    if (!targetEndings.contains(ending(stem)) && !targetEndings.contains(ending(lower))) {
      return 0;
    }
    for (int i = MIN_MODIFIER; i <= lower.length() - MIN_TARGET_HEAD; i++) {
      if (prefixes.contains(lower.substring(0, i))) {
        continue;
      }
      String head = lower.substring(i);
      String headStem = stem.length() > i && stem.startsWith(lower.substring(0, i)) ? stem.substring(i) : head;
      int p = vocabulary.target(head, headStem);
      if (p != 0) {
        return p;
      }
    }
    return 0;
  }

  /**
   * A compound of a target and a change word ("werkloosheidsdaling", "prijsstijging"), or null:
   * the head is a one-word change and the modifier, with or without a linking letter, a target
   * or a compound ending in one.
   */
  CompoundChange change(String lower) {
    if (!changeEndings.contains(ending(lower))) {
      return null;
    }
    for (int i = MIN_MODIFIER; i <= lower.length() - MIN_HEAD; i++) {
      Change c = vocabulary.listedChange(lower.substring(i));
      if (c == null) {
        continue;
      }
      String modifier = lower.substring(0, i);
      int p = modifierTarget(modifier);
      if (p == 0 && modifier.length() > MIN_MODIFIER) {
        String linked = withoutLinkingLetter(modifier);
        if (linked != null) {
          p = modifierTarget(linked);
        }
      }
      if (p != 0) {
        return new CompoundChange(c, p);
      }
    }
    return null;
  }

  /** {@code modifier} without the linking letter it ends in, or null when it ends in none. */
  private String withoutLinkingLetter(String modifier) {
    for (String link : linkingLetters) {
      if (modifier.endsWith(link)) {
        return modifier.substring(0, modifier.length() - link.length());
      }
    }
    return null;
  }

  private boolean isNumeral(String lower) {
    for (String numeral : numerals) {
      if (lower.contains(numeral)) {
        return true;
      }
    }
    return false;
  }

  /** A past participle (gesproken, geschrapt) is a verb form, not a compound. */
  private boolean isParticiple(String lower) {
    boolean participleEnding = false;
    for (String ending : participleEndings) {
      participleEnding |= lower.endsWith(ending);
    }
    if (!participleEnding) {
      return false; // gebroken, gezegd, gemaakt, and as adjectives uitgebloeide, gestegen
    }
    if (lower.startsWith(participlePrefix)) {
      return true;
    }
    // A separable verb's participle: af|ge|sproken, uit|ge|sproken, op|ge|broken.
    for (int i = SHORTEST_PREFIX; i <= Math.min(LONGEST_PREFIX, lower.length() - PARTICIPLE_REST); i++) {
      if (prefixes.contains(lower.substring(0, i)) && lower.startsWith(participlePrefix, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isAdjectival(String head) {
    if (head.length() <= LONGEST_SHORT_COMPARATIVE) {
      for (String ending : comparativeEndings) {
        if (head.endsWith(ending)) {
          return true; // a short comparative: belangrijker is no kind of rijker
        }
      }
    }
    for (String ending : adjectiveEndings) {
      if (head.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private int modifierTarget(String modifier) {
    Integer p = vocabulary.listedTarget(modifier);
    if (p != null) {
      return p;
    }
    for (int i = MIN_MODIFIER; i <= modifier.length() - MIN_MODIFIER_TARGET; i++) {
      p = vocabulary.listedTarget(modifier.substring(i));
      if (p != null) {
        return p;
      }
    }
    return 0;
  }

  private static String ending(String word) {
    return word.length() <= ENDING ? word : word.substring(word.length() - ENDING);
  }

  private static Set<String> endings(Collection<String> words) {
    Set<String> set = new HashSet<>();
    for (String w : words) {
      set.add(ending(w));
    }
    return Lookup.set(set);
  }
}
