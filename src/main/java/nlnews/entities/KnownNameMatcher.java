package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Finds in a sentence the names the lists know: places and organisations, longest match first;
 * adjectives of places ("Oekraïense", MISC); and the name part of a hyphenated compound
 * ("Kremlin-woordvoerder" mentions Kremlin), typed by the gazetteer or by the compound's tail.
 * Thread-safe.
 */
final class KnownNameMatcher {

  /** The shortest name part of a compound: "X-as" or "A-merk" name nothing. */
  private static final int SHORTEST_COMPOUND_NAME = 2;

  /** What the matcher found in one sentence, and which tokens it claimed (a claimed token starts no other name). */
  static final class Matches {
    private final List<RuleCandidate> names;
    private final boolean[] claimed;

    private Matches(List<RuleCandidate> names, boolean[] claimed) {
      this.names = List.copyOf(names);
      this.claimed = claimed;
    }

    List<RuleCandidate> names() {
      return names;
    }

    boolean claimed(int token) {
      return claimed[token];
    }
  }

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  KnownNameMatcher(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  Matches match(SentenceView sentence) {
    int n = sentence.size();
    List<RuleCandidate> names = new ArrayList<>();
    boolean[] claimed = new boolean[n];
    for (int i = 0; i < n; i++) {
      Token t = sentence.token(i);
      if (!t.isWord()) {
        continue;
      }
      RuleCandidate known = knownName(sentence, i);
      if (known != null) {
        names.add(known);
        for (int k = i; k < i + known.words(); k++) {
          claimed[k] = true;
        }
        i += known.words() - 1;
        continue;
      }
      if (t.kind() != TokenKind.WORD || !t.isCapitalized()) {
        continue;
      }
      if (gazetteer.placeOfAdjective(t.text()) != null) {
        names.add(new RuleCandidate(t.start(), t.end(), sentence.paragraph(), t.text(), 1,
            new RuleCandidate.Reading(EntityType.MISC, RuleCandidate.KNOWN, RuleEvidence.ADJECTIVE)));
        claimed[i] = true;
        continue;
      }
      int hyphen = NameShapes.compoundHyphen(t.text());
      if (hyphen > 0) {
        String head = t.text().substring(0, hyphen);
        if (sentence.capitalSaysNothing(i) && gazetteer.isCommonWord(head.toLowerCase(Locale.ROOT))) {
          continue;
        }
        RuleCandidate.Reading reading = compoundReading(t, hyphen);
        if (reading != null) {
          names.add(new RuleCandidate(t.start(), t.start() + hyphen, sentence.paragraph(), head, 1, reading));
        }
        claimed[i] = true;
      }
    }
    return new Matches(names, claimed);
  }

  /**
   * The reading of the name part of a compound such as "Kremlin-woordvoerder", "VVD-leider" or
   * "Donetsbekken-regio" (before the {@code hyphen}), from the gazetteer or the compound's tail;
   * or null when the part is an adjective's ("Russisch-Oekraïens") or too short to be a name.
   */
  private RuleCandidate.Reading compoundReading(Token compound, int hyphen) {
    String head = compound.text().substring(0, hyphen);
    Gazetteer.Entry known = gazetteer.name(head);
    if (known != null) {
      return new RuleCandidate.Reading(known.type(), RuleCandidate.KNOWN, RuleEvidence.GAZETTEER);
    }
    if (gazetteer.placeOfAdjective(head) != null || head.length() < SHORTEST_COMPOUND_NAME) {
      return null;
    }
    String tail = compound.lower().substring(hyphen + 1);
    EntityType type = words.isPlaceCompoundTail(tail) ? EntityType.LOC : EntityType.MISC;
    if (gazetteer.titleOfCompound(tail) != null && NameShapes.isAcronym(head)) {
      type = EntityType.ORG; // "VVD-leider": a party's leader
    }
    int confidence = type == EntityType.MISC ? RuleCandidate.CAPITALS : RuleCandidate.CONTEXT;
    return new RuleCandidate.Reading(type, confidence, RuleEvidence.COMPOUND);
  }

  /** The known place or organisation that starts at token {@code i}, or null. */
  private RuleCandidate knownName(SentenceView sentence, int i) {
    Token first = sentence.token(i);
    String firstWord = first.text();
    boolean opening = sentence.capitalSaysNothing(i);
    int longest = gazetteer.longestNameStartingWith(firstWord);
    if (opening && !firstWord.isEmpty()) {
      // "Ministerie van Defensie" opening a sentence is "ministerie van Defensie"
      longest = Math.max(longest, gazetteer.longestNameStartingWith(lowerFirst(firstWord)));
    }
    if (longest == 0) {
      return null;
    }
    for (int length = Math.min(longest, sentence.size() - i); length >= 1; length--) {
      Token last = sentence.token(i + length - 1);
      if (!last.isWord()) {
        continue;
      }
      String phrase = sentence.text(i, i + length);
      if (phrase.indexOf('\n') >= 0 || phrase.indexOf('\r') >= 0) {
        phrase = phrase.replaceAll("\\s+", " ");
      }
      if (!NameShapes.hasUpperCase(phrase)) {
        continue;
      }
      Gazetteer.Entry entry = gazetteer.name(phrase);
      if (entry == null && opening && length > 1) {
        entry = gazetteer.name(lowerFirst(phrase));
      }
      if (entry == null) {
        continue;
      }
      if (length == 1 && (!isNameHere(sentence, i) || afterSurnameParticle(sentence, i))) {
        return null;
      }
      return new RuleCandidate(first.start(), last.end(), sentence.paragraph(), phrase, length,
          new RuleCandidate.Reading(entry.type(), RuleCandidate.KNOWN, RuleEvidence.GAZETTEER));
    }
    return null;
  }

  /**
   * Whether a known one-word name at token {@code i} is a name here: not a place named like an
   * ordinary word that opens the sentence, where the article also writes the word in lower case
   * or the common words list it (unless the article capitalises it inside a sentence too); and
   * capitalised, unless written like "eBay".
   */
  private boolean isNameHere(SentenceView sentence, int i) {
    Token first = sentence.token(i);
    ArticleCasing casing = sentence.casing();
    if (sentence.capitalSaysNothing(i)
        && (gazetteer.isCommonWord(first.lower()) || casing.writesLowerCase(first.lower()))
        && !casing.capitalisesOrInitialsInside(first.text())) {
      return false;
    }
    return first.isCapitalized() || NameShapes.hasInnerCapital(first.text());
  }

  /**
   * True when a capitalised particle that is no article comes right before token {@code i}
   * inside a sentence: "Van Amersfoort", "Ter Apel" there are surnames.
   */
  private boolean afterSurnameParticle(SentenceView sentence, int i) {
    if (i == 0) {
      return false;
    }
    Token before = sentence.token(i - 1);
    return before.kind() == TokenKind.WORD && before.isCapitalized() && gazetteer.isParticle(before.lower())
        && !gazetteer.isArticle(before.lower()) && !sentence.capitalSaysNothing(i - 1);
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
