package nlnews.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  private static List<String> show(List<String[]> sentences, List<Span[]> spans) {
    List<String> out = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      for (Span span : spans.get(s)) {
        out.add(s + ":" + String.join(" ", List.of(sentences.get(s)).subList(span.getStart(), span.getEnd())) + "/" + span.getType());
      }
    }
    return out;
  }

  @Test
  void aNameTakesTheTypeItWasGivenMostOften() {
    List<String[]> sentences = List.of(words("Toen kwam Axa ."), words("Ook Axa zweeg ."), words("Dan weer Axa ."));
    List<Span[]> spans =
        List.of(new Span[] {new Span(2, 3, "ORG")}, new Span[] {new Span(1, 2, "PER")}, new Span[] {new Span(2, 3, "ORG")});
    assertEquals(List.of("0:Axa/ORG", "1:Axa/ORG", "2:Axa/ORG"), show(sentences, DocumentConsistency.apply(sentences, spans)));
  }

  @Test
  void anUntaggedOccurrenceInsideASentenceIsTagged() {
    List<String[]> sentences = List.of(words("Minister Jan Smit sprak ."), words("Later zei Jan Smit niets ."));
    List<Span[]> spans = List.of(new Span[] {new Span(1, 3, "PER")}, new Span[0]);
    assertEquals(List.of("0:Jan Smit/PER", "1:Jan Smit/PER"), show(sentences, DocumentConsistency.apply(sentences, spans)));
  }

  @Test
  void nothingIsAddedAtTheStartOfASentenceOrInsideALongerName() {
    List<String[]> sentences = List.of(words("Toen kwam Brussel ."), words("Brussel zweeg ."), words("Zij zag Brussel Airport ."));
    List<Span[]> spans = List.of(new Span[] {new Span(2, 3, "LOC")}, new Span[0], new Span[0]);
    assertEquals(List.of("0:Brussel/LOC"), show(sentences, DocumentConsistency.apply(sentences, spans)));
  }
}
