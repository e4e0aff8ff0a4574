package nlnews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nlnews.input.MetadataHeader;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.QuoteKind;
import nlnews.model.ToneLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance criteria of the seed article the project was created from. */
class SeedArticleTest {

  private static ArticleAnalysis analysis;

  @BeforeAll
  static void analyse() throws IOException {
    Path seed = Path.of("testdata/articles/000_5c69a24cfa2252fd.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    analysis = Pipelines.all().newWorker().analyze(MetadataHeader.read("seed", text));
  }

  private static Entity entity(String name) {
    return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  private static void assertEntity(String name, EntityType type, int count) {
    Entity e = entity(name);
    assertNotNull(e, name + " not found in " + analysis.entities());
    assertEquals(type, e.type(), name);
    if (count > 0) {
      assertEquals(count, e.count(), name + " " + e.mentions());
    }
  }

  @Test
  void dateAndParagraphs() {
    assertEquals("2022-03", analysis.article().date());
    assertEquals(11, analysis.article().paragraphs().size());
    for (int i = 0; i < 11; i++) {
      assertEquals(i == 5, analysis.article().paragraphs().get(i).heading(), "paragraph " + (i + 1));
    }
  }

  @Test
  void people() {
    assertEntity("Volodymyr Zelensky", EntityType.PER, 3);
    assertTrue(entity("Volodymyr Zelensky").variants().contains("Zelensky"));
    assertEntity("David Arachamia", EntityType.PER, 2);
    assertEntity("Dmitry Peskov", EntityType.PER, 0);
    assertEntity("Mykhailo Podoliak", EntityType.PER, 0);
    assertEntity("Vladimir Medisnky", EntityType.PER, 0);
  }

  @Test
  void placesAndOrganisations() {
    assertEntity("Oekraïne", EntityType.LOC, 3);
    assertEntity("Rusland", EntityType.LOC, 5);
    assertEntity("Istanboel", EntityType.LOC, 3);
    assertEntity("Moskou", EntityType.LOC, 2);
    assertEntity("Kyiv", EntityType.LOC, 2);
    assertEntity("Chernihiv", EntityType.LOC, 2);
    assertEntity("Kremlin", EntityType.ORG, 0);
    assertEquals("Kremlin", analysis.article().slice(entity("Kremlin").mentions().get(0).start(), entity("Kremlin").mentions().get(0).end()));
  }

  @Test
  void adjectivesAreMiscLinkedToTheirCountry() {
    Entity adjective = analysis.entities().stream().filter(e -> e.linkedTo().equals("Oekraïne")).findFirst().orElseThrow();
    assertEquals(EntityType.MISC, adjective.type());
    assertTrue(adjective.variants().contains("Oekraïense"));
  }

  @Test
  void sentenceInitialWordsAreNoEntities() {
    for (Entity e : analysis.entities()) {
      for (String word : List.of("Dinsdag", "Woensdag", "Maar", "Het", "Tijdens", "En")) {
        assertFalse(e.variants().contains(word), e.toString());
      }
    }
  }

  private static Quote quote(String start) {
    return analysis.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in " + analysis.quotes()));
  }

  @Test
  void quotesWithSpeakers() {
    Quote podoliak = quote("Ik heb een optimistische indruk");
    assertEquals("Mykhailo Podoliak", podoliak.speaker());
    assertEquals("colon", podoliak.cue());
    assertEquals("Dmitry Peskov", quote("We kunnen niet stellen").speaker());
    Quote president = quote("Maar wij geven niets weg.");
    assertEquals("Volodymyr Zelensky", president.speaker());
    assertEquals("de president", president.speakerMention());
    for (String partial : List.of("niet concreets", "de mooie woorden")) {
      Quote q = quote(partial);
      assertEquals(QuoteKind.PARTIAL, q.kind(), partial);
      assertEquals("Volodymyr Zelensky", q.speaker(), partial);
    }
    assertEquals("hij", quote("niet concreets").speakerMention());
    Quote scare = quote("bevrijding");
    assertEquals(QuoteKind.SCARE, scare.kind());
    assertEquals("", scare.speaker());
  }

  @Test
  void quoteOffsetsPointAtTheQuotedText() {
    for (Quote q : analysis.quotes()) {
      assertEquals(q.text(), analysis.article().slice(q.start(), q.end()));
    }
  }

  @Test
  void tonePerParagraph() {
    List<ParagraphTone> tones = analysis.tones();
    assertTrue(tones.get(1).score() > 0, tones.get(1).toString());
    assertEquals(ToneLabel.POSITIVE, tones.get(1).label());
    for (int p : Set.of(3, 4, 5, 8, 11)) {
      assertTrue(tones.get(p - 1).score() < 0, "paragraph " + p + ": " + tones.get(p - 1));
    }
    assertTrue(
        tones.get(2).negativeCues().stream().anyMatch(c -> c.text().equals("optimisme") && c.flags().contains("negated")),
        tones.get(2).toString());
  }
}
