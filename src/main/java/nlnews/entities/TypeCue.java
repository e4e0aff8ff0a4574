package nlnews.entities;

import nlnews.model.EntityType;

/**
 * What the words around one mention of a name say its type is, and why: "het duo X" (ORG), "de
 * Lotto Arena" (LOC), "Buma (CDA)" (PER). A cue about the name holds for every mention of the
 * name in the article; one about the mention ({@code mentionOnly}: a town that is the team in a
 * match report, "in Genk" staying the place) holds for that mention alone.
 */
record TypeCue(EntityType type, String label, boolean mentionOnly) {

  /** A cue about the name. */
  static TypeCue of(EntityType type, String label) {
    return new TypeCue(type, label, false);
  }
}
