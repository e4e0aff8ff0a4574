package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nlnews.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageCheckTest {

  private static final Language DUTCH = Language.dutch();
  private static final LanguageWords WORDS = LanguageWords.load(DUTCH);
  private static final LanguageCheck CHECK = new LanguageCheck(WORDS);

  private static List<Token> tokens(String text) {
    return DUTCH.analyzer().tokens(text, 0, text.length());
  }

  static Stream<LanguageSamples.Sample> samples() {
    return LanguageSamples.ALL.stream();
  }

  /** The cheap check alone decides every sample, and rightly: the model is for what it cannot. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theFunctionWordsTellEverySampleApart(LanguageSamples.Sample sample) {
    LanguageCheck.Verdict verdict = CHECK.check(tokens(sample.text()));
    if (sample.code().equals("nld")) {
      assertInstanceOf(LanguageCheck.Dutch.class, verdict, sample.label());
    } else {
      assertEquals(new LanguageCheck.Other(sample.code()), verdict, sample.label());
    }
  }

  /** The example articles, Dutch and Flemish, never need the model: it stays unloaded. */
  @Test
  void everyExampleArticleIsDutchByItsFunctionWordsAlone() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("testdata/articles")), Files.walk(Path.of("testdata/quotes/articles")))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(files.size() >= 20, files.toString());
    for (Path f : files) {
      assertInstanceOf(LanguageCheck.Dutch.class, CHECK.check(tokens(Files.readString(f))), f.toString());
    }
  }

  @Test
  void aFewWordsAreCalledDutchNotGuessed() {
    assertInstanceOf(LanguageCheck.Dutch.class, CHECK.check(tokens("The Kooks live")));
    assertInstanceOf(LanguageCheck.Dutch.class, CHECK.check(tokens("")));
  }

  @Test
  void textWithoutFunctionWordsOfAnyListIsUnsure() {
    // Names and figures: the model decides.
    assertInstanceOf(LanguageCheck.Unsure.class, CHECK.check(tokens("Rutte Kaag Hoekstra Jetten Bontenbal Omtzigt Wilders Timmermans")));
  }

  @Test
  void aLanguageWithoutAListIsNotDutchAndMostLikeItsNeighbour() {
    // The model names it (LanguageIdentifierTest); the check only knows it is not Dutch.
    assertEquals(
        new LanguageCheck.Other("fra"),
        CHECK.check(tokens("El ayuntamiento decidió el martes por la noche que la nueva piscina se construirá finalmente.")));
  }

  @Test
  void theNamesOfTheLanguages() {
    assertEquals("Frisian", WORDS.name("fry"));
    assertEquals("Afrikaans", WORDS.name("afr"));
    assertEquals("Spanish", WORDS.name("spa"));
    assertEquals("Japanese", WORDS.name("jpn"));
    assertEquals("zzq", WORDS.name("zzq"));
    assertEquals(List.of("nld", "fry", "afr", "deu", "eng", "fra"), WORDS.languages());
  }
}
