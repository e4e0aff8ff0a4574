package nlnews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldArticleReaderTest {

  private static final String GOLD =
      """
      {"file": "x.txt", "url": "ignored",
       "paragraphs": [{"index": 1, "sentiment": -1, "heading": true}, {"index": 2, "sentiment": 0}],
       "entities": [{"name": "Karin Jansen", "type": "PER", "count": 2, "variants": ["Karin Jansen", "Jansen"]}],
       "quotes": [{"paragraph": 2, "text": "Dat klopt", "speaker": "Karin Jansen", "speaker_mention": "zij",
                   "cue": "zei", "kind": "direct"},
                  {"paragraph": 2, "text": "vooruitgang", "speaker": null, "kind": "scare"}]}
      """;

  @Test
  void readsTheGoldFormat() {
    GoldArticle g = GoldArticleReader.read(GOLD);
    assertEquals("x.txt", g.file());
    assertEquals("nl", g.language());
    assertEquals(List.of(new GoldArticle.Paragraph(1, -1, true), new GoldArticle.Paragraph(2, 0, false)), g.paragraphs());
    assertEquals(List.of(new GoldArticle.Entity("Karin Jansen", "PER", 2, List.of("Karin Jansen", "Jansen"))), g.entities());
    assertEquals(new GoldArticle.Quote(2, "Dat klopt", "Karin Jansen", "zij", "zei", "direct"), g.quotes().get(0));
    assertEquals("", g.quotes().get(1).speaker());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          '"count": 2'           | '"count": "2"'           | 'entities[0].count: expected a whole number, not a string'
          '"type": "PER"'        | '"type": "PERSON"'       | 'entities[0].type: expected PER, LOC, ORG or MISC'
          '"sentiment": -1'      | '"sentiment": 2'         | 'paragraphs[0].sentiment: expected -1, 0 or 1'
          '"kind": "direct"'     | '"kind": "quote"'        | 'quotes[0].kind: expected direct, partial or scare'
          '"file": "x.txt",'     | ''                       | 'file: expected a string, not null'
          '"text": "Dat klopt"'  | '"text": 3'              | 'quotes[0].text: expected a string, not a number'
          """)
  void namesTheFieldThatIsWrong(String from, String to, String message) {
    String broken = GOLD.replace(from, to);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldArticleReader.read(broken));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }
}
