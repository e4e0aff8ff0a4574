package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;

/**
 * A name in brackets right after a person's name, or after "van" there, is where the person
 * works or belongs ("Beatrijs Vanacker (KUL)", "Olivier Hertoghe van Petercam", "Wies
 * Descheemaeker van de ACOD"): an organisation, unless the gazetteer knows it as a place ("Els
 * Ampe (Brussel)", "Jan Peeters van Anderlecht" in a report on town politics) or it is shaped like
 * a person's name ("de zoon van Jan Smit"). Thread-safe.
 */
final class AffiliationCue {

  static final String LABEL = "affiliation";

  private final Gazetteer gazetteer;

  AffiliationCue(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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
    return van != null && van.text().equals("van") && person != null && person.end() == personEnd;
  }
}
