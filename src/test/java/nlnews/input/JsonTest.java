package nlnews.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

  @Test
  void readsNestedObjectsAndArraysInOrder() {
    Object value = Json.parse(" {\"b\": [1, -2.5, \"x\", true, null, {\"c\": []}], \"a\": {}}\n");
    Map<?, ?> root = (Map<?, ?>) value;
    assertEquals(List.of("b", "a"), List.copyOf(root.keySet()));
    List<?> b = (List<?>) root.get("b");
    assertEquals(1L, b.get(0));
    assertEquals(-2.5, b.get(1));
    assertEquals("x", b.get(2));
    assertEquals(Boolean.TRUE, b.get(3));
    assertNull(b.get(4));
    assertEquals(Map.of("c", List.of()), b.get(5));
    assertEquals(Map.of(), root.get("a"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          '"caf\\u00e9 \\"x\\"\\n"'      | 'café "x"\\n'
          '"tab\\tslash\\/"'              | 'tab	slash/'
          '"Zelensky"'                    | Zelensky
          """)
  void readsStringEscapes(String json, String expected) {
    assertEquals(expected.replace("\\n", "\n"), Json.parse(json));
  }

  @Test
  void numbersTooLargeForALongAreDoubles() {
    assertEquals(12345678901234567890.0, Json.parse("12345678901234567890"));
    assertEquals(1e3, Json.parse("1e3"));
    assertEquals(-7L, Json.parse("-7"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          '{"a": 1,}'              | 'line 1, column 9: expected'
          '{"a" 1}'                | 'line 1, column 6: expected '':'''
          '{"a": 1, "a": 2}'       | 'field "a" given twice'
          '[1, 2'                  | 'unexpected end of the text'
          '{"a": tru}'             | 'expected a value, not tru'
          '"open'                  | 'unterminated string'
          '{}\\n{}'                | 'line 2, column 1: text after the value'
          '01'                     | 'expected a value, not 01'
          '"\\x"'                  | 'unknown escape \\x'
          ''                       | 'unexpected end of the text'
          """)
  void refusesWhatIsNotJsonSayingWhere(String json, String message) {
    Json.SyntaxException e = assertThrows(Json.SyntaxException.class, () -> Json.parse(json.replace("\\n", "\n")));
    assertEquals(true, e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
    assertThrows(Json.SyntaxException.class, () -> Json.parse(deep));
    String fine = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
    assertEquals(List.class.isInstance(Json.parse(fine)), true);
  }

  @Test
  void objectRefusesOtherValues() {
    assertThrows(Json.SyntaxException.class, () -> Json.object("[1]"));
  }
}
