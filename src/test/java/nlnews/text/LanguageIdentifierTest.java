package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import nlnews.model.Article;
import nlnews.model.SourceText;
import nlnews.model.TextLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The check and the model together, as the pipeline asks them (issue 18). */
class LanguageIdentifierTest {

  private static final Language DUTCH = Language.dutch();
  private static final ArticleParser PARSER = new ArticleParser(DUTCH.analyzer());
  private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(LanguageWords.load(DUTCH), new LanguageModel());

  private static TextLanguage identify(String text) {
    Article article = PARSER.parse(SourceText.of("a.txt", text));
    return IDENTIFIER.identify(article);
  }

  static Stream<LanguageSamples.Sample> samples() {
    return LanguageSamples.ALL.stream();
  }

  /** Dutch and Flemish are never flagged; every other language always is, with its own name. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void issue18DutchAndFlemishNeverFlaggedTheOthersAlways(LanguageSamples.Sample sample) {
    TextLanguage language = identify(sample.text());
    assertEquals(sample.code(), language.code(), sample.label());
    assertEquals(!sample.code().equals("nld"), language.isOtherThanDutch(), sample.label());
  }

  @Test
  void theModelNamesWhatTheListsDoNotHave() {
    TextLanguage spanish = identify("El ayuntamiento decidió el martes por la noche que la nueva piscina se construirá finalmente.");
    assertEquals(new TextLanguage("spa", "Spanish"), spanish);
  }

  @Test
  void anArticleWithoutTextHasNoLanguage() {
    assertEquals(TextLanguage.UNKNOWN, identify("  \n\n "));
    assertFalse(TextLanguage.UNKNOWN.isOtherThanDutch());
    assertTrue(new TextLanguage("fry", "Frisian").isOtherThanDutch());
  }
}
