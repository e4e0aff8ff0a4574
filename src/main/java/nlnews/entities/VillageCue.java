package nlnews.entities;

import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * A village or part of a municipality (villages.tsv) is a place where the words around it let it
 * be one: after a place preposition or noun ("in Ovezande", "de deelgemeente Heverlee"), or inside
 * a sentence when nothing says it is a person (many villages are surnames too: "Rutten zei" stays
 * a person). Never on its own at the start of a sentence. Thread-safe.
 */
final class VillageCue {

  static final String LABEL = "village";

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  VillageCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** LOC when the name {@code t}, read as {@code type} so far, is a village that stands where places do, else null. */
  TypeCue cue(SpanTokens t, EntityType type) {
    if (!gazetteer.village(t.text()) || PersonShape.of(t, gazetteer)) {
      return null;
    }
    Token before = t.before(1);
    if (before != null && before.kind() == TokenKind.WORD && words.announcesPlace(before.lower())) {
      return TypeCue.of(EntityType.LOC, LABEL);
    }
    if (type == EntityType.PER || NameShapes.capitalSaysNothing(t.sentence(), t.from())) {
      return null;
    }
    return TypeCue.of(EntityType.LOC, LABEL);
  }
}
