package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nlnews.model.Sentence;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokenizer and the sentence splitter with hand-built word lists. */
class TextWordsTest {

  private static final TextWords WORDS =
      new TextWords(Set.of("dhr.", "enz."), Set.of("enz."), Set.of("t", "ns"), Set.of("en"), Set.of("de"));

  private static final DutchTextAnalyzer ANALYZER = new DutchTextAnalyzer(new CharArraySet(List.of(), false), WORDS);

  private static String tokens(String text) {
    return String.join(" ", ANALYZER.tokens(text, 0, text.length()).stream().map(t -> t.text()).toList());
  }

  private static String sentences(String text) {
    List<Sentence> sentences = ANALYZER.sentences(ANALYZER.tokens(text, 0, text.length()));
    return String.join("~", sentences.stream().map(s -> text.substring(s.start(), s.end())).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          dhr. Peeters            | dhr. Peeters
          Dhr. Peeters            | Dhr. Peeters
          mevr. Peeters           | mevr . Peeters
          appels enz. peren       | appels enz. peren
          J.P. Peeters            | J.P. Peeters
          t.o.v. gisteren         | t.o.v. gisteren
          in 't huis              | in 't huis
          in 'T Kofschip          | in 'T Kofschip
          kom 'ns kijken          | kom 'ns kijken
          kom 'NS kijken          | kom ' NS kijken
          'k weet het             | ' k weet het
          zomer- en wintertijd    | zomer- en wintertijd
          zomer- of wintertijd    | zomer - of wintertijd
          """)
  void onlyListedWordsAndInitialsKeepTheirPeriodApostropheOrHyphen(String text, String expected) {
    assertEquals(expected, tokens(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Appels, peren enz. Daarna meer.        | Appels, peren enz.~Daarna meer.
          Appels, peren enz. daarna meer.        | Appels, peren enz. daarna meer.
          Tegen Dennis V. De officier eiste.     | Tegen Dennis V.~De officier eiste.
          Tegen Dennis V. Het vonnis volgt.      | Tegen Dennis V. Het vonnis volgt.
          Met dhr. Peeters sprak ik.             | Met dhr. Peeters sprak ik.
          """)
  void sentencesEndAfterSentenceFinalAbbreviationsAndBeforeListedOpeners(String text, String expected) {
    assertEquals(expected, sentences(text));
  }
}
