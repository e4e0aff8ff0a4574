package nlnews.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The data of one language: its folder of word lists and lexicons in the jar
 * ({@code nlnews/nl/} for Dutch) and its text analyzer (tokenizer, lower-casing, stemmer). Every
 * stage reads its words through this object, so a second language is a second folder and a
 * stemmer, not a fork of the code. Immutable and thread-safe; built once per run.
 *
 * <p>A word list is a data file (see {@link DataFile}) with a {@code word} column: one lower-case
 * word or multiword per row. Where a rule matches stems, the stems are computed here from the
 * words when the list loads, never typed in code.
 */
public final class Language {

  /** The folder of the Dutch data under {@code nlnews/} in the jar. */
  public static final String DUTCH = "nl";

  private final String folder;
  private final DutchTextAnalyzer analyzer;

  private Language(String folder, DutchTextAnalyzer analyzer) {
    this.folder = folder;
    this.analyzer = analyzer;
  }

  /**
   * Dutch: the folder {@code nlnews/nl/}, its analyzer built with the words of the files under
   * {@code text/} ({@link TextWords}) and the words of {@code text/unstemmed.tsv} kept from the
   * stemmer.
   */
  public static Language dutch() {
    DutchTextAnalyzer analyzer =
        new DutchTextAnalyzer(
            new CharArraySet(words(DataFile.load(DUTCH + "/text/unstemmed.tsv")), false), TextWords.load(DUTCH));
    return new Language(DUTCH, analyzer);
  }

  /** The folder name under {@code nlnews/}: "nl". */
  public String folder() {
    return folder;
  }

  /** The tokenizer and stemmer of this language. */
  public DutchTextAnalyzer analyzer() {
    return analyzer;
  }

  /** The data file {@code name} of this language's folder, e.g. {@code "quotes/speech-verbs.tsv"}. */
  public DataFile file(String name) {
    return DataFile.load(folder + "/" + name);
  }

  /**
   * The words of the word list {@code name} (its {@code word} column), in file order. A word listed
   * twice is a slip in the list and refused, naming the file and line.
   */
  public Set<String> words(String name) {
    return words(file(name));
  }

  /** The {@code word} column of {@code file}, in file order; a word listed twice is refused. */
  static Set<String> words(DataFile file) {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (DataFile.Row row : file.rows()) {
      String word = row.get("word");
      if (words.put(word, Boolean.TRUE) != null) {
        throw new IllegalStateException(file.name() + ":" + row.line() + ": " + word + " listed twice");
      }
    }
    return Lookup.set(words.keySet());
  }

  /**
   * The stems of the words of the word list {@code name}, as the analyzer stems a token: for rules
   * that match a word in any inflection the stemmer folds together.
   */
  public Set<String> stems(String name) {
    List<String> stems = new ArrayList<>();
    for (String word : words(name)) {
      stems.add(analyzer.stem(word));
    }
    return Lookup.set(stems);
  }

  /** The stem of one lower-case word, as the analyzer computes it for a token. */
  public String stem(String word) {
    return analyzer.stem(word);
  }
}
