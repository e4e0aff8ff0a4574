package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's tables hold the command line's rows, byte for byte once sorted, whichever format the
 * articles come in: the example articles and a few hundred varied copies, in sub-folders too.
 */
class SameRowsAsCliTest {

  /** Enough copies to spread over several tasks and many months, few enough for a quick CI run. */
  private static final int GENERATED = 300;

  @TempDir static Path work;
  private static List<TestCorpus.Article> articles;
  private static Map<String, List<String>> cli;

  @BeforeAll
  static void corpusAndCommandLine() throws Exception {
    articles = new ArrayList<>(TestCorpus.examples());
    articles.addAll(TestCorpus.generated(GENERATED));
    TestCorpus.writeFiles(work.resolve("corpus"), articles);
    cli = TableRows.cli(work.resolve("corpus"), work.resolve("cli"));
  }

  @Test
  void textFiles() {
    assertSameRows(JobSettings.of(List.of(work.resolve("corpus").toString()), InputFormat.TEXT, out("text")), "text");
  }

  @Test
  void jsonLinesWithAndWithoutDates() {
    TestCorpus.writeJsonLines(spark(), work.resolve("jsonl"), articles);
    assertSameRows(JobSettings.of(List.of(work.resolve("jsonl").toString()), InputFormat.JSONL, out("jsonl")), "jsonl");
  }

  @Test
  void csvWithTextsOverManyLines() throws Exception {
    TestCorpus.writeCsv(work.resolve("csv/articles.csv"), articles);
    assertSameRows(JobSettings.of(List.of(work.resolve("csv").toString()), InputFormat.CSV, out("csv")), "csv");
  }

  @Test
  void parquetWithColumnsOfOtherNames() {
    TestCorpus.writeParquet(spark(), work.resolve("parquet"), articles);
    assertSameRows(
        JobSettings.of(List.of(work.resolve("parquet").toString()), InputFormat.PARQUET, out("parquet"))
            .withColumns("doc_id", "published", "body"),
        "parquet");
  }

  private void assertSameRows(JobSettings settings, String what) {
    ArticleJob.Summary summary = ArticleJob.run(spark(), settings);
    assertEquals(new ArticleJob.Summary(articles.size(), 0), summary, what);
    TableRows.assertSame(cli, TableRows.job(spark(), Path.of(settings.output())), what);
  }

  private static String out(String name) {
    return work.resolve("out-" + name).toString();
  }

  private static SparkSession spark() {
    return LocalSpark.session();
  }
}
