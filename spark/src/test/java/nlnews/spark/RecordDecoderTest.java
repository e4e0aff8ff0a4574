package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import nlnews.model.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordDecoderTest {

  private static final RecordDecoder UTF8 = new RecordDecoder(null, 1000);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "2022-03, 2022-03",
        "2022-03-05, 2022-03-05",
        "2022-03-05T10:15:00Z, 2022-03-05",
        "2022-03-05 10:15:00, 2022-03-05",
        // Not dates: each must find nothing.
        "2022-13, none",
        "2022-02-30, none",
        "2022-3, none",
        "20220305, none",
        "maart 2022, none",
        "2022-03T10:00, none",
      })
  void dateColumnValues(String value, String expected) {
    assertEquals(expected, RecordDecoder.normalDate(value));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // what                    | id    | date        | text                            | date found  | body starts
        "marker gives the date     | a.txt | none        | date 2022-03\\nDe premier zei.   | 2022-03     | 12",
        "blank column, marker      | a.txt | ' '         | date 2022-03\\nDe premier zei.   | 2022-03     | 12",
        "column beats marker       | a.txt | 2023-01-02  | date 2022-03\\nDe premier zei.   | 2023-01-02  | 12",
        "column, no marker         | a.txt | 2023-01     | De premier zei.                 | 2023-01     | 0",
        "no date at all            | a.txt | none        | De premier zei.                 | ''          | 0",
        "timestamp column          | a.txt | 2023-01-02T08:00:00+01:00 | De premier zei.   | 2023-01-02  | 0",
      })
  void goodRecords(String what, String id, String date, String text, String expectedDate, int bodyStart) {
    RecordDecoder.Decoded d = UTF8.decode(RecordDecoder.Input.of(id, date, bytes(text)));
    SourceText source = assertInstanceOf(RecordDecoder.Decoded.Text.class, d, what).source();
    assertEquals(new SourceText(id, text.replace("\\n", "\n"), expectedDate, bodyStart), source, what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "no id          | none | none       | Tekst.           | no-id       | no id",
        "blank id       | ' '  | none       | Tekst.           | no-id       | no id",
        "no text        | a    | none       | none             | no-text     | no text",
        "empty          | a    | none       | ''               | empty       | empty text",
        "blank          | a    | none       | ' \\n\\t '        | empty       | empty text",
        "marker only    | a    | none       | date 2022-03\\n\\n | empty       | empty text",
        "NUL            | a    | none       | ab\\0c            | binary      | binary file (NUL byte at byte 2)",
        "bad date       | a    | 03-2022    | Tekst.           | bad-date    | date '03-2022' is not YYYY-MM or YYYY-MM-DD",
      })
  void badRecords(String what, String id, String date, String text, String reason, String cause) {
    RecordDecoder.Decoded d = UTF8.decode(RecordDecoder.Input.of(id, date, text == null ? null : bytes(text)));
    BadRecord bad = assertInstanceOf(RecordDecoder.Decoded.Bad.class, d, what).record();
    assertEquals(reason + ": " + cause, bad.reason().label() + ": " + bad.cause(), what);
  }

  @org.junit.jupiter.api.Test
  void invalidUtf8SuggestsAnEncodingThatThenDecodesIt() {
    byte[] cafe = "Het café.".getBytes(Charset.forName("windows-1252"));
    BadRecord bad = ((RecordDecoder.Decoded.Bad) UTF8.decode(RecordDecoder.Input.of("a", null, cafe))).record();
    assertEquals("undecodable: not valid UTF-8 at byte 7; try --encoding windows-1252", bad.reason().label() + ": " + bad.cause());
    RecordDecoder latin = new RecordDecoder("windows-1252", 1000);
    SourceText text = ((RecordDecoder.Decoded.Text) latin.decode(RecordDecoder.Input.of("a", null, cafe))).source();
    assertEquals("Het café.", text.text());
  }

  @org.junit.jupiter.api.Test
  void tooLargeWhetherReadOrNot() {
    RecordDecoder small = new RecordDecoder(null, 5);
    assertEquals(
        "text is 6 bytes, larger than --max-bytes 5",
        ((RecordDecoder.Decoded.Bad) small.decode(RecordDecoder.Input.of("a", null, bytes("Tekst.")))).record().cause());
    assertEquals(
        "text is 9000000000 bytes, larger than --max-bytes 5",
        ((RecordDecoder.Decoded.Bad) small.decode(new RecordDecoder.Input("a", null, null, 9_000_000_000L, null, null, null))).record().cause());
  }

  @org.junit.jupiter.api.Test
  void malformedAndUnreadableRecordsSayWhat() {
    String line = "{\"id\": \"x\", \"text\": \"" + "woord ".repeat(30);
    BadRecord malformed = ((RecordDecoder.Decoded.Bad) UTF8.decode(new RecordDecoder.Input(null, null, null, -1, line, null, null))).record();
    assertEquals(BadRecord.Reason.MALFORMED, malformed.reason());
    assertEquals("malformed record: " + line.substring(0, 80) + "...", malformed.cause());
    BadRecord unreadable =
        ((RecordDecoder.Decoded.Bad) UTF8.decode(new RecordDecoder.Input("a.txt", null, null, -1, null, "permission denied", null))).record();
    assertEquals(new BadRecord("a.txt", BadRecord.Reason.UNREADABLE, "permission denied"), unreadable);
  }

  @org.junit.jupiter.api.Test
  void monthOfADate() {
    assertEquals("2022-03", RecordDecoder.month("2022-03"));
    assertEquals("2022-03", RecordDecoder.month("2022-03-31"));
    assertEquals(null, RecordDecoder.month(""));
  }

  private static byte[] bytes(String text) {
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\0", "\0").getBytes(StandardCharsets.UTF_8);
  }
}
