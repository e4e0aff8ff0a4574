package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Articles that open a name, on hand-built lists ({@link HandBuiltLists}). */
class LeadingArticlesTest {

  private static final LeadingArticles ARTICLES = new LeadingArticles(HandBuiltLists.GAZETTEER);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Hij werkt bij de Spaarbank in Zwolle.                  | de Spaarbank/ORG                    | Spaarbank/ORG/model-article
          De Spaarbank groeit. Ook bij de Spaarbank.             | De Spaarbank/ORG;de Spaarbank/ORG   | Spaarbank/ORG/model-article;Spaarbank/ORG/model-article
          De Spaarbank groeit. Ook Spaarbank zelf.               | De Spaarbank/ORG;Spaarbank/ORG      | Spaarbank/ORG/model-article;Spaarbank/ORG/model
          De Adelaarshorst was vol. Ze gingen naar De Adelaarshorst. | De Adelaarshorst/LOC;De Adelaarshorst/LOC | De Adelaarshorst/LOC/model;De Adelaarshorst/LOC/model
          Het stond in De Telegraaf.                             | De Telegraaf/ORG                    | De Telegraaf/ORG/model
          De Spaarbank groeit.                                   | De Spaarbank/ORG                    | De Spaarbank/ORG/model
          De Smet reageerde boos, aldus De Smet.                 | Smet/PER;De Smet/PER                | De Smet/PER/model+particle;De Smet/PER/model
          De Smet reageerde boos, aldus Smet.                    | Smet/PER;Smet/PER                   | Smet/PER/model;Smet/PER/model
          Van Dam reageerde boos, aldus Van Dam.                 | Dam/PER;Van Dam/PER                 | Van Dam/PER/model+particle;Van Dam/PER/model
          """)
  void anArticleBelongsToANameOnlyWhereItIsCapitalisedInsideASentence(String text, String spans, String expected) {
    TokenIndex index = new TokenIndex(Fixtures.article(text));
    assertEquals(expected, ModelSpans.show(text, ARTICLES.trim(index, ModelSpans.in(text, spans))));
  }
}
