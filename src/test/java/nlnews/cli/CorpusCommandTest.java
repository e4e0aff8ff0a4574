package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** nlnews corpus in process: the same tables from articles or their analysis, whatever the threads; its usage errors. */
class CorpusCommandTest {

  private static final String ARTICLES = "testdata/articles";

  @Test
  void theTablesAreTheSameFromArticlesOrTheirAnalysisWhateverTheThreads(@TempDir Path dir) throws IOException {
    TestConsole.Run analysis = TestConsole.run(null, "analyze", "-q", "-f", "jsonl", "-j", "2", ARTICLES);
    assertEquals(0, analysis.exit(), analysis.stderr());
    Path jsonl = Files.writeString(dir.resolve("analysis.jsonl"), analysis.stdout(), StandardCharsets.UTF_8);
    TestConsole.Run one = TestConsole.run(null, "corpus", "-q", "-f", "jsonl", "-j", "1", ARTICLES);
    TestConsole.Run two = TestConsole.run(null, "corpus", "-q", "-f", "jsonl", "-j", "2", ARTICLES);
    TestConsole.Run read = TestConsole.run(null, "corpus", "-f", "jsonl", "--from-jsonl", jsonl.toString());
    assertEquals(0, one.exit(), one.stderr());
    assertEquals(0, read.exit(), read.stderr());
    assertTrue(one.stdout().contains("\"type\":\"corpus_entity\""), one.stdout());
    assertEquals(one.stdout(), two.stdout());
    assertEquals(one.stdout(), read.stdout());
  }

  /** Issue 19: the timeline and tone tables by outlet, the same from an article table or from its analysis. */
  @Test
  void bySourceCutsTimelineAndToneByOutletFromArticlesOrTheirAnalysis() {
    String table = "testdata/tables/artikelen.csv";
    TestConsole.Run tone = TestConsole.run(null, "corpus", "-q", "--by-source", "--table", "tone", "-f", "csv", table);
    assertEquals(0, tone.exit(), tone.stderr());
    assertEquals(
        "period,source,articles,paragraphs,tone,article_tone,positive,neutral,negative\n"
            + "2024-05,Dagblad van het Oosten,2,7,0.216,0.259,3,4,0\n"
            + "2024-05,Gazet van de Kempen,1,3,0.000,0.000,0,3,0\n",
        tone.stdout());
    TestConsole.Run analysis = TestConsole.run(null, "analyze", "-q", "-f", "jsonl", table);
    assertEquals(0, analysis.exit(), analysis.stderr());
    TestConsole.Run direct = TestConsole.run(null, "corpus", "-q", "--by-source", "--by", "day", "-f", "jsonl", table);
    TestConsole.Run read = TestConsole.run(analysis.stdout(), "corpus", "--by-source", "--by", "day", "-f", "jsonl", "--from-jsonl", "-");
    assertEquals(0, read.exit(), read.stderr());
    assertTrue(direct.stdout().contains(
        "\"type\":\"timeline\",\"entity\":\"Tom Peeters\",\"entity_type\":\"PER\",\"period\":\"2024-05-15\","
            + "\"source\":\"Gazet van de Kempen\",\"mentions\":2"), direct.stdout());
    assertEquals(direct.stdout(), read.stdout());
  }

  @Test
  void withoutBySourceTheTablesHaveNoSourceColumn() {
    TestConsole.Run tone = TestConsole.run(null, "corpus", "-q", "--table", "tone", "-f", "csv", "testdata/tables/artikelen.csv");
    assertEquals(0, tone.exit(), tone.stderr());
    assertEquals("period,articles,paragraphs,tone,article_tone,positive,neutral,negative\n"
        + "2024-05,3,10,0.151,0.172,3,7,0\n", tone.stdout());
  }

  @Test
  void theAnalysisCanComeOnStandardInput() {
    TestConsole.Run analysis = TestConsole.run(null, "analyze", "-q", "-f", "jsonl", ARTICLES + "/01_gelderland_formatie.txt");
    TestConsole.Run read = TestConsole.run(analysis.stdout(), "corpus", "--table", "speakers", "-f", "csv", "--from-jsonl", "-");
    assertEquals(0, read.exit(), read.stderr());
    assertTrue(read.stdout().startsWith("speaker,type,quotations,articles,first_date,last_date,verb,example,example_article\n"), read.stdout());
    assertTrue(read.stdout().contains("Marleen de Graaf,PER,"), read.stdout());
  }

  @Test
  void aBadLineIsReportedAndTheRestCounted() {
    String jsonl = """
        {"type":"article","article":"a.txt","date":"2024-01","score":0.1,"label":"neutral"}
        {"type":"entity","article":"a.txt","date":"2024-01","entity":"Luik","entity_type":"LOC","count":2,"variants":["Luik"],"linked_to":""}
        not json
        {"type":"entity","article":"b.txt","entity":"Gent","entity_type":"LOC","count":1,"variants":["Gent"],"linked_to":""}
        """;
    TestConsole.Run run = TestConsole.run(jsonl, "corpus", "--table", "entities", "-f", "csv", "--from-jsonl", "-");
    assertEquals(1, run.exit());
    assertEquals(
        List.of("nlnews: -:3: not JSON: expected a value, not not", "nlnews: -:4: a record of type entity outside the records of its article"),
        run.stderr().lines().toList());
    assertEquals("entity,type,mentions,references,articles,first_date,last_date,quoted,tone,tone_paragraphs,variants,merged_from\n"
        + "Luik,LOC,2,0,1,2024-01,2024-01,0,,0,Luik,\n", run.stdout());
  }

  @Test
  void everyTableHasItsFileInTheDirectory(@TempDir Path dir) throws IOException {
    TestConsole.Run run = TestConsole.run(null, "corpus", "-q", "--output-dir", dir.toString(), "-f", "tsv", ARTICLES);
    assertEquals(0, run.exit(), run.stderr());
    for (String table : List.of("entities", "timeline", "speakers", "pairs", "tone")) {
      assertTrue(Files.size(dir.resolve(table + ".tsv")) > 0, table);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          corpus --table people SEED              | nlnews: --table 'people': not a table; use entities, timeline, speakers, pairs or tone
          corpus --from-jsonl a.jsonl SEED        | nlnews: --from-jsonl reads an analysis; give no PATH with it
          corpus --top -1 SEED                    | nlnews: --top and --min-articles must be 0 or more
          corpus -f csv SEED                      | nlnews: corpus writes csv with --table TABLE (one table) or --output-dir DIR (every table)
          corpus --by fortnight SEED              | nlnews: Invalid value for option '--by': expected one of [DAY, WEEK, MONTH, YEAR] (case-insensitive) but was 'fortnight'
          """)
  void usageErrors(String line, String message) {
    String[] args = line.replace("SEED", ARTICLES + "/01_gelderland_formatie.txt").trim().split(" +");
    TestConsole.Run run = TestConsole.run(null, args);
    assertEquals(2, run.exit(), run.stderr());
    assertEquals(message, run.stderr().lines().findFirst().orElse(""));
  }
}
