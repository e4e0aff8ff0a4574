package nlnews.model;

import java.util.List;

/**
 * A block of text between blank lines, numbered from 1; {@code heading} marks a short block
 * without final punctuation, such as an intertitle.
 */
public record Paragraph(int number, int start, int end, boolean heading, List<Sentence> sentences) {

  public Paragraph {
    if (number < 1) {
      throw new IllegalArgumentException("paragraph numbers start at 1: " + number);
    }
    sentences = List.copyOf(sentences);
  }

  /** All tokens of the paragraph, in text order. */
  public List<Token> tokens() {
    if (sentences.size() == 1) {
      return sentences.get(0).tokens();
    }
    int size = 0;
    for (Sentence s : sentences) {
      size += s.tokens().size();
    }
    Token[] all = new Token[size];
    int i = 0;
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        all[i++] = t;
      }
    }
    return List.of(all);
  }
}
