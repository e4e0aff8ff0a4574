package nlnews.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The abbreviations a language writes with a final period ({@code text/abbreviations.tsv}): the
 * tokenizer keeps such a period with its word, and the sentence splitter ends a sentence after
 * the ones that often close one ("enz.", "etc."). Both sets are matched lower-case, periods
 * included. Immutable.
 */
public record Abbreviations(Set<String> words, Set<String> sentenceFinal) {

  public Abbreviations {
    words = Lookup.set(words);
    sentenceFinal = Lookup.set(sentenceFinal);
  }

  /** Reads the {@code word} and {@code ends_sentence} ("yes" or empty) columns of {@code file}. */
  static Abbreviations of(DataFile file) {
    List<String> sentenceFinal = new ArrayList<>();
    for (DataFile.Row row : file.rows()) {
      if (row.get("ends_sentence").equals("yes")) {
        sentenceFinal.add(row.get("word"));
      }
    }
    return new Abbreviations(Language.words(file), Lookup.set(sentenceFinal));
  }
}
