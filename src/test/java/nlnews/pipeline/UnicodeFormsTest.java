package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nlnews.input.MetadataHeader;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Entity;
import nlnews.model.Mention;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same article composed (NFC), decomposed (NFD) or with zero-width characters in its names
 * gives the same analysis, with offsets into the text as written (issue 17).
 */
class UnicodeFormsTest {

  static Stream<Path> articles() throws IOException {
    return Files.list(Path.of("testdata/articles")).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  /** What the analysis says, without offsets: entities with counts, variants and links; quotations; tone. */
  private static List<String> findings(ArticleAnalysis a) {
    List<String> out = new ArrayList<>();
    for (Entity e : a.entities()) {
      out.add(e.name() + " " + e.type() + " " + e.count() + " " + e.variants() + " -> " + e.linkedTo());
    }
    for (Quote q : a.quotes()) {
      out.add(q.paragraph() + " " + q.kind() + " " + q.speaker() + " [" + q.cue() + ": " + q.speakerMention() + "] " + q.text());
    }
    for (ParagraphTone t : a.tones()) {
      out.add(t.paragraph() + " " + t.label() + " " + t.score());
    }
    return out;
  }

  private static ArticleAnalysis analyze(String text) {
    return Pipelines.all().newWorker().analyze(MetadataHeader.read("a", text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void issue17NfdGivesTheSameEntitiesQuotesAndToneAsNfc(Path article) throws IOException {
    String nfc = Normalizer.normalize(Files.readString(article), Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    ArticleAnalysis composed = analyze(nfc);
    ArticleAnalysis decomposed = analyze(nfd);
    assertEquals(findings(composed), findings(decomposed));
    assertEquals(nfd, decomposed.article().text(), "the article keeps its text as written");
    Invariants.check(article + " NFD", decomposed);
    for (Entity e : decomposed.entities()) {
      for (Mention m : e.mentions()) {
        String source = nfd.substring(m.start(), m.end());
        assertEquals(
            Normalizer.normalize(source, Normalizer.Form.NFC).replaceAll("\\s+", " "), m.text().replaceAll("\\s+", " "),
            "the offsets quote the source");
      }
    }
  }

  @Test
  void issue17ZeroWidthCharactersInANameNeitherSplitItNorStayInIt() {
    String plain = "Volodymyr Zelensky sprak met Jürgen Müller in Oekraïne. \"Het gaat goed\", zei Zelensky.\n";
    String hidden = plain.replace("Zelensky sprak", "Zelen\u200Bsky sprak").replace("Müller", "Mül\u200Dler").replace("Oekraïne", "Oek\u2060raïne");
    ArticleAnalysis a = analyze(hidden);
    assertEquals(findings(analyze(plain)), findings(a));
    for (Entity e : a.entities()) {
      assertFalse(e.name().matches(".*[\u200B\u200D\u2060].*"), e.name());
    }
    Mention zelensky = a.entities().stream().filter(e -> e.name().equals("Volodymyr Zelensky")).findFirst().orElseThrow().mentions().get(0);
    assertEquals("Volodymyr Zelen\u200Bsky", hidden.substring(zelensky.start(), zelensky.end()));
  }

  /** Offsets in the analysis text and where they land in the original, as start and as end. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          e\\u0301t\\u00e9  | 0:0:0 1:2:2 2:3:3 3:4:4
          ab\\u200Bc       | 0:0:0 1:1:1 2:3:2 3:4:4
          \\u200Bab        | 0:1:1 1:2:2 2:3:3
          a\\u0308\\u0301x | 0:0:0 1:0:3 2:3:3 3:4:4
          """)
  void offsetsMapBackToTheTextAsWritten(String escaped, String expected) {
    String original = unescape(escaped);
    AnalysisText text = AnalysisText.of(SourceText.of("x", original));
    List<String> actual = new ArrayList<>();
    for (int a = 0; a <= text.text().length(); a++) {
      actual.add(a + ":" + text.start(a) + ":" + text.end(a));
    }
    assertEquals(expected, String.join(" ", actual));
  }

  @Test
  void composedTextWithoutZeroWidthCharactersIsAnalysedAsItIs() {
    assertNull(AnalysisText.of(SourceText.of("x", "Café in Liège, één zin.")));
    assertTrue(AnalysisText.isPlain("’s-Hertogenbosch – 👩‍🔬".replace("\u200D", "")));
    assertFalse(AnalysisText.isPlain("👩\u200D🔬"));
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
