package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndingsTest {

  private final Endings titles = new Endings(List.of("woordvoerder", "leider", "minister", "vz"), 5);

  @Test
  void keepsTheWordsWhoseTailsCouldBeListed() {
    assertEquals(5, titles.length());
    assertTrue(titles.mayHaveSuffixIn("kremlin-woordvoerder"));
    assertTrue(titles.mayHaveSuffixIn("oppositieleider"));
    assertTrue(titles.mayHaveSuffixIn("leider"));
    assertTrue(titles.mayHaveSuffixIn("eider"), "a word exactly as long as an ending");
  }

  @Test
  void rulesOutTheRest() {
    assertFalse(titles.mayHaveSuffixIn("leiders"));
    assertFalse(titles.mayHaveSuffixIn("eide"), "shorter than an ending");
    assertFalse(titles.mayHaveSuffixIn(""));
    assertFalse(titles.mayHaveSuffixIn("vz"), "too short a list word has no ending");
    assertFalse(titles.mayHaveSuffixIn("leIDER"), "case counts");
  }

  @Test
  void comparesTheCharactersNotJustTheHash() {
    // "Aa" and "BB" share String.hashCode, so "xxxAa" and "xxxBB" end in tails with equal hashes.
    Endings endings = new Endings(List.of("xxxAa"), 2);
    assertTrue(endings.mayHaveSuffixIn("yyyAa"));
    assertFalse(endings.mayHaveSuffixIn("yyyBB"));
    assertFalse(endings.mayHaveSuffixIn("Ł"));
  }
}
