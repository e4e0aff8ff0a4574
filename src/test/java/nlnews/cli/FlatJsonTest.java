package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nlnews.input.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reader of flat records reads what the general reader reads, and leaves the rest to it. */
class FlatJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\":\"mention\",\"paragraph\":2,\"entity\":\"Oekraïne\",\"start\":47,\"end\":55}",
      "{\"score\":-0.097,\"label\":null,\"heading\":true,\"x\":false}",
      "{\"variants\":[\"Volodymyr Zelensky\",\"Zelensky\"],\"empty\":[],\"n\":[1,2.5,null]}",
      "{\"quote\":\"zei \\\"ja\\\" \\\\ \\n\\t\\u00e9\\u2028\\/\"}",
      " { \"a\" : 1 , \"b\" : \"\" } ",
      "{}",
  })
  void readsWhatTheGeneralReaderReads(String line) {
    assertEquals(Json.object(line), FlatJson.object(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "not json", "", "{\"a\":1", "{\"a\":1} x", "{\"a\":{\"b\":1}}", "{\"a\":\"tab\there\"}", "{\"a\":1,\"a\":2}",
      "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "[1,2]", "{\"a\":99999999999999999999}", "{a:1}",
  })
  void leavesAnythingElseToTheGeneralReader(String line) {
    assertNull(FlatJson.object(line));
  }
}
