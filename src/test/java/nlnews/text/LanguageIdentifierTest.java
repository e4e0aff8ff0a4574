package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nlnews.model.Article;
import nlnews.model.ParagraphLanguage;
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

  /** Written for this test: a Dutch article with an English quotation, a Frisian paragraph and short ones. */
  private static final String MIXED = """
      De gemeenteraad van Leeuwarden heeft dinsdagavond ingestemd met het plan voor een nieuw zwembad \
      aan de rand van de stad. De bouw begint volgend jaar en moet twee jaar duren.

      De Britse architect die het ontwerp maakte, was bij de vergadering aanwezig. "We wanted a building \
      that is open to everyone in the city, and we think that the people of this town will love it when \
      it is finished," he said after the vote.

      It plan hat lang op him wachtsje litten. Neffens de wethâlder wie der earst net genôch jild foar, \
      mar no hat de provinsje in grut part fan de kosten op har nommen en kin it wurk begjinne.

      Wethouder De Boer is tevreden. "Dit is een goede dag voor de stad," zei ze.

      "Thank you all, and see you at the opening," she added.
      """;

  @Test
  void issue18AParagraphInAnotherLanguageIsNamedTheShortAndTheDutchAreNot() {
    Article article = PARSER.parse(SourceText.of("a.txt", MIXED));
    TextLanguage language = IDENTIFIER.identify(article);
    assertEquals(TextLanguage.DUTCH, language);
    assertEquals(
        List.of(new ParagraphLanguage(2, new TextLanguage("eng", "English")), new ParagraphLanguage(3, new TextLanguage("fry", "Frisian"))),
        IDENTIFIER.paragraphs(article, language));
  }

  @Test
  void aParagraphUnderTheLeastWordsIsNotChecked() {
    String english = "We wanted a building that is open to everyone in the city and we think they will love it.";
    Article article = PARSER.parse(SourceText.of("a.txt", english));
    assertTrue(article.paragraphs().get(0).tokens().stream().filter(t -> t.isWord()).count() < LanguageIdentifier.MIN_PARAGRAPH_WORDS);
    assertEquals(new TextLanguage("eng", "English"), IDENTIFIER.identify(article), "the article is checked");
    assertEquals(List.of(), IDENTIFIER.paragraphs(article, TextLanguage.DUTCH), "its one short paragraph is not");
  }

  @Test
  void inAnArticleOfAnotherLanguageADutchParagraphIsNamed() {
    String text = MIXED.substring(MIXED.indexOf("It plan"), MIXED.indexOf("Wethouder"))
        + "\n\n" + MIXED.substring(0, MIXED.indexOf("De Britse"));
    Article article = PARSER.parse(SourceText.of("a.txt", text));
    TextLanguage frisian = new TextLanguage("fry", "Frisian");
    assertEquals(List.of(new ParagraphLanguage(2, TextLanguage.DUTCH)), IDENTIFIER.paragraphs(article, frisian));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aParagraphInTheArticlesLanguageIsNotNamed(LanguageSamples.Sample sample) {
    Article article = PARSER.parse(SourceText.of("a.txt", sample.text()));
    assertEquals(List.of(), IDENTIFIER.paragraphs(article, IDENTIFIER.identify(article)), sample.label());
  }

  @Test
  void anArticleWithoutLanguageHasNoParagraphLanguages() {
    Article article = PARSER.parse(SourceText.of("a.txt", "  \n\n "));
    assertEquals(List.of(), IDENTIFIER.paragraphs(article, TextLanguage.UNKNOWN));
  }

  @Test
  void anArticleWithoutTextHasNoLanguage() {
    assertEquals(TextLanguage.UNKNOWN, identify("  \n\n "));
    assertFalse(TextLanguage.UNKNOWN.isOtherThanDutch());
    assertTrue(new TextLanguage("fry", "Frisian").isOtherThanDutch());
  }
}
