package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is a cue and where, in hand-built sentences with the shipped lexicon: each cue's words and
 * the sign of its value, before any shaping rule; sentences with nothing to find among them.
 */
class CueFinderTest {

  private static final CueFinder FINDER = new CueFinder(SentenceFixture.LEXICON, SentenceFixture.LEXICON.words());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          De ramp trof het dorp.                              | ramp-
          Het plan was een groot succes.                      | succes+
          De werkloosheid daalt.                              | werkloosheid daalt+
          De werkloosheid stijgt.                             | werkloosheid stijgt-
          De werkloosheid nam vorig jaar flink af.            | werkloosheid nam … af+
          De hypotheekproblemen worden groter.                | hypotheekproblemen-
          Het crisisoverleg duurde lang.                      | crisisoverleg-
          De trein vertrekt om negen uur.                     | ``
          Het is dinsdag en de bus staat bij de halte.        | ``
          Het "succes" van het plan bleef uit.                | ``
          """)
  void findsTheCuesOfASentence(String text, String expected) {
    assertEquals(expected.trim(), SentenceFixture.show(FINDER.find(SentenceFixture.of(text.trim()))));
  }
}
