package nlnews.model;

import java.util.Locale;

/** How an entity is mentioned at one place in the text. */
public enum MentionForm {
  /** By a name or part of it: "Volodymyr Zelensky", "Zelensky". */
  NAME,
  /** By the name part of a hyphenated compound: "Kremlin" in "Kremlin-woordvoerder". */
  COMPOUND,
  /** By an adjective derived from a place's name: "Oekraïense" for Oekraïne. */
  ADJECTIVE,
  /** By a pronoun the speaker stage resolved: "hij", "zij", "hem". */
  PRONOUN,
  /** By a role noun or an institution noun the speaker stage resolved: "de president", "het ministerie". */
  ROLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
