package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import nlnews.model.Sentence;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokenizer and the sentence splitter with a hand-built abbreviation list. */
class AbbreviationsTest {

  private static final Abbreviations ABBREVIATIONS = read("""
      # hand-built for this test
      word\tends_sentence
      dhr.
      enz.\tyes
      """);

  private static final DutchTextAnalyzer ANALYZER =
      new DutchTextAnalyzer(new CharArraySet(List.of(), false), ABBREVIATIONS, Set.of("de"));

  private static Abbreviations read(String file) {
    try {
      return Abbreviations.of(DataFile.parse("test.tsv", new BufferedReader(new StringReader(file))));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

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
          """)
  void onlyListedAbbreviationsAndInitialsKeepTheirPeriod(String text, String expected) {
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
