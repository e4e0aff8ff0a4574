package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEvidenceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gazetteer, true",
    "adjective, true",
    "compound, true",
    "title, true",
    "surname, true",
    "title-elsewhere, true",
    "first-name, false",
    "initials, false",
    "particle, false",
    "organisation-word, false",
    "acronym, false",
    "place-context, false",
    "capitalised, false",
    "default, false",
    "default-elsewhere, false",
    "model, false",
    "rules:title, false"
  })
  void strongEvidenceAddsANameTheModelMissed(String label, boolean adds) {
    assertEquals(adds, RuleEvidence.addsMissedName(label));
  }
}
