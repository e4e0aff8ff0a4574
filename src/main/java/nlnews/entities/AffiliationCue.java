package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A name in brackets right after a person's name, or after "van" there, is where the person
 * works or belongs ("Beatrijs Vanacker (KUL)", "Olivier Hertoghe van Petercam", "Wies
 * Descheemaeker van de ACOD"): an organisation, unless the gazetteer knows it as a place ("Els
 * Ampe (Brussel)", "Jan Peeters van Anderlecht" in a report on town politics) or it is shaped like
 * a person's name ("de zoon van Jan Smit"); and a name of no known type after a role noun and
 * "van" is the organisation of whoever holds the role ({@link #ofRole}). Thread-safe.
 */
final class AffiliationCue {

  static final String LABEL = "affiliation";

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  AffiliationCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /**
   * ORG when the name {@code t}, which the model called MISC ({@code type}) or which opens with a
   * known organisation ("topman van SNS Reaal"), follows a role noun and "van" ("de woordvoerder
   * van de Tros", "directeur van Marketing Groningen"), else null. A title that heads a department
   * takes one instead ("minister van Defensie"), and a name the model took for a person or place
   * keeps that reading ("de advocaat van Peeters").
   */
  TypeCue ofRole(SpanTokens t, EntityType type) {
    Gazetteer.Entry opener = gazetteer.name(t.first().text());
    boolean company = t.size() > 1 && opener != null && opener.type() == EntityType.ORG; // "topman van SNS Reaal"
    if (type != EntityType.MISC && !company || gazetteer.name(t.text()) != null || PersonShape.of(t, gazetteer)) {
      return null;
    }
    int k = 1;
    Token van = t.before(k);
    if (van != null && gazetteer.isArticle(van.text())) {
      van = t.before(++k);
    }
    Token role = t.before(k + 1);
    if (van == null || !words.isDepartmentLink(van.text()) || role == null || role.kind() != TokenKind.WORD
        || gazetteer.titleOfCompound(role.lower()) == null || words.headsDepartment(role.lower())) {
      return null;
    }
    return TypeCue.of(EntityType.ORG, LABEL);
  }

  /**
   * ORG when the name {@code t} fills brackets that follow a person's name, or follows it and
   * "van" ({@code person}: the name before it when that is a person's, or null), else null.
   */
  TypeCue cue(SpanTokens t, NameSpan person) {
    if (person == null) {
      return null;
    }
    int personEnd = person.end();
    if (!inBrackets(t, personEnd) && !(givenAndSurname(t, person) && afterVan(t, personEnd))) {
      return null;
    }
    Gazetteer.Entry known = gazetteer.name(t.text());
    if (known != null && known.type() == EntityType.LOC || PersonShape.of(t, gazetteer)) {
      return null;
    }
    return TypeCue.of(EntityType.ORG, LABEL);
  }

  /** True when {@code person} opens with a known first name or initials and has a surname after them. */
  private boolean givenAndSurname(SpanTokens t, NameSpan person) {
    String[] words = t.article().slice(person.start(), person.end()).split("\\s+");
    return words.length > 1 && (gazetteer.firstName(words[0]) != null || NameShapes.isInitials(words[0]));
  }

  /** "Beatrijs Vanacker (KUL)". */
  private static boolean inBrackets(SpanTokens t, int personEnd) {
    Token beforeOpen = t.before(2);
    return SpanTokens.is(t.before(1), "(") && SpanTokens.is(t.after(1), ")") && beforeOpen != null && beforeOpen.end() == personEnd;
  }

  /** "Olivier Hertoghe van Petercam", "Wies Descheemaeker van de ACOD". */
  private boolean afterVan(SpanTokens t, int personEnd) {
    int k = 1;
    Token van = t.before(k);
    if (van != null && gazetteer.isArticle(van.text())) {
      van = t.before(++k);
    }
    Token person = t.before(k + 1);
    return van != null && words.rules().of().contains(van.text()) && person != null && person.end() == personEnd;
  }
}
