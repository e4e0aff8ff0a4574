package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClusterBuilderTest {

  private static ClusterBuilder corpus() {
    ClusterBuilder b = new ClusterBuilder();
    String[] towns = {"Gent", "Brugge", "Leuven", "Mechelen"};
    String[] verbs = {"zwijgt", "lacht", "slaapt", "wacht"};
    for (int r = 0; r < 5; r++) {
      for (String town : towns) {
        b.add(("ik woon in " + town + " .").split(" "));
      }
      for (String verb : verbs) {
        b.add(("de man " + verb + " vandaag .").split(" "));
      }
    }
    b.add("eenmalig".split(" "));
    return b;
  }

  @Test
  void wordsUsedAlikeShareAClass() {
    WordClusters c = corpus().build(new ClusterBuilder.Settings(new int[] {4}, 2, 20));
    // the towns are all followed by "." and the verbs by "vandaag"
    assertEquals(c.classes("Gent")[0], c.classes("Leuven")[0]);
    assertEquals(c.classes("lacht")[0], c.classes("wacht")[0]);
    assertNotEquals(c.classes("Gent")[0], c.classes("lacht")[0]);
  }

  @Test
  void rareWordsAreLeftOutAndTheResultIsDeterministic() {
    ClusterBuilder.Settings settings = new ClusterBuilder.Settings(new int[] {2, 4}, 2, 10);
    WordClusters a = corpus().build(settings);
    WordClusters b = corpus().build(settings);
    assertNull(a.classes("eenmalig"));
    assertEquals(2, a.classes("Gent").length);
    assertArrayEquals(a.classes("Brugge"), b.classes("Brugge"));
    assertEquals(a.size(), b.size());
  }
}
