package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The context word files as the rules read them. */
class NameContextWordsTest {

  private static final NameContextWords WORDS = NameContextWords.load(Language.dutch());

  /** The rule tests read the hand-built rule words; they are the shipped ones, so the tests test what runs. */
  @Test
  void theRuleWordsOfTheFileAreTheOnesTheRuleTestsUse() {
    assertEquals(HandBuiltLists.WORDS.rules(), WORDS.rules());
  }

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

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // word, kind noun's type (- for none), ends a place name, is the place word itself, opens a venue name, compass, match word
    "band, ORG, false, false, false, false, false",
    "rockband, ORG, false, false, false, false, false",
    "verband, ORG, false, false, false, false, false",
    "duo, ORG, false, false, false, false, false",
    "muziekfestival, MISC, false, false, false, false, false",
    "zandweg, -, true, false, false, false, false",
    "weg, -, true, true, false, false, false",
    "arena, -, true, true, false, false, false",
    "stade, -, false, false, true, false, false",
    "oost, -, false, false, false, true, false",
    "doelman, -, false, false, false, false, true",
    "noorweg, -, true, false, false, false, false",
    "minister, -, false, false, false, false, false"
  })
  void whatAWordSaysAboutTheKindOfAName(String word, String kind, boolean endsPlace, boolean placeWord, boolean opens,
      boolean compass, boolean sports) {
    assertEquals(kind, WORDS.kindOf(word) == null ? "-" : WORDS.kindOf(word).name(), "kind noun");
    assertEquals(endsPlace, WORDS.endsPlaceName(word), "ends a place name");
    assertEquals(placeWord, WORDS.isPlaceWord(word), "place word");
    assertEquals(opens, WORDS.opensPlaceName(word), "opens a place name");
    assertEquals(compass, WORDS.isCompassPart(word), "compass");
    assertEquals(sports, WORDS.isSportsWord(word), "match word");
  }
}
