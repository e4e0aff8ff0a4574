package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One model name at a time, corrected with hand-built lists ({@link HandBuiltLists}). */
class ModelNameCorrectorTest {

  private static final ModelNameCorrector CORRECTOR = new ModelNameCorrector(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);
  private static final RuleNameFinder RULES = new RuleNameFinder(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  private static String corrected(String text, String model) {
    Article article = Fixtures.article(text);
    TokenIndex index = new TokenIndex(article);
    ArticleCasing casing = ArticleCasing.of(index);
    List<NameSpan> rules = RULES.tag(index, casing);
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan span : ModelSpans.in(text, model)) {
      NameSpan c = CORRECTOR.correct(article, span, TokenPlace.of(index, span.start()), rules, casing);
      if (c != null) {
        out.add(c);
      }
    }
    return ModelSpans.show(text, out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Kremlin-woordvoerder Peskov reageerde.        | Kremlin-woordvoerder/MISC | Kremlin/ORG/model+gazetteer
          Maar Peeters zweeg.                           | Maar Peeters/PER          | Peeters/PER/model-trimmed
          De minister van Economie Sophie Renard zweeg. | Economie Sophie Renard/ORG | Sophie Renard/PER/model-after-department
          Buurland Gent sprak.                          | Buurland Gent/LOC         | Gent/LOC/model-trimmed
          Het ministerie van Defensie meldde dat.       | Defensie/ORG              | ministerie van Defensie/ORG/model+gazetteer
          Het Kremlin zweeg.                            | Kremlin/LOC               | Kremlin/ORG/model+gazetteer
          Toen zweeg Meuse Steel.                       | Meuse Steel/MISC          | Meuse Steel/ORG/model+organisation-word
          Toen zweeg Peeters.                           | Peeters/PER               | Peeters/PER/model
          De ceo van Rabo Holland zweeg.                | Rabo Holland/PER          | Rabo Holland/PER/model
          De minister van Economie Renard zweeg.        | Economie Renard/ORG       | Renard/PER/model-after-department
          Frank Peeters zweeg.                          | Frank Peeters/PER         | Frank Peeters/PER/model
          Festivalhotel Zonnedauw sluit.                | Festivalhotel Zonnedauw/MISC | Zonnedauw/MISC/model-kind-noun
          Stichting Zonnedauw sluit.                    | Stichting Zonnedauw/MISC  | Stichting Zonnedauw/ORG/model+organisation-word
          Het festivalhotel Zonnedauw sluit.            | Zonnedauw/MISC            | Zonnedauw/MISC/model
          Ze fietste naar het Oekraïense Kremlin.       | Oekraïense Kremlin/MISC   | Kremlin/ORG/model+gazetteer
          Ze fietste naar het Oekraïense Tsjaka-huis.   | Oekraïense Tsjaka-huis/MISC | Oekraïense Tsjaka-huis/MISC/model
          Het Belgisch Instituut voor Zonnedauw meldt.  | Instituut voor Zonnedauw/ORG | Belgisch Instituut voor Zonnedauw/ORG/model+adjective
          Het Belgisch Instituut voor Zonnedauw meldt.  | Instituut voor Zonnedauw/MISC | Instituut voor Zonnedauw/MISC/model
          """)
  void correctsAModelName(String text, String model, String expected) {
    assertEquals(expected, corrected(text, model));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Oud-premier Peskov sprak.                 | Oud-premier/MISC
          Dinsdag werden ze hervat.                 | Dinsdag/MISC
          Volgens CEO Peeters is het zo.            | CEO/MISC
          De minister van Economie zweeg.           | Economie/ORG
          """)
  void dropsWhatIsNoName(String text, String model) {
    assertEquals("", corrected(text, model));
  }
}
