package nlnews.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * Why the rules read a name as they do; the label is kept with every name for analysts
 * ({@link NameSpan#evidence}). The strong kinds are good enough to add a name the model missed.
 */
enum RuleEvidence {
  /** The gazetteer knows the name. */
  GAZETTEER("gazetteer", true),
  /** An adjective of a known place ("Oekraïense"). */
  ADJECTIVE("adjective", true),
  /** The name part of a hyphenated compound ("Kremlin-woordvoerder"). */
  COMPOUND("compound", true),
  /** A title, role noun or form of address before the name. */
  TITLE("title", true),
  /** The surname of a person the article names in full. */
  SURNAME("surname", true),
  /** A known first name opens the name. */
  FIRST_NAME("first-name", false),
  /** Initials open the name ("J.P. Balkenende"). */
  INITIALS("initials", false),
  /** A lower-case particle inside the name ("Marleen de Graaf"). */
  PARTICLE("particle", false),
  /** An organisation word at either end ("Meuse Steel"). */
  ORGANISATION_WORD("organisation-word", false),
  /** One word in capitals ("NAVO"). */
  ACRONYM("acronym", false),
  /** A place preposition or place noun before the name. */
  PLACE_CONTEXT("place-context", false),
  /** Two to four capitalised words and nothing else. */
  CAPITALISED("capitalised", false),
  /** Nothing: a capitalised word of unknown type. */
  DEFAULT("default", false);

  /** What a reading taken over from another mention of the name adds to its label. */
  static final String ELSEWHERE = "-elsewhere";

  private static final Map<String, RuleEvidence> BY_LABEL = new HashMap<>();

  static {
    for (RuleEvidence e : values()) {
      BY_LABEL.put(e.label, e);
    }
  }

  private final String label;
  private final boolean strong;

  RuleEvidence(String label, boolean strong) {
    this.label = label;
    this.strong = strong;
  }

  String label() {
    return label;
  }

  /**
   * True when a rule name labelled {@code label} (also when read from another mention of the
   * name, "title-elsewhere") is evidenced well enough to be added where the model found nothing.
   */
  static boolean addsMissedName(String label) {
    RuleEvidence e = BY_LABEL.get(label.replace(ELSEWHERE, ""));
    return e != null && e.strong;
  }
}
