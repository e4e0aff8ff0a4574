package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTableTest {

  @Test
  void answersExactlyAsAHashMapOnRandomWords() {
    Random random = new Random(42);
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < 5_000; i++) {
      expected.put(word(random), i);
    }
    Map<String, Integer> table = Lookup.map(expected);
    assertEquals(expected.size(), table.size());
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertEquals(e.getValue(), table.get(new String(e.getKey().toCharArray())), e.getKey());
    }
    for (int i = 0; i < 20_000; i++) {
      String probe = word(random);
      assertEquals(expected.get(probe), table.get(probe), probe);
      assertEquals(expected.containsKey(probe), table.containsKey(probe), probe);
      assertEquals(expected.getOrDefault(probe, -1), table.getOrDefault(probe, -1), probe);
    }
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(table.keySet()), "source order");
    assertEquals(expected, table);
    assertEquals(new HashMap<>(expected), table);
  }

  @Test
  void tellsApartKeysWithTheSameJavaHash() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    Map<String, String> table = Lookup.map(Map.of("Aa", "first"));
    assertEquals("first", table.get("Aa"));
    assertNull(table.get("BB"));
    assertNull(table.get("Aa\u0000"));
    assertNull(table.get(""));
    assertNull(table.get(42));
    Map<String, String> both = Lookup.map(Map.of("Aa", "first", "BB", "second", "", "empty"));
    assertEquals("second", both.get("BB"));
    assertEquals("empty", both.get(""));
  }

  @Test
  void keepsCharactersBeyondLatin1AndNullValues() {
    Map<String, String> source = new HashMap<>();
    source.put("Łódź", "LOC");
    source.put("\u0000woordvoerder", "TITLE");
    source.put("leeg", null);
    Map<String, String> table = Lookup.map(source);
    assertEquals("LOC", table.get("Łódź"));
    assertNull(table.get("Lódź"));
    assertEquals("TITLE", table.get("\u0000woordvoerder"));
    assertTrue(table.containsKey("leeg"));
    assertNull(table.get("leeg"));
  }

  @Test
  void setsHoldEachWordOnceAndCannotChange() {
    assertThrows(IllegalArgumentException.class, () -> Lookup.words("in", "naar", "in"));
    Set<String> words = Lookup.set(List.of("in", "naar", "in", "uit"));
    assertEquals(3, words.size());
    assertTrue(words.contains("naar"));
    assertFalse(words.contains("Naar"));
    assertEquals(List.of("in", "naar", "uit"), new ArrayList<>(words));
    assertThrows(UnsupportedOperationException.class, () -> words.add("bij"));
    Map<String, Integer> table = Lookup.map(Map.of("a", 1));
    assertThrows(UnsupportedOperationException.class, () -> table.put("b", 2));
    assertThrows(UnsupportedOperationException.class, () -> table.keySet().iterator().remove());
    assertTrue(Lookup.map(Map.of()).isEmpty());
    assertFalse(Lookup.set(List.of()).contains("a"));
  }

  private static String word(Random random) {
    int length = 1 + random.nextInt(8);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(6)));
    }
    return b.toString();
  }
}
