package nlnews.entities;

import nlnews.model.EntityType;

/**
 * A name the model took for a person's that opens or ends with an organisation word is an
 * organisation (organisation-words.tsv: "Stichting Salvage", "Noorderlicht Capital", "Woonbond"
 * as a compound), unless it is shaped like a person's name ("Jan Bond") or is the word alone
 * ("Post" is as often a surname). Other types stay: "Nations League-groep" is a competition, and a
 * MISC name the rules read this way is retyped by {@link ModelNameCorrector}. Thread-safe.
 */
final class OrganisationWordCue {

  static final String LABEL = "organisation-word";

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  OrganisationWordCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** ORG when an organisation word opens or ends the name {@code t}, typed {@code type} so far, else null. */
  TypeCue cue(SpanTokens t, EntityType type) {
    if (type != EntityType.PER || PersonShape.of(t, gazetteer) || gazetteer.name(t.text()) != null) {
      return null;
    }
    String first = t.first().lower();
    String last = t.last().lower();
    boolean organisation = t.size() == 1
        ? words.isOrganisationWord(first) && !words.isListedOrganisationWord(first)
        : words.isOrganisationWord(first) || words.isOrganisationWord(last);
    return organisation ? TypeCue.of(EntityType.ORG, LABEL) : null;
  }
}
