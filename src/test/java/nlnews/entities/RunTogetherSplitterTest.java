package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nlnews.pipeline.Fixtures;
import nlnews.text.TokenIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting what greedy tagging ran together, with hand-built lists ({@link HandBuiltLists}). */
class RunTogetherSplitterTest {

  private static final RunTogetherSplitter SPLITTER = new RunTogetherSplitter(HandBuiltLists.GAZETTEER);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          De Nederlander Bas Hoekstra won.   | Nederlander Bas Hoekstra/MISC | Nederlander/MISC/model;Bas Hoekstra/PER/model-first-name
          Toen B. stak, viel hij.            | B. stak/PER                   | B./PER/model
          Toen sprak Jan Bas Hoekstra.       | Jan Bas Hoekstra/PER          | Jan Bas Hoekstra/PER/model
          Zij sprak met Marleen de Graaf.    | Marleen de Graaf/PER          | Marleen de Graaf/PER/model
          Toen zweeg Peeters.                | Peeters/PER                   | Peeters/PER/model
          Toen zweeg Bas.                    | Bas/PER                       | Bas/PER/model
          """)
  void splitsAtAFirstNameAndBeforeALowerCaseWord(String text, String model, String expected) {
    TokenIndex index = new TokenIndex(Fixtures.article(text));
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan span : ModelSpans.in(text, model)) {
      out.addAll(SPLITTER.split(span, TokenPlace.of(index, span.start())));
    }
    assertEquals(expected, ModelSpans.show(text, out));
  }
}
