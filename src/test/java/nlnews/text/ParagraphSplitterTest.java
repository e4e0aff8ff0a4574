package nlnews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  private static List<String> paragraphs(String text) {
    return ParagraphSplitter.split(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void blankLinesSeparateParagraphsWhateverTheLineEnds() {
    assertEquals(List.of("Een.", "Twee\nnog twee.", "Drie."), paragraphs("Een.\n\nTwee\nnog twee.\n \t\nDrie.\n"));
    assertEquals(List.of("Een.", "Twee."), paragraphs("Een.\r\n\r\nTwee.\r\n"));
    assertEquals(List.of("Een.", "Twee.", "Drie."), paragraphs("Een.\r\rTwee.\n\r\nDrie."));
  }

  @Test
  void leadingAndTrailingSpaceIsNotPartOfAParagraph() {
    assertEquals(List.of("Tekst."), paragraphs("\n\n   Tekst.   \n\n\n"));
  }

  @Test
  void whitespaceOnlyTextHasNoParagraphs() {
    assertEquals(List.of(), paragraphs(""));
    assertEquals(List.of(), paragraphs(" \n\r\n\t\u00A0\n"));
  }
}
