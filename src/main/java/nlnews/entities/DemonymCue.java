package nlnews.entities;

import nlnews.model.EntityType;

/**
 * An inhabitant noun or a place adjective is no person, place or organisation: "Genkenaar",
 * "Limburger", "Amsterdammers" (a known place and an inhabitant ending), "Vlaams" (a known
 * adjective without its -e). MISC, as the gold convention of CoNLL has it. Not for a name the
 * gazetteer knows ("De Limburger" is a newspaper). Thread-safe.
 */
final class DemonymCue {

  static final String LABEL = "demonym";

  /** The shortest place an inhabitant noun is made from: "Ee" + "r" would make every "Eer" one. */
  private static final int SHORTEST_PLACE = 3;

  private final Gazetteer gazetteer;
  private final NameRuleWords rules;

  DemonymCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.rules = words.rules();
  }

  /** MISC when the one-word name {@code t} is an inhabitant noun or a place adjective, else null. */
  TypeCue cue(SpanTokens t) {
    if (t.size() != 1) {
      return null;
    }
    String text = t.first().text();
    if (gazetteer.name(text) != null) {
      return null;
    }
    if (gazetteer.placeOfAdjective(text) != null || adjectiveOfPlace(text) || isInhabitant(text)) {
      return TypeCue.of(EntityType.MISC, LABEL);
    }
    return null;
  }

  private boolean isInhabitant(String text) {
    // inhabitant endings, longest first: Genk-enaar(en), Antwerpen-aar(en), Limburg-er(s), Groning(en)-er
    for (String ending : rules.inhabitantEndings()) {
      if (text.length() - ending.length() < SHORTEST_PLACE || !text.endsWith(ending)) {
        continue;
      }
      String base = text.substring(0, text.length() - ending.length());
      if (isPlace(base) || lostPlaceEnding(base)) {
        return true;
      }
      int n = base.length();
      if (n > SHORTEST_PLACE && base.charAt(n - 1) == base.charAt(n - 2) && isPlace(base.substring(0, n - 1))) {
        return true; // Amsterdamm-er
      }
    }
    return false;
  }

  /** "Vlaams": a known place adjective without its ending. */
  private boolean adjectiveOfPlace(String text) {
    for (String ending : rules.adjectiveEndings()) {
      if (gazetteer.placeOfAdjective(text + ending) != null) {
        return true;
      }
    }
    return false;
  }

  /** "Groning": a known place without the ending it loses before an inhabitant ending. */
  private boolean lostPlaceEnding(String base) {
    for (String ending : rules.placeEndings()) {
      if (isPlace(base + ending)) {
        return true;
      }
    }
    return false;
  }

  private boolean isPlace(String name) {
    Gazetteer.Entry e = gazetteer.name(name);
    return e != null && e.type() == EntityType.LOC;
  }
}
