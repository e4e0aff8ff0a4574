package nlnews.entities;

import nlnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Institutions the model took for persons, on hand-built lists ({@link HandBuiltLists}). */
class OrganisationWordCueTest {

  private static final OrganisationWordCue CUE = new OrganisationWordCue(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{1} ({2}) in: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Volgens de Huurdersbond is het te duur.      | Huurdersbond      | PER  | ORG
          Stichting Zonnedauw sluit de deuren.         | Stichting Zonnedauw | PER | ORG
          Toen sprak Jan Bond over de plannen.         | Jan Bond          | PER  | -
          Toen sprak Bond over de plannen.             | Bond              | PER  | -
          De Nations League-bond speelt.               | Nations League-bond | MISC | -
          Het Kremlin zweeg.                           | Kremlin           | PER  | -
          """)
  void anInstitutionTakenForAPersonIsAnOrganisation(String text, String name, EntityType type, String expected) {
    CueAssert.says(expected, CUE.cue(ModelSpans.tokens(text, name), type));
  }
}
