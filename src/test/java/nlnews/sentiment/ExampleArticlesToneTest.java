package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nlnews.input.MetadataHeader;
import nlnews.model.ParagraphTone;
import nlnews.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * The tone of every paragraph of the example articles against a careful reader's labels in
 * testdata/articles/EXPECTED.md (+ positive, - negative, 0 neutral; "-0" means a reader accepts
 * either). A floor, so that a regression on real-looking news shows even when the headline
 * figures improve.
 */
class ExampleArticlesToneTest {

  private static final Map<String, String> EXPECTED =
      new TreeMap<>(
          Map.of(
              "01_gelderland_formatie.txt", "- -0 0+ - - - - + - 0",
              "02_economie_werkloosheid_inflatie.txt", "+ + - - -0 + + 0 + +",
              "03_wetstraat_begroting.txt", "- 0 - - - - - 0",
              "04_luik_staalbedrijf_banen.txt", "- - - - - - - -0 -",
              "05_voetbal_kampioen_promotie.txt", "+ + + + + + + +0 +",
              "06_gemeenteraad_autoluwe_binnenstad.txt", "0 + 0 - - 0 +0 0",
              "07_onderzoek_chronische_pijn.txt", "+ 0 + + + + + 0 0- 0 0",
              "08_storm_doden_schade.txt", "- - - - - - - - - -",
              "09_congres_duurzaam_ondernemen.txt", "0 + + 0 + + 0 +0",
              "10_rechtbank_fraude_energietoeslag.txt", "- - - - 0- - - 0"));

  /** 68 of 91 now (63 when this floor was set) (docs/sentiment.md); a few may move with the model. */
  private static final int FLOOR = 60;

  @Test
  void mostParagraphsGetTheReadersTone() throws IOException {
    int agree = 0;
    int total = 0;
    StringBuilder disagreements = new StringBuilder();
    for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
      String text = Files.readString(Path.of("testdata/articles", e.getKey()), StandardCharsets.UTF_8);
      List<ParagraphTone> tones = Pipelines.all().newWorker().analyze(MetadataHeader.read(e.getKey(), text)).tones();
      String[] expected = e.getValue().split(" ");
      assertTrue(tones.size() == expected.length, e.getKey() + ": " + tones.size() + " paragraphs");
      for (int i = 0; i < expected.length; i++) {
        ParagraphTone t = tones.get(i);
        String got = switch (t.label()) {
          case POSITIVE -> "+";
          case NEGATIVE -> "-";
          case NEUTRAL -> "0";
        };
        total++;
        if (expected[i].contains(got)) {
          agree++;
        } else {
          disagreements.append(String.format("%n  %s P%d: reader %s, tool %s %s", e.getKey(), i + 1, expected[i], got, t));
        }
      }
    }
    assertTrue(agree >= FLOOR, agree + " of " + total + " paragraphs agree; disagreements:" + disagreements);
  }
}
