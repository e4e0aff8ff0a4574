package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inflections match; words that only share a stem, or are listed as no form, do not. */
class InflectionTest {

  private static final Inflection INFLECTION = Inflection.load(Language.dutch());

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
    "optimistisch, optimistische, true",
    "positief, positieve, true",
    "groot, grote, true",
    "dalen, daalde, true",
    "teleurstelling, teleurstellend, true",
    "teleurstelling, teleurstellende, true",
    "gewond, gewonden, true",
    "geweld, geweldig, false",
    "vergelijk, vergelijkbare, false",
    "kans, kan, false",
    "vieren, vier, false",
    "vluchtte, vluchten, false",
    "gered, gereden, false"
  })
  void inflectionsMatchButStemCollisionsDoNot(String lemma, String token, boolean form) {
    assertEquals(form, INFLECTION.of(lemma, token));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"boos, bos", "leeg, leg", "uitsluiten, uitsluitend", "terminaal, terminal"})
  void listedLookAlikesAreNoForms(String lemma, String token) {
    assertEquals(false, INFLECTION.of(lemma, token));
  }
}
