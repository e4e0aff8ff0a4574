package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NerFeaturesTest {

  private static final NameLists LISTS =
      new NameLists(
          Map.of(
              "Verenigde Staten", "LOC",
              "Philips", "ORG",
              "\u0000woordvoerder", "TITLE",
              "\u0000jan", "FIRST",
              "\u0000maar", "COMMON",
              "\u0000belgische", "ADJ"));

  private static List<String> features(AdaptiveFeatureGenerator g, String sentence, int index) {
    List<String> f = new ArrayList<>();
    g.createFeatures(f, sentence.split(" "), index, null);
    return f;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(quoteCharacter = '`', value = {
    "Kremlin-woordvoerder, Xx-x",
    "J.P., X.X.",
    "N-VA, X-X",
    "'s-Hertogenbosch, 'x-Xx",
    "2024, d",
    "ASML, X",
    "minister, x"
  })
  void shapesCollapseRunsOfOneClass(String word, String shape) {
    assertEquals(shape, NerFeatures.shape(word));
  }

  @Test
  void aCapitalAtTheStartOfASentenceOrQuotationSaysNothing() {
    String[] tokens = "Maar hij zei : \" Dinsdag kwam Jan . Het".split(" ");
    assertTrue(NerFeatures.isInitial(tokens, 0));
    assertFalse(NerFeatures.isInitial(tokens, 1));
    assertTrue(NerFeatures.isInitial(tokens, 5));
    assertFalse(NerFeatures.isInitial(tokens, 7));
    assertTrue(NerFeatures.isInitial(tokens, 9));
  }

  @Test
  void shapeFeaturesTellInitialFromInsideCapitals() {
    NerFeatures.Shape shape = new NerFeatures.Shape();
    assertTrue(features(shape, "Maar Jan kwam", 0).contains("cap=initial"));
    assertTrue(features(shape, "toen kwam Jan Smit", 2).containsAll(List.of("cap=inside", "cap=next", "sh=Xx")));
    assertFalse(features(shape, "toen kwam hij", 2).stream().anyMatch(f -> f.startsWith("cap=")));
  }

  @Test
  void listFeaturesMarkKnownNamesAndWords() {
    NerFeatures.Lists lists = new NerFeatures.Lists(LISTS);
    List<String> staten = features(lists, "naar de Verenigde Staten", 3);
    assertTrue(staten.contains("gz=LOC-I"), staten.toString());
    assertTrue(staten.contains("gz-1=LOC-B"), staten.toString());
    assertTrue(features(lists, "bij Philips", 1).contains("gz=ORG-B"));
    assertTrue(features(lists, "zei Jan Smit", 1).contains("gw=FIRST,cap"));
    assertTrue(features(lists, "zei Jan Smit", 2).contains("gw-1=FIRST"));
    assertTrue(features(lists, "Maar toen", 0).contains("gw=COMMON,cap"));
    assertEquals(List.of(), features(lists, "de kat sliep", 1));
  }

  @Test
  void triggersAnnounceNames() {
    NerFeatures.Triggers triggers = new NerFeatures.Triggers(LISTS);
    assertTrue(features(triggers, "Kremlin-woordvoerder Dmitry Peskov", 1).contains("tr-1=title"));
    assertTrue(features(triggers, "Kremlin-woordvoerder Dmitry Peskov", 2).contains("tr-2=title"));
    assertTrue(features(triggers, "dhr. Jansen", 1).contains("tr-1=address"));
    assertTrue(features(triggers, "hij reisde naar Gent", 3).contains("tr-1=place-prep"));
    assertTrue(features(triggers, "de stad Gent", 2).contains("tr-1=place-noun"));
    assertTrue(features(triggers, "Meuse Steel NV", 1).contains("tr+1=legal-form"));
    assertTrue(features(triggers, "het softwarebedrijf Tectrade", 2).contains("tr-1=organisation-noun"));
    assertTrue(features(triggers, "de Woonbond", 1).contains("tr=organisation-word"));
    assertEquals(List.of(), features(triggers, "de kat sliep", 1));
  }

  @Test
  void theDocumentMemoryRemembersUntilCleared() {
    NerFeatures.Document doc = new NerFeatures.Document();
    assertEquals(List.of(), features(doc, "Maar toen", 0));
    doc.updateAdaptiveData("hij zei maar niets tegen Peeters".split(" "), new String[6]);
    assertEquals(List.of("doc=lower,initial"), features(doc, "Maar toen", 0));
    assertEquals(List.of("doc=capital-inside,initial"), features(doc, "Peeters zweeg", 0));
    doc.clearAdaptiveData();
    assertEquals(List.of(), features(doc, "Maar toen", 0));
  }

  @Test
  void theWindowGivesWordsAndShapesAround() {
    List<String> f = features(new NerFeatures.Window(), "de premier Mark Rutte sprak", 2);
    assertTrue(f.containsAll(List.of("w-2=de", "w-1=premier", "w=mark", "w+1=rutte", "w+2=sprak", "s=Xx", "s-1=x", "w,s=mark,Xx", "psuf=mier", "nsuf=utte", "pw,w=premier,mark", "s,ns=Xx,Xx")), f.toString());
    assertFalse(features(new NerFeatures.Window(), "Mark", 0).stream().anyMatch(x -> x.startsWith("w-1") || x.startsWith("w+1")));
  }

  @Test
  void clusterFeaturesGiveEveryGranularityAndTheNeighbours() {
    WordClusters clusters = new WordClusters(Map.of("Gent", new String[] {"3", "17"}, "in", new String[] {"5", "40"}));
    List<String> f = features(new NerFeatures.Clusters(clusters, 1), "in Gent", 1);
    assertEquals(List.of("cl0=3", "cl1=17", "cl-1=5"), f);
    assertEquals(List.of("cl=none", "cl+1=3"), features(new NerFeatures.Clusters(clusters, 1), "Onbekend Gent", 0));
  }
}
