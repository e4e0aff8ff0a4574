package nlnews.entities;

import java.util.regex.Pattern;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A name is a place when its form says so: a street, road, bridge, tunnel or venue word ends it
 * ("Baarlandsezandweg", "Lotto Arena", "Koning Willem II-stadion") or opens it ("Stade de
 * France"); a compass word follows a known place ("Geel-Oost", "Utrecht Centraal"); or it is a
 * road number ("E313", "A2"). Not where a first name, initials or a particle make it a person
 * ("Jan van Dijk", "Van der Laan"). Thread-safe.
 */
final class PlaceNameCue {

  /** Road numbers: motorways (A), European routes (E), provincial (N) and ring roads (R), one to three digits. */
  private static final Pattern ROAD_NUMBER = Pattern.compile("[AENR][0-9]{1,3}");

  static final String LABEL = "place-name";

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  PlaceNameCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** LOC when the form of the name {@code t} makes it a place, else null. */
  TypeCue cue(SpanTokens t) {
    return isPlace(t) ? TypeCue.of(EntityType.LOC, LABEL) : null;
  }

  private boolean isPlace(SpanTokens t) {
    if (t.size() == 1 && ROAD_NUMBER.matcher(t.first().text()).matches()) {
      return true;
    }
    String last = t.last().lower();
    if (words.isOrganisationWord(t.first().lower()) || words.isOrganisationWord(last)) {
      return false; // "Veiligheidsregio Brabant-Noord", "Ondernemersvereniging Binnenstad Harderwijk"
    }
    int hyphen = last.lastIndexOf('-');
    if (hyphen > 0 && hyphen < last.length() - 1) {
      // a hyphenated tail is never a surname: "Willem II-stadion" is no person
      String tail = last.substring(hyphen + 1);
      return words.endsPlaceName(tail) || words.isCompassPart(tail) && isKnownPlace(t.last().text().substring(0, hyphen));
    }
    if (t.size() > 1 && words.opensPlaceName(t.first().lower())) {
      return true; // "Stade de France": its "de" is no particle of a person's name
    }
    if (PersonShape.of(t, gazetteer)) {
      return false; // "Jan van Dijk"
    }
    if (t.size() > 1 && words.isCompassPart(last)) {
      return isKnownPlace(t.sentence().get(t.to() - 2).text());
    }
    return endsInPlaceWord(t, last);
  }

  /**
   * True when the last word is a street or venue word: as the tail of a longer word
   * ("Vlaketunnel"), or whole after another word of the name that is no particle ("Lotto Arena",
   * not "Van Dijk").
   */
  private boolean endsInPlaceWord(SpanTokens t, String lastLower) {
    if (!words.isPlaceWord(lastLower)) {
      // "Harderwijk" in a longer name is the town, not a street or district that ends in "wijk"
      return words.endsPlaceName(lastLower) && (t.size() == 1 || gazetteer.name(t.last().text()) == null);
    }
    if (t.size() < 2) {
      return false;
    }
    Token before = t.sentence().get(t.to() - 2);
    return before.kind() == TokenKind.WORD && !gazetteer.isParticle(before.lower());
  }

  private boolean isKnownPlace(String text) {
    Gazetteer.Entry e = gazetteer.name(text);
    return e != null && e.type() == EntityType.LOC;
  }
}
