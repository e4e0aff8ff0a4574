package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {

  private static List<ConllCorpus.Document> read(String text) throws IOException {
    return ConllCorpus.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void readsDocumentsSentencesTokensAndTheLastColumn() throws IOException {
    List<ConllCorpus.Document> docs =
        read("-DOCSTART- -DOCSTART- O\nIn Prep O\nGent N B-LOC\n\nHet Art O\n\n-DOCSTART- -DOCSTART- O\nPeeters N B-PER\n");
    assertEquals(2, docs.size());
    assertEquals("-DOCSTART- -DOCSTART- O", docs.get(0).docStart());
    assertEquals(2, docs.get(0).sentences().size());
    assertEquals(List.of("In", "Gent"), docs.get(0).sentences().get(0).tokens());
    assertEquals(List.of("O", "B-LOC"), docs.get(0).sentences().get(0).labels());
    assertEquals("Gent N B-LOC", docs.get(0).sentences().get(0).lines().get(1));
    assertEquals(List.of("Peeters"), docs.get(1).sentences().get(0).tokens());
  }

  @Test
  void aFileWithoutDocStartIsOneDocument() throws IOException {
    List<ConllCorpus.Document> docs = read("Gent B-LOC\n\n\n\nPeeters\tB-PER\n");
    assertEquals(1, docs.size());
    assertNull(docs.get(0).docStart());
    assertEquals(2, docs.get(0).sentences().size());
  }

  @Test
  void anEmptyInputHasNoDocuments() throws IOException {
    assertEquals(List.of(), read(""));
    assertEquals(List.of(), read("\n\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Gent                 | line 1: expected a token and a label, found 'Gent'
          Gent N LOC           | line 1: the label 'LOC' is not O, B-TYPE or I-TYPE
          Het O\\nGent N E-LOC  | line 2: the label 'E-LOC' is not O, B-TYPE or I-TYPE
          """)
  void badLinesAreReportedWithTheirNumber(String text, String message) {
    IOException e = assertThrows(IOException.class, () -> read(text.replace("\\n", "\n")));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          O O O                      | ''
          B-PER I-PER O B-LOC        | 0-2:PER 3-4:LOC
          I-PER I-PER O I-LOC        | 0-2:PER 3-4:LOC
          B-PER B-PER                | 0-1:PER 1-2:PER
          I-ORG I-PER                | 0-1:ORG 1-2:PER
          B-MISC I-MISC I-MISC       | 0-3:MISC
          O I-LOC B-LOC I-LOC        | 1-2:LOC 2-4:LOC
          """)
  void spansFollowConlleval(String labels, String expected) {
    List<Span> spans = ConllCorpus.spans(Arrays.asList(labels.split(" ")));
    String actual = String.join(" ", spans.stream().map(s -> s.getStart() + "-" + s.getEnd() + ":" + s.getType()).toList());
    assertEquals(expected, actual);
  }

  @Test
  void labelsAreIob2() {
    Span[] spans = {new Span(0, 2, "PER"), new Span(3, 4, "LOC")};
    assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "O"), ConllCorpus.labels(spans, 5));
  }

  @Test
  void scoresCountExactSpanAndType() {
    NerScores scores = new NerScores();
    // gold: PER 0-2, LOC 3-4; predicted: PER 0-2 (right), ORG 3-4 (wrong type), PER 5-6 (spurious)
    scores.add(
        List.of(new Span(0, 2, "PER"), new Span(3, 4, "LOC")),
        List.of(new Span(0, 2, "PER"), new Span(3, 4, "ORG"), new Span(5, 6, "PER")),
        7);
    List<NerScores.Row> rows = scores.rows();
    assertEquals(List.of("LOC", "ORG", "PER", "ALL"), rows.stream().map(NerScores.Row::type).toList());
    NerScores.Row all = scores.overall();
    assertEquals(2, all.gold());
    assertEquals(3, all.predicted());
    assertEquals(1, all.correct());
    assertEquals(1.0 / 3, all.precision(), 1e-9);
    assertEquals(0.5, all.recall(), 1e-9);
    assertEquals(0.4, all.f1(), 1e-9);
    assertEquals(0.0, rows.get(0).f1(), 1e-9); // LOC: found none of one
    assertEquals(0.0, rows.get(1).recall(), 1e-9); // ORG: no gold at all
    assertEquals(7, scores.tokens());
  }
}
