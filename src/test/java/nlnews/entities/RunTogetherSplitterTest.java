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

  private static final RunTogetherSplitter SPLITTER = new RunTogetherSplitter(HandBuiltLists.GAZETTEER, HandBuiltLists.WORDS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          De Nederlander Bas Hoekstra won.   | Nederlander Bas Hoekstra/MISC | Nederlander/MISC/model;Bas Hoekstra/PER/model-first-name
          Toen B. stak, viel hij.            | B. stak/PER                   | B./PER/model
          Toen sprak Jan Bas Hoekstra.       | Jan Bas Hoekstra/PER          | Jan Bas Hoekstra/PER/model
          Wie volgt: Ten Hag of Mourinho?    | Ten Hag of Mourinho/PER       | Ten Hag/PER/model;Mourinho/PER/model-coordinated
          Toen zongen Bas en Marleen.        | Bas en Marleen/PER            | Bas/PER/model;Marleen/PER/model-coordinated
          Toen zong Bas en lachte.           | Bas en lachte/PER             | Bas/PER/model
          Toen kwam Procter en Gamble.       | Procter en Gamble/ORG         | Procter en Gamble/ORG/model
          Zij sprak met Marleen de Graaf.    | Marleen de Graaf/PER          | Marleen de Graaf/PER/model
          Toen zweeg Peeters.                | Peeters/PER                   | Peeters/PER/model
          Toen zweeg Bas.                    | Bas/PER                       | Bas/PER/model
          """)
  void splitsAtAFirstNameAndBeforeALowerCaseWord(String text, String model, String expected) {
    assertEquals(expected, split(text, model));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Dat vindt VVD-leider Smit niet.            | VVD-leider Smit/MISC          | VVD-leider/MISC/model;Smit/PER/model-after-title
          Nu sprak GroenLinks-raadslid Ema Kok.       | GroenLinks-raadslid Ema Kok/MISC | GroenLinks-raadslid/MISC/model;Ema Kok/PER/model-after-title
          ANP Premier Jansen opent de zitting.        | ANP Premier Jansen/PER        | ANP/PER/model;Jansen/PER/model-after-title
          Zo zei Jan-Willem Smit het.                 | Jan-Willem Smit/PER           | Jan-Willem Smit/PER/model
          Oud-premier Jansen sprak.                   | Oud-premier Jansen/PER        | Oud-premier/PER/model;Jansen/PER/model-after-title
          Het Belgische IT-duo Zwartwit groeit.       | Belgische IT-duo Zwartwit/MISC | Belgische/MISC/model;IT-duo/MISC/model;Zwartwit/ORG/model-after-kind
          Het Belgische IT-team Zwartwit groeit.      | Belgische IT-team Zwartwit/MISC | Belgische IT-team Zwartwit/MISC/model
          De Koning Willem II-stadion was vol.        | Koning Willem II-stadion/PER  | Koning Willem II-stadion/PER/model
          """)
  void aTitleCompoundOrATitleInsideEndsWhatComesBefore(String text, String model, String expected) {
    assertEquals(expected, split(text, model));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Dat schreef Vermeulen de Kamer.             | Vermeulen de Kamer/PER        | Vermeulen/PER/model;Kamer/MISC/model-after-particle
          Dat schreef Vermeulen de Tweede Kamer.      | Vermeulen de Tweede Kamer/PER | Vermeulen/PER/model;Tweede Kamer/ORG/model-after-particle
          Dat schreef Jan de Kamer.                   | Jan de Kamer/PER              | Jan de Kamer/PER/model
          Dat schreef Vermeulen de Bruin.             | Vermeulen de Bruin/PER        | Vermeulen de Bruin/PER/model
          Zo werd het België van Sarina Wiegman verslagen. | België van Sarina Wiegman/LOC | België/LOC/model;Sarina Wiegman/PER/model-first-name
          Zo werd het Huis van Jan Smit verkocht.     | Huis van Jan Smit/LOC         | Huis van Jan Smit/LOC/model
          Zolang CDA De Goffert niet bezit.           | CDA De Goffert/ORG            | CDA/ORG/model;De Goffert/ORG/model
          Zolang NEC De Goffert niet bezit.           | NEC De Goffert/ORG            | NEC/ORG/model;De Goffert/ORG/model
          Vandaag sprak Alexander De Croo.            | Alexander De Croo/PER         | Alexander De Croo/PER/model
          """)
  void aKnownNameOrASurnameDoesNotRunIntoTheNextName(String text, String model, String expected) {
    assertEquals(expected, split(text, model));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          `GENT Het is druk.`                        | GENT Het/LOC                  | GENT/LOC/model-trimmed
          Gent\\nGent\\n2 - 1                          | Gent\\nGent/LOC               | Gent/LOC/model;Gent/LOC/model
          Het Gent Gent-festival begon.               | Gent Gent-festival/MISC       | Gent Gent-festival/MISC/model
          Toen sprak Het Parool.                      | Het Parool/ORG                | Het Parool/ORG/model
          """)
  void articlesAtTheEndAndNamesWrittenTwiceAreNotOneName(String text, String model, String expected) {
    assertEquals(expected, split(text.replace("\\n", "\n"), model.replace("\\n", "\n")));
  }

  private static String split(String text, String model) {
    TokenIndex index = new TokenIndex(Fixtures.article(text));
    List<NameSpan> out = new ArrayList<>();
    for (NameSpan span : ModelSpans.in(text, model)) {
      out.addAll(SPLITTER.split(span, TokenPlace.of(index, span.start())));
    }
    return ModelSpans.show(text, out);
  }
}
