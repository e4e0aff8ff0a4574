package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nlnews.corpus.Period;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JobOptionsTest {

  @TempDir Path dir;

  @Test
  void defaultsAreTheCommandLines() {
    ArticleJob job = parse("--output", "out", "in");
    assertEquals(List.of("in"), job.inputs);
    assertEquals(InputFormat.TEXT, job.format);
    assertEquals("id date text *.txt", job.idColumn + " " + job.dateColumn + " " + job.textColumn + " " + job.glob);
    assertEquals(JobSettings.DEFAULT_MAX_BYTES, job.maxBytes);
    assertEquals(null, job.encoding);
    assertEquals(Period.MONTH, job.by);
  }

  @Test
  void periodsOfTheCorpusTablesInAnyCase() {
    assertEquals(Period.WEEK, parse("--by", "week", "-o", "out", "in").by);
    assertEquals(Period.YEAR, parse("--by", "Year", "-o", "out", "in").by);
    assertEquals(2, run("--by", "fortnight", "-o", "out", "in").exit, "unknown period");
  }

  @Test
  void corpusTablesUnlessNoCorpus() {
    assertTrue(parse("-o", "out", "in").settings().corpus());
    assertFalse(parse("--no-corpus", "-o", "out", "in").settings().corpus());
  }

  @Test
  void shufflesAreSizedToTheCoresUnlessTheSubmitterSizedThem() {
    SparkSession unsized = LocalSpark.session().newSession();
    unsized.conf().unset(ArticleJob.SHUFFLE_PARTITIONS);
    unsized.conf().unset(ArticleJob.CACHED_PLAN_PARTITIONING);
    ArticleJob.sizeShuffles(unsized);
    int cores = unsized.sparkContext().defaultParallelism();
    assertEquals(Integer.toString(ArticleJob.SHUFFLE_TASKS_PER_CORE * cores), unsized.conf().get(ArticleJob.SHUFFLE_PARTITIONS));
    assertEquals("true", unsized.conf().get(ArticleJob.CACHED_PLAN_PARTITIONING));

    SparkSession sized = LocalSpark.session().newSession();
    sized.conf().set(ArticleJob.SHUFFLE_PARTITIONS, "7");
    sized.conf().set(ArticleJob.CACHED_PLAN_PARTITIONING, "false");
    ArticleJob.sizeShuffles(sized);
    assertEquals("7", sized.conf().get(ArticleJob.SHUFFLE_PARTITIONS));
    assertEquals("false", sized.conf().get(ArticleJob.CACHED_PLAN_PARTITIONING));
  }

  @Test
  void formatsInAnyCase() {
    assertEquals(InputFormat.JSONL, parse("--format", "jsonl", "-o", "out", "in").format);
    assertEquals(InputFormat.PARQUET, parse("--format", "Parquet", "-o", "out", "in").format);
  }

  @Test
  void usageErrorsExitWithTwoBeforeSparkStarts() {
    assertEquals(2, run("in").exit, "no --output");
    assertEquals(2, run("-o", "out").exit, "no input");
    assertEquals(2, run("--format", "xml", "-o", "out", "in").exit, "unknown format");
    Result unknownEncoding = run("--encoding", "klingon", "-o", "out", "in");
    assertEquals(2, unknownEncoding.exit);
    assertEquals("nlnews-spark: unknown encoding 'klingon'\n", unknownEncoding.err);
  }

  @Test
  void helpSaysHowToSubmit() {
    Result help = run("--help");
    assertEquals(0, help.exit);
    assertTrue(help.out.contains("spark-submit --class nlnews.spark.ArticleJob"), help.out);
  }

  @Test
  void anExistingTableIsNotOverwrittenUnlessAsked() throws IOException {
    Files.createDirectories(dir.resolve("out/entities"));
    JobSettings settings = JobSettings.of(List.of(TestCorpus.testdata("articles").toString()), InputFormat.TEXT, dir.resolve("out").toString());
    JobUsageException e = assertThrows(JobUsageException.class, () -> ArticleJob.run(LocalSpark.session(), settings));
    assertTrue(e.getMessage().endsWith("/out/entities exists; --overwrite replaces it"), e.getMessage());
  }

  @Test
  void existingCorpusTablesAreNotOverwrittenUnlessAsked() throws IOException {
    Files.createDirectories(dir.resolve("out").resolve(CorpusJob.FOLDER));
    JobSettings settings = JobSettings.of(List.of(TestCorpus.testdata("articles").toString()), InputFormat.TEXT, dir.resolve("out").toString());
    JobUsageException e = assertThrows(JobUsageException.class, () -> ArticleJob.run(LocalSpark.session(), settings));
    assertTrue(e.getMessage().endsWith("/out/corpus exists; --overwrite replaces it"), e.getMessage());
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThereAre() {
    JobSettings settings =
        JobSettings.of(List.of(TestCorpus.testdata("articles").toString()), InputFormat.CSV, dir.resolve("out").toString());
    Path csv = dir.resolve("in.csv");
    try {
      Files.writeString(csv, "doc,body\n1,Tekst.\n");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    JobSettings onCsv = new JobSettings(List.of(csv.toString()), InputFormat.CSV, "doc", "date", "text", "*.txt", null, 1000, settings.output(), false, 0, settings.by(), true);
    JobUsageException e = assertThrows(JobUsageException.class, () -> ArticleJob.run(LocalSpark.session(), onCsv));
    assertEquals("no column 'text' in " + csv + " (columns: doc, body); name it with --text-column", e.getMessage());
  }

  private static ArticleJob parse(String... args) {
    CommandLine cli = ArticleJob.commandLine();
    cli.parseArgs(args);
    return cli.getCommand();
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cli = ArticleJob.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
