package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a cue rule says about a name, as the rule tests write it: "ORG", "LOC", or "-" for no cue. */
final class CueAssert {

  private CueAssert() {}

  static void says(String expected, TypeCue cue) {
    assertEquals(expected, cue == null ? "-" : cue.type().name());
  }
}
