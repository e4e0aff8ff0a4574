package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nlnews.corpus.ArticleFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader of analyze's JSON Lines: records read by bytes give the same facts as the same
 * records read as text by the general reader; lines are numbered as BufferedReader numbers them;
 * what is not well-formed is reported with its line, and bytes that are not UTF-8 stop the read.
 */
class AnalysisJsonlTest {

  private record Read(List<ArticleFacts> facts, List<AnalysisJsonl.Problem> problems) {}

  private static Read read(InputStream in) throws IOException {
    List<ArticleFacts> facts = new ArrayList<>();
    List<AnalysisJsonl.Problem> problems = new ArrayList<>();
    new AnalysisJsonl(facts::add, problems::add).read(in);
    return new Read(facts, problems);
  }

  private static Read read(String text) throws IOException {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void recordsReadByBytesGiveWhatTheGeneralReaderGives() throws IOException {
    TestConsole.Run analysis = TestConsole.run(null, "analyze", "-q", "-f", "jsonl", "testdata/articles");
    assertEquals(0, analysis.exit(), analysis.stderr());
    String jsonl = analysis.stdout();
    // An escaped key makes the byte reader decline every line, so the text readers read them all.
    String asText = jsonl.replace("{\"type\":", "{\"typ\\u0065\":");
    assertTrue(asText.length() > jsonl.length());
    Read fast = read(jsonl);
    Read slow = read(asText);
    assertEquals(List.of(), fast.problems());
    assertEquals(List.of(), slow.problems());
    assertEquals(11, fast.facts().size());
    assertEquals(slow.facts(), fast.facts());
  }

  @Test
  void aRecordSplitAcrossTheBufferIsReadWhole() throws IOException {
    String article = "{\"type\":\"article\",\"article\":\"a.txt\",\"date\":\"2024-01\",\"score\":-0.000,\"label\":\"neutral\"}\n";
    String entity = "{\"type\":\"entity\",\"article\":\"a.txt\",\"entity\":\"Luik\",\"entity_type\":\"LOC\",\"count\":2,"
        + "\"variants\":[\"Luik\",\"Luik \\\"x\\\"\"],\"linked_to\":\"\",\"pad\":\"" + "é".repeat(700_000) + "\"}\n";
    Read r = read(article + entity + entity);
    assertEquals(List.of(), r.problems());
    ArticleFacts a = r.facts().get(0);
    assertEquals(-0.0, a.tone());
    assertEquals(2, a.entities().size());
    assertEquals(List.of("Luik", "Luik \"x\""), a.entities().get(1).variants());
  }

  @Test
  void linesEndAtLineFeedsCarriageReturnsOrBothAndAreNumberedSo() throws IOException {
    String jsonl = "{\"type\":\"article\",\"article\":\"a.txt\",\"date\":\"2024-01\",\"score\":0.1,\"label\":\"neutral\"}\r\n"
        + "\r\n"
        + "nope\rnot json either\r\n"
        + "{\"type\":\"mention\",\"article\":\"b.txt\",\"paragraph\":1,\"entity\":\"Gent\",\"mention_type\":\"LOC\",\"form\":\"name\","
        + "\"mention\":\"Gent\",\"start\":0,\"end\":4}\r"
        + "{\"type\":\"mention\",\"article\":\"a.txt\",\"paragraph\":1,\"entity\":\"Gent\",\"mention_type\":\"LOC\",\"form\":\"NAME\","
        + "\"mention\":\"Gent\",\"start\":4,\"end\":0}";
    Read r = read(jsonl);
    assertEquals(List.of(
        new AnalysisJsonl.Problem(3, "not JSON: expected a value, not nope"),
        new AnalysisJsonl.Problem(4, "not JSON: expected a value, not not"),
        new AnalysisJsonl.Problem(5, "a record of type mention outside the records of its article"),
        new AnalysisJsonl.Problem(6, "mention ends before it starts: 4, 0")), r.problems());
    assertEquals(1, r.facts().size());
  }

  @Test
  void aFieldOfTheWrongTypeIsReportedAsBefore() throws IOException {
    String jsonl = "{\"type\":\"article\",\"article\":\"a.txt\",\"date\":\"2024-01\",\"score\":0.1}\n"
        + "{\"type\":\"paragraph\",\"article\":\"a.txt\",\"paragraph\":\"1\",\"score\":0.5,\"label\":\"positive\"}\n"
        + "{\"type\":\"paragraph\",\"article\":\"a.txt\",\"paragraph\":1,\"label\":\"positive\"}\n"
        + "{\"type\":\"paragraph\",\"article\":\"a.txt\",\"paragraph\":2,\"score\":5e-1,\"label\":\"positive\",\"x\":[1,{}]}\n"
        + "{\"type\":\"paragraph\",\"article\":\"a.txt\",\"paragraph\":3,\"score\":5e-1,\"label\":\"positive\"}\n";
    Read r = read(jsonl);
    assertEquals(List.of(
        new AnalysisJsonl.Problem(2, "a field of the wrong type"),
        new AnalysisJsonl.Problem(3, "no field score")), r.problems());
    // An object inside an unread field, and an exponent: the general reader takes both.
    assertEquals(List.of(new ArticleFacts.ParagraphScore(2, 0.5, "positive"), new ArticleFacts.ParagraphScore(3, 0.5, "positive")),
        r.facts().get(0).paragraphs());
  }

  @Test
  void bytesThatAreNotUtf8StopTheRead() {
    byte[] line = "{\"type\":\"article\",\"article\":\"a\u00e9.txt\",\"date\":\"\",\"score\":null}\n".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF})) {
      byte[] input = new byte[line.length + bad.length];
      int at = "{\"type\":\"article\",\"article\":\"a".length();
      System.arraycopy(line, 0, input, 0, at);
      System.arraycopy(bad, 0, input, at, bad.length);
      System.arraycopy(line, at, input, at + bad.length, line.length - at);
      assertThrows(CharacterCodingException.class, () -> read(new ByteArrayInputStream(input)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "not json", "{\"a\":1", "{\"a\":1} x", "{\"a\":{\"b\":1}}", "{\"a\":\"tab\there\"}", "{\"type\":1,\"type\":2}",
      "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "[1,2]", "{\"a\":9999999999999999999}", "{a:1}", "{\"a\":01}", "{\"a\":1.}",
      "{\"a\":-}", "{\"a\":tru}", "{\"a\":1,}", "{\"a\":\"x\"\r}", "{\"t\\u0079pe\":\"article\"}", "\u00a0{}",
  })
  void theByteReaderDeclinesWhatIsNotAWellFormedFlatRecord(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    assertFalse(new FlatRecord().scan(b, 0, b.length), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "0.1", "-0.097", "0.333", "12345.678901234", "1234567890123456.7", "1e3", "-2.5E-7",
      "0.30000000000000004", "9007199254740993", "123456789012345678"})
  void numbersAreReadAsJavaReadsThem(String number) {
    byte[] b = ("{\"score\":" + number + "}").getBytes(StandardCharsets.US_ASCII);
    FlatRecord r = new FlatRecord();
    assertTrue(r.scan(b, 0, b.length));
    assertEquals(Double.parseDouble(number), r.decimal(FlatRecord.SCORE), number);
    if (r.kind(FlatRecord.SCORE) == FlatRecord.INTEGER) {
      assertEquals(Long.parseLong(number), r.integer(FlatRecord.SCORE), number);
    }
  }
}
