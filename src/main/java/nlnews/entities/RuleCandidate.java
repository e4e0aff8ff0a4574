package nlnews.entities;

import nlnews.model.EntityType;

/**
 * A name the rules found, before the article agrees on one reading per name: its offsets,
 * paragraph number, text as written, number of tokens, and reading.
 */
record RuleCandidate(int start, int end, int paragraph, String text, int words, RuleCandidate.Reading reading) {

  /** A name the gazetteer knows, or an adjective of a known place: the lists were written for news and say it outright. */
  static final int KNOWN = 5;
  /** A title or form of address before the name, a first name or initials opening it: a person, nearly always. */
  static final int PERSON_CUE = 4;
  /** A particle inside the name or an organisation word at either end: good evidence, yet beaten by a person cue. */
  static final int NAME_WORD = 3;
  /** An acronym, a place word before it, a lone first name, a place compound: context that misleads now and then. */
  static final int CONTEXT = 2;
  /** Capitals alone: a guess that any other reading of the same name overrules. */
  static final int CAPITALS = 1;

  /**
   * A type with how strongly the evidence supports it (one of the constants above) and the
   * evidence; {@code elsewhere} when taken over from another mention of the same name.
   */
  record Reading(EntityType type, int confidence, RuleEvidence evidence, boolean elsewhere) {

    Reading(EntityType type, int confidence, RuleEvidence evidence) {
      this(type, confidence, evidence, false);
    }

    /** This reading as another mention of the name takes it over. */
    Reading elsewhereToo() {
      return new Reading(type, confidence, evidence, true);
    }

    /** The evidence as kept with the name: "title", "title-elsewhere". */
    String label() {
      return elsewhere ? evidence.label() + RuleEvidence.ELSEWHERE : evidence.label();
    }
  }

  RuleCandidate withReading(Reading r) {
    return new RuleCandidate(start, end, paragraph, text, words, r);
  }

  NameSpan toSpan() {
    return new NameSpan(start, end, reading.type(), paragraph, reading.label());
  }
}
