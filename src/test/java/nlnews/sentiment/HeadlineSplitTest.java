package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineSplitTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          FINANCIËLE AGENDA                     | financiële agenda
          'Olieprijs gaat weer omhoog'          | olieprijs gaat weer omhoog
          UWV:  dit jaar meer   banen           | uwv dit jaar meer banen
          V&D is voorlopig gered                | v d is voorlopig gered
          """)
  void normalisingKeepsOnlyLowerCaseLettersAndDigits(String text, String normalised) {
    assertEquals(normalised, HeadlineSplit.normalise(text));
  }

  @Test
  void variantsOfOneHeadlineShareTheirPart() {
    assertEquals(HeadlineSplit.of("Olieprijs gaat weer omhoog"), HeadlineSplit.of("'Olieprijs gaat weer omhoog'"));
    assertEquals(HeadlineSplit.of("FINANCIËLE AGENDA"), HeadlineSplit.of("Financiële agenda"));
  }

  @Test
  void thePartsHaveRoughlyTheirShares() {
    Map<HeadlineSplit.Part, Integer> counts = new EnumMap<>(HeadlineSplit.Part.class);
    for (int i = 0; i < 10_000; i++) {
      counts.merge(HeadlineSplit.of("kop nummer " + i), 1, Integer::sum);
    }
    assertTrue(Math.abs(counts.get(HeadlineSplit.Part.TRAIN) - 7000) < 300, counts.toString());
    assertTrue(Math.abs(counts.get(HeadlineSplit.Part.DEV) - 1500) < 200, counts.toString());
    assertTrue(Math.abs(counts.get(HeadlineSplit.Part.TEST) - 1500) < 200, counts.toString());
  }

  @Test
  void thePartOfAKnownTextNeverChanges() {
    // Pins the hash: a change here would silently move headlines between train and test.
    assertEquals(HeadlineSplit.Part.TRAIN, HeadlineSplit.of("UWV: dit jaar meer banen"));
    assertEquals(HeadlineSplit.Part.DEV, HeadlineSplit.of("Steeds meer mensen met twee banen"));
    assertEquals(HeadlineSplit.Part.TEST, HeadlineSplit.of("kop nummer 9"));
  }
}
