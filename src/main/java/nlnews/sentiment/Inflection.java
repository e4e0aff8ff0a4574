package nlnews.sentiment;

import java.util.Set;
import nlnews.text.Lookup;

/**
 * Tells an inflection from a different word that happens to share its Snowball stem. The
 * stemmer maps geweldig to geweld, vergelijkbare to vergelijk and kan to kans; a lexicon match on
 * the stem alone would score "geweldig" as violence. A token is an inflection of a lemma when,
 * after undoubling letters (groot/grote, slim/slimme) and levelling v/f and z/s (positief/
 * positieve, boos/boze), it is the lemma (or its verb stem: dalen → dal) plus an inflectional
 * ending (-e, -en, -s, -er, -st, -t, -de, -te, ...). The noun in -ing and the participle in -end
 * of the same verb count as forms of each other (teleurstelling, teleurstellend).
 */
final class Inflection {

  private static final Set<String> ENDINGS =
      Lookup.words(
          "", "e", "en", "s", "es", "er", "ere", "ers", "st", "ste", "n", "t", "d", "de", "den",
          "te", "ten", "'s", "r", "re", "je", "jes", "tje", "tjes", "ene", "nd", "nde");

  /**
   * Tokens that look like a lemma's form but in news are nearly always another word: uitsluitend
   * (exclusively, not excluding), terminal (an airport's, not terminaal), bos (a forest, not boos),
   * leg (I lay, not leeg), afwachting ("in afwachting van", pending). (slechts, "only", stays a
   * form of slecht: it says there is less than one hoped for, and the headlines' coders read it so.)
   */
  private static final Set<String> OTHER_WORDS = Lookup.words("uitsluitend", "terminal", "bos", "leg", "afwachting");

  private Inflection() {}

  static boolean of(String lemma, String token) {
    if (lemma.equals(token)) {
      return true;
    }
    if (OTHER_WORDS.contains(token)) {
      return false;
    }
    if ((lemma.endsWith("tte") || lemma.endsWith("dde")) && !token.startsWith(lemma)) {
      return false; // a past tense (vluchtte) is no base for a noun that levels the same (vluchten)
    }
    if (lemma.equals("gered") && token.equals("gereden")) {
      return false; // the participle of rijden, not a form of redden
    }
    // The noun in -ing and the participle in -end of one verb carry the same judgement
    // (teleurstelling, teleurstellend, teleurstellende); the lexicon lists one of them.
    String verb = lemma.endsWith("ing") ? lemma.substring(0, lemma.length() - 3)
        : lemma.endsWith("end") ? lemma.substring(0, lemma.length() - 3) : null;
    if (verb != null && verb.length() > 3 && token.startsWith(verb)) {
      String rest = token.substring(verb.length());
      if (rest.equals("ing") || rest.equals("end") || rest.equals("ende")) {
        return true;
      }
    }
    String a = level(lemma);
    String b = level(token);
    if (matches(a, b)) {
      return true;
    }
    for (String ending : new String[] {"en", "e", "n"}) {
      if (a.endsWith(ending) && a.length() > ending.length() + 2) {
        String base = a.substring(0, a.length() - ending.length());
        // the bare verb stem ("vier" of vieren) is as often another word (the number four)
        if (b.length() > base.length() && matches(base, b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String base, String token) {
    return token.startsWith(base) && ENDINGS.contains(token.substring(base.length()));
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
