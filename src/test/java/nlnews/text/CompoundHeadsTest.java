package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundHeadsTest {

  private static final CompoundHeads HEADS = new CompoundHeads(List.of("bond", "bank", "vereniging", "fc"), 4);

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({
    "bond, true",
    "woonbond, true",
    "rabobank, true",
    "ondernemersvereniging, true",
    "fc, true",
    "ajaxfc, false",
    "bon, false",
    "bondgenoot, false",
    "bankier, false",
    "WOONBOND, false",
    "'', false"
  })
  void aListedWordOrACompoundEndingInOne(String word, boolean matches) {
    assertEquals(matches, HEADS.isOrEndsInOne(word));
  }
}
