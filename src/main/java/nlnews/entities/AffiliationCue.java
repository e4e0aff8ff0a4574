package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;

/**
 * A name in brackets right after a person's name is where the person works or belongs ("Beatrijs
 * Vanacker (KUL)", "Dieter De Cleene (Eos)"): an organisation, unless the gazetteer knows it as
 * a place ("Els Ampe (Brussel)"). Thread-safe.
 */
final class AffiliationCue {

  static final String LABEL = "affiliation";

  private final Gazetteer gazetteer;

  AffiliationCue(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * ORG when the name {@code t} fills brackets that follow the last token of a person's name
   * ({@code personEnd}: the end offset of the person's name before it, or -1), else null.
   */
  TypeCue cue(SpanTokens t, int personEnd) {
    Token open = t.before(1);
    Token beforeOpen = t.before(2);
    if (!SpanTokens.is(open, "(") || !SpanTokens.is(t.after(1), ")") || beforeOpen == null || beforeOpen.end() != personEnd) {
      return null;
    }
    Gazetteer.Entry known = gazetteer.name(t.text());
    if (known != null && known.type() == EntityType.LOC) {
      return null;
    }
    return TypeCue.of(EntityType.ORG, LABEL);
  }
}
