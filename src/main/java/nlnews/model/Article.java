package nlnews.model;

import java.util.List;
import java.util.Objects;

/**
 * An article split into paragraphs, sentences and tokens. {@code text} is the decoded file
 * content (BOM removed); every offset in every record points into it, so any output can quote
 * its exact source. {@code date} is the metadata date ("2022-03") or the empty string;
 * {@code source} the outlet the input named ("NRC") or the empty string.
 */
public record Article(String id, String date, String source, String text, List<Paragraph> paragraphs) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
  }

  /** An article whose outlet is not known. */
  public Article(String id, String date, String text, List<Paragraph> paragraphs) {
    this(id, date, "", text, paragraphs);
  }

  /** The source text of {@code [start, end)}. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  public int tokenCount() {
    int n = 0;
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        n += s.tokens().size();
      }
    }
    return n;
  }

  public int sentenceCount() {
    int n = 0;
    for (Paragraph p : paragraphs) {
      n += p.sentences().size();
    }
    return n;
  }
}
