package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A name is a person's after a title, role noun or form of address ("SP-leider Roemer",
 * "mevrouw Peeters"), and before a party in brackets ("Buma (CDA)", "Jan Jambon (N-VA)"); and a
 * name of two to {@value #LONGEST_NAME} words opened by a known first name that the model took for
 * a place or organisation is a person's too ("Elton John"). Not for a name the gazetteer knows,
 * nor for one with an organisation word ("voorzitter Stichting Salvage" would be an
 * organisation). Thread-safe.
 */
final class PersonCue {

  static final String LABEL = "person";

  /**
   * The most words of a name read as a person's from its first name alone: a first name, perhaps
   * a second, and a surname; longer names opened by a first name are as often works or events.
   */
  static final int LONGEST_NAME = 3;

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

  /**
   * PER when the model read {@code type} (LOC or ORG) for a name that a known first name opens and
   * capitalised words end ("Elton John"), else null.
   */
  TypeCue byFirstName(SpanTokens t, EntityType type) {
    if (type != EntityType.LOC && type != EntityType.ORG || t.size() < 2 || t.size() > LONGEST_NAME
        || gazetteer.firstName(t.first().text()) == null || gazetteer.name(t.text()) != null) {
      return null;
    }
    for (int k = t.from(); k < t.to(); k++) {
      Token w = t.sentence().get(k);
      if (w.kind() != TokenKind.WORD || !w.isCapitalized() || words.isOrganisationWord(w.lower()) || words.endsPlaceName(w.lower())
          || gazetteer.name(w.text()) != null && k > t.from()) {
        return null; // "Albert Heijn Holding", "Willem Alexanderplein", "Johan Amsterdam"
      }
    }
    return TypeCue.of(EntityType.PER, LABEL);
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
