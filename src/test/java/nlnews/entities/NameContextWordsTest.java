package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The context word files as the rules read them. */
class NameContextWordsTest {

  private static final NameContextWords WORDS = NameContextWords.load(Language.dutch());

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // word, announces a place, place compound tail, organisation word, form of address, department link
    "naar, true, false, false, false, false",
    "stad, true, true, false, false, false",
    "gebied, false, true, false, false, false",
    "vereniging, false, false, true, false, false",
    "ondernemersvereniging, false, false, true, false, false",
    "fc, false, false, true, false, false",
    "ajaxfc, false, false, false, false, false",
    "mevrouw, false, false, false, true, false",
    "dhr., false, false, false, true, false",
    "van, false, false, false, false, true",
    "door, false, false, false, false, false",
    "minister, false, false, false, false, false"
  })
  void whatAWordTellsTheRules(String word, boolean place, boolean tail, boolean organisation, boolean address, boolean link) {
    assertEquals(place, WORDS.announcesPlace(word), "announces a place");
    assertEquals(tail, WORDS.isPlaceCompoundTail(word), "place compound tail");
    assertEquals(organisation, WORDS.isOrganisationWord(word), "organisation word");
    assertEquals(address, WORDS.isFormOfAddress(word), "form of address");
    assertEquals(link, WORDS.isDepartmentLink(word), "department link");
  }
}
