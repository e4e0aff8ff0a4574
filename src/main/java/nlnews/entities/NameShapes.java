package nlnews.entities;

import java.util.List;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/** What the form of a word, and its place in the sentence, says about a name. Pure functions. */
final class NameShapes {

  /** Initials have two characters at least: a capital and its period ("V."). */
  private static final int SHORTEST_INITIALS = 2;

  /** The longest initials news writes run to eight characters ("J.W.F.M."); longer is an abbreviated phrase. */
  private static final int LONGEST_INITIALS = 8;

  /**
   * The most lower-case letters initials can have: one, for an abbreviated given name such as
   * "Th." or "Ph."; "Chr." and "Mevr." abbreviate words.
   */
  private static final int MAX_LOWER_CASE_IN_INITIALS = 1;

  /** An acronym has two capitals at least ("VS", "NAVO"); one alone is a word or an initial. */
  private static final int FEWEST_ACRONYM_CAPITALS = 2;

  private NameShapes() {}

  /** True where a capital says nothing: a sentence start, or after an opening quote, colon or dash. */
  static boolean capitalSaysNothing(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      switch (t.kind()) {
        case QUOTE:
        case DASH:
          continue;
        case PUNCTUATION:
          String s = t.text();
          return s.equals(":") || s.equals("(") || s.equals("[") || s.startsWith(".") || s.equals("!") || s.equals("?") || s.equals("\u2026");
        default:
          return false;
      }
    }
    return true;
  }

  /** A capitalised word, acronym or initial that can be part of a name; also "'s-Hertogenbosch". */
  static boolean startsName(Token t) {
    if (t.kind() == TokenKind.ABBREVIATION) {
      return isInitials(t.text());
    }
    return t.kind() == TokenKind.WORD
        && (t.isCapitalized() && Character.isLetter(t.text().charAt(0)) || isElidedName(t.text()) || isDigitAcronym(t.text()));
  }

  /** A name of digits and capitals, as broadcasters and parties write them: "4FM", "50PLUS", "3FM". */
  static boolean isDigitAcronym(String s) {
    return Character.isDigit(s.charAt(0)) && isAcronym(s.replaceAll("[0-9]", "")) && s.chars().allMatch(Character::isLetterOrDigit);
  }

  /** A name after an elided article: "'s-Gravenpolder", "’s-Hertogenbosch", "'t-Zandt" (a capital after "'s-" or "'t-"). */
  static boolean isElidedName(String s) {
    return s.length() > 3 && (s.charAt(0) == '\'' || s.charAt(0) == '\u2019') && (s.charAt(1) == 's' || s.charAt(1) == 't')
        && s.charAt(2) == '-' && Character.isUpperCase(s.charAt(3));
  }

  /** Initials such as "J.", "J.P." or "Th.": a capital first, a period last. */
  static boolean isInitials(String s) {
    return s.length() >= SHORTEST_INITIALS && Character.isUpperCase(s.charAt(0)) && s.charAt(s.length() - 1) == '.'
        && s.length() <= LONGEST_INITIALS
        && s.chars().filter(Character::isLowerCase).count() <= MAX_LOWER_CASE_IN_INITIALS;
  }

  /** Two capitals or more and no lower-case letter: "VS", "NAVO", "N-VA", "CD&V". */
  static boolean isAcronym(String s) {
    if (s.length() < FEWEST_ACRONYM_CAPITALS) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        return false;
      }
    }
    return upper >= FEWEST_ACRONYM_CAPITALS;
  }

  /** A capital after the first character: "eBay", "iPhone", "ProRail". */
  static boolean hasInnerCapital(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The hyphen that ends the name part of a compound such as "Kremlin-woordvoerder" or
   * "N-VA-banken" (the last one followed by a lower-case tail), or -1.
   */
  static int compoundHyphen(String word) {
    for (int i = word.length() - 2; i > 0; i--) {
      if (word.charAt(i) == '-' && Character.isLowerCase(word.charAt(i + 1))) {
        for (int k = i + 1; k < word.length(); k++) {
          if (Character.isUpperCase(word.charAt(k))) {
            return -1; // a tail with a capital ("pro-iPhone") is no common noun
          }
        }
        return i;
      }
    }
    return -1;
  }
}
