package nlnews.entities;

import java.util.List;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Gives a run of capitalised words the gazetteer does not know a type, from the strongest
 * evidence around and inside it: a title or form of address before it, a first name or initials
 * opening it, a particle inside it (PER); an organisation word at either end, or one acronym
 * (ORG); a place preposition or place noun before it (LOC); else a lone first name (PER), two to
 * {@value #LONGEST_PERSON_NAME} capitalised words (PER), or MISC. Thread-safe.
 */
final class ContextTyper {

  /**
   * The most capitalised words taken for a person's name on their capitals alone: given names,
   * particles aside, and a surname rarely make more than four ("Jan Peter Karel Balkenende");
   * longer runs are titles of works and events.
   */
  static final int LONGEST_PERSON_NAME = 4;

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  ContextTyper(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** The reading of the run {@code tokens[from, to)}. */
  RuleCandidate.Reading read(List<Token> tokens, int from, int to) {
    int count = to - from;
    Token before = from > 0 ? tokens.get(from - 1) : null;
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    if (before != null && before.kind() != TokenKind.QUOTE
        && (gazetteer.titleOfCompound(before.lower()) != null || words.isFormOfAddress(before.lower()))) {
      return person(RuleCandidate.PERSON_CUE, RuleEvidence.TITLE);
    }
    if (count > 1 && gazetteer.firstName(first.text()) != null) {
      return person(RuleCandidate.PERSON_CUE, RuleEvidence.FIRST_NAME);
    }
    if (first.kind() == TokenKind.ABBREVIATION && count > 1) {
      return person(RuleCandidate.PERSON_CUE, RuleEvidence.INITIALS);
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (!tokens.get(k).isCapitalized()) {
        return person(RuleCandidate.NAME_WORD, RuleEvidence.PARTICLE);
      }
    }
    if (words.isOrganisationWord(last.lower()) || words.isOrganisationWord(first.lower())) {
      return new RuleCandidate.Reading(EntityType.ORG, RuleCandidate.NAME_WORD, RuleEvidence.ORGANISATION_WORD);
    }
    if (count == 1 && NameShapes.isAcronym(first.text())) {
      return new RuleCandidate.Reading(EntityType.ORG, RuleCandidate.CONTEXT, RuleEvidence.ACRONYM);
    }
    if (before != null && words.announcesPlace(before.lower())) {
      return new RuleCandidate.Reading(EntityType.LOC, RuleCandidate.CONTEXT, RuleEvidence.PLACE_CONTEXT);
    }
    if (count == 1 && gazetteer.firstName(first.text()) != null) {
      return person(RuleCandidate.CONTEXT, RuleEvidence.FIRST_NAME);
    }
    if (count > 1 && count <= LONGEST_PERSON_NAME) {
      return person(RuleCandidate.CAPITALS, RuleEvidence.CAPITALISED);
    }
    return new RuleCandidate.Reading(EntityType.MISC, RuleCandidate.CAPITALS, RuleEvidence.DEFAULT);
  }

  private static RuleCandidate.Reading person(int confidence, RuleEvidence evidence) {
    return new RuleCandidate.Reading(EntityType.PER, confidence, evidence);
  }
}
