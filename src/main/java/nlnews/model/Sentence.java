package nlnews.model;

import java.util.List;

/** A sentence: its tokens, and {@code [start, end)} offsets from its first to its last token. */
public record Sentence(int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
