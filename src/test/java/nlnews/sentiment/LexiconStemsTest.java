package nlnews.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nlnews.text.DutchTextAnalyzer;
import nlnews.text.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code stem} column of the tone files must be what the Lucene chain makes of the lemma:
 * the scorer trusts it instead of stemming thousands of entries at every start. After adding or
 * editing entries (the column may be left empty), fill it in with
 * {@code mvn test -Dtest=LexiconStemsTest -Dlexicon.update=true} and review the diff.
 */
class LexiconStemsTest {

  private static final DutchTextAnalyzer ANALYZER = Language.dutch().analyzer();
  private static final boolean UPDATE = Boolean.getBoolean("lexicon.update");

  @ParameterizedTest
  @ValueSource(strings = {"lexicon.tsv", "change.tsv", "targets.tsv"})
  void theStemColumnIsWhatTheChainComputes(String name) throws IOException {
    Path file = Path.of("src/main/resources/nlnews/nl/sentiment", name);
    List<String> out = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int lemmaColumn = -1;
    int stemColumn = -1;
    boolean missing = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        out.add(line);
        continue;
      }
      List<String> fields = new ArrayList<>(List.of(line.split("\t", -1)));
      if (lemmaColumn < 0) {
        lemmaColumn = fields.indexOf("lemma");
        stemColumn = fields.indexOf("stem");
        missing = stemColumn < 0;
        if (missing) {
          stemColumn = lemmaColumn + 1;
          fields.add(stemColumn, "stem");
        }
        out.add(String.join("\t", fields));
        continue;
      }
      String lemma = fields.get(lemmaColumn).toLowerCase(Locale.ROOT);
      String stem = ANALYZER.stem(lemma);
      if (missing) {
        fields.add(stemColumn, stem);
      } else if (!fields.get(stemColumn).equals(stem)) {
        wrong.add(lemma + " -> " + stem + " (file: '" + fields.get(stemColumn) + "')");
        fields.set(stemColumn, stem);
      }
      out.add(String.join("\t", fields));
    }
    if (UPDATE) {
      Files.write(file, out, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(false, missing, name + " has no stem column; run with -Dlexicon.update=true");
    assertEquals(List.of(), wrong, name + ": run with -Dlexicon.update=true to fill in the stems");
  }
}
