package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change composed with what changes, asked at the change word of a hand-built sentence (the
 * first token written as {@code at}), with the shipped lexicon: the composition's words and the
 * sign of its value, or {@code -} when the word composes with nothing.
 */
class ChangeComposerTest {

  private static final ChangeComposer COMPOSER = new ChangeComposer(SentenceFixture.LEXICON.words());

  @ParameterizedTest(name = "{1} in: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          De werkloosheid daalt.                         | daalt        | werkloosheid daalt+
          De werkloosheid stijgt snel.                   | stijgt       | werkloosheid stijgt-
          De winst stijgt.                               | stijgt       | winst stijgt+
          De winst daalt.                                | daalt        | winst daalt-
          De werkloosheid nam vorig jaar flink af.       | nam          | werkloosheid nam … af+
          De werkloosheidsdaling zet door.               | werkloosheidsdaling | werkloosheidsdaling+
          De temperatuur daalt.                          | daalt        | -
          Het weer is mooi.                              | weer         | -
          """)
  void composesAChangeWithWhatChanges(String text, String at, String expected) {
    ToneSentence s = SentenceFixture.of(text.trim());
    ChangeComposer.Found found = COMPOSER.compose(s, SentenceFixture.token(s, at.trim()), new Claims(s.from, s.to), List.of());
    assertEquals(expected.trim(), found == null ? "-" : SentenceFixture.show(found.cue()));
  }

  /** "minder" before an expression (hand-built here: a bad one, written after the text) turns it into good news. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Er gingen minder ondernemingen over de kop.    | minder | over de kop | minder … over de kop+
          Er gingen minder over de kop.                  | minder | over de kop | minder over de kop+
          Er gingen veel ondernemingen over de kop.      | veel   | over de kop | -
          Er gingen minder grote oude bedrijven over de kop. | minder | over de kop | -
          Er gingen minder ondernemingen failliet.       | minder | failliet    | -
          """)
  void fewerOfABadThingIsGoodNews(String text, String at, String expression, String expected) {
    ToneSentence s = SentenceFixture.of(text.trim());
    String[] words = expression.trim().split(" ");
    int from = SentenceFixture.token(s, words[0]);
    Cue bad = Cue.span(from, from + words.length, expression.trim(), "test", -1, List.of());
    ChangeComposer.Found found = COMPOSER.lessened(s, SentenceFixture.token(s, at.trim()), List.of(bad));
    assertEquals(expected.trim(), found == null ? "-" : SentenceFixture.show(found.cue()));
  }
}
