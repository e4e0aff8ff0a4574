package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MainTest {

  private static String first(String... args) {
    return Main.firstNamedFile(args);
  }

  @Test
  void theFirstNamedFileSkipsOptionsAndTheirValues() {
    assertEquals("a.txt", first("sentiment", "a.txt", "b.txt"));
    assertEquals("a.txt", first("sentiment", "-f", "csv", "a.txt"));
    assertEquals("x.txt", first("analyze", "--quiet", "-o", "out.txt", "--max-bytes", "2M", "x.txt"));
    assertEquals("b.txt", first("stem", "--format=csv", "b.txt"));
    assertEquals("-odd.txt", first("stem", "--", "-odd.txt"));
    assertNull(first("stem", "-"));
    assertNull(first("stem", "--threads", "2"));
    assertNull(first("stem"));
  }
}
