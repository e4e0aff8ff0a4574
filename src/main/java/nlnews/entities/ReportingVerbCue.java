package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Who says something is a person or an organisation: a name of type MISC right after a verb of
 * saying or a source preposition ("zegt Kuipers", "aldus De Croo", "volgens GfK") or right before
 * a verb of saying ("Kuipers zei") is a person, or an organisation when it is written like an
 * acronym, with two capitals or more ("GfK"), or ends in a known place ("volgens Marketing
 * Groningen"). Names of other types keep them: "meldt Rijkswaterstaat" is right as it is, and
 * "zegt Gent" a town council. Thread-safe.
 */
final class ReportingVerbCue {

  static final String LABEL = "speaker";

  /** The fewest capitals that make a one-word name an acronym rather than a surname: "GfK", "KNMI". */
  private static final int ACRONYM_CAPITALS = 2;

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  ReportingVerbCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** PER or ORG when the MISC name {@code t} ({@code type} as read so far) speaks, else null. */
  TypeCue cue(SpanTokens t, EntityType type) {
    if (type != EntityType.MISC || gazetteer.name(t.text()) != null || gazetteer.placeOfAdjective(t.text()) != null) {
      return null;
    }
    Token before = t.before(1);
    Token after = t.after(1);
    boolean speaks = before != null && before.kind() == TokenKind.WORD && words.isReportingBeforeName(before.lower())
        || after != null && after.kind() == TokenKind.WORD && words.isReportingAfterName(after.lower());
    if (!speaks) {
      return null;
    }
    return TypeCue.of(organisation(t) ? EntityType.ORG : EntityType.PER, LABEL);
  }

  /**
   * True when a name that speaks is an organisation's: an acronym ("GfK"), or a name of several
   * words that ends in a known place or has an organisation word ("Marketing Groningen", "Omroep
   * Zeeland"); a person's name has neither.
   */
  private boolean organisation(SpanTokens t) {
    if (t.size() == 1) {
      return capitals(t.first().text()) >= ACRONYM_CAPITALS;
    }
    if (PersonShape.of(t, gazetteer)) {
      return false;
    }
    Gazetteer.Entry last = gazetteer.name(t.last().text());
    return last != null || words.isOrganisationWord(t.first().lower()) || words.isOrganisationWord(t.last().lower());
  }

  private static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
