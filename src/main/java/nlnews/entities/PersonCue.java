package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A name is a person's after a title, role noun or form of address ("SP-leider Roemer",
 * "mevrouw Peeters"), and before a party in brackets ("Buma (CDA)", "Jan Jambon (N-VA)"). Not
 * for a name the gazetteer knows, nor for one with an organisation word ("voorzitter Stichting
 * Salvage" would be an organisation). Thread-safe.
 */
final class PersonCue {

  static final String LABEL = "person";

  /** The most tokens of a party's name in brackets: "(Open VLD)", "(CD&V)" (three tokens). */
  private static final int LONGEST_PARTY = 4;

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  PersonCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** PER when the words around the name {@code t} make it a person's, else null. */
  TypeCue cue(SpanTokens t) {
    if (gazetteer.name(t.text()) != null || words.isOrganisationWord(t.first().lower()) || words.isOrganisationWord(t.last().lower())) {
      return null;
    }
    Token before = t.before(1);
    if (before != null && before.kind() != TokenKind.QUOTE
        && (gazetteer.titleOfCompound(before.lower()) != null || words.isFormOfAddress(before.lower()))) {
      return TypeCue.of(EntityType.PER, LABEL);
    }
    return partyInBrackets(t) ? TypeCue.of(EntityType.PER, LABEL) : null;
  }

  private boolean partyInBrackets(SpanTokens t) {
    if (!SpanTokens.is(t.after(1), "(")) {
      return false;
    }
    for (int k = 3; k <= 2 + LONGEST_PARTY; k++) {
      if (SpanTokens.is(t.after(k), ")")) {
        Token first = t.after(2);
        Token last = t.after(k - 1);
        Gazetteer.Entry entry = gazetteer.name(t.text(first, last));
        return entry != null && entry.type() == EntityType.ORG && entry.kind().equals("party");
      }
    }
    return false;
  }
}
