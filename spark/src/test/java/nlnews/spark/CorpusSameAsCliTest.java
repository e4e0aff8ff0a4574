package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nlnews.cli.Console;
import nlnews.cli.Main;
import nlnews.corpus.Period;
import nlnews.output.CorpusTables;
import nlnews.output.CorpusTables.CorpusTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's corpus tables hold the rows of {@code nlnews corpus --output-dir} on the same
 * articles, byte for byte once sorted and spelt as the command line spells them (three decimals,
 * lists joined with |, no value empty): by month from the job's run, and by week from the job's
 * written article tables.
 */
class CorpusSameAsCliTest {

  /** Enough copies for names met in many articles and months, few enough for a quick CI run. */
  private static final int GENERATED = 120;

  /** The command line's CSV (nlnews.output.CorpusWriter). */
  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

  /** The columns that are means of tone scores, printed with three decimals. */
  private static final Set<String> MEANS = Set.of("tone", "article_tone");
  /** One in the third decimal, and a little for the parsing. */
  private static final double LAST_DIGIT = 0.0011;
  /** At most one mean in this many may sit on a boundary of the third decimal. */
  private static final int BOUNDARY_SHARE = 100;

  @TempDir static Path work;

  @BeforeAll
  static void runTheJob() throws Exception {
    List<TestCorpus.Article> articles = new ArrayList<>(TestCorpus.examples());
    articles.addAll(TestCorpus.generated(GENERATED));
    articles.addAll(identities());
    TestCorpus.writeFiles(work.resolve("corpus"), articles);
    ArticleJob.Summary summary = ArticleJob.run(
        LocalSpark.session(), JobSettings.of(List.of(work.resolve("corpus").toString()), InputFormat.TEXT, out()));
    assertEquals(new ArticleJob.Summary(articles.size(), 0), summary);
  }

  @Test
  void byMonthTheJobWritesTheRowsOfTheCommandLine() throws IOException {
    Map<String, List<String>> cli = cli(Period.MONTH);
    Map<String, List<String>> job = new LinkedHashMap<>();
    for (CorpusTable t : CorpusTables.ALL) {
      job.put(t.name(), spell(LocalSpark.session().read().parquet(Path.of(out(), CorpusJob.FOLDER, t.name()).toString()), t));
    }
    assertTrue(cli.get(CorpusTables.ENTITIES.name()).size() > 50, "entities: " + cli.get(CorpusTables.ENTITIES.name()).size());
    assertTrue(cli.get(CorpusTables.SPEAKERS.name()).size() > 5, "speakers: " + cli.get(CorpusTables.SPEAKERS.name()).size());
    assertSame(cli, job, "by month");
  }

  @Test
  void byWeekFromTheWrittenArticleTables() throws IOException {
    SparkSession spark = LocalSpark.session();
    CorpusJob.Articles written =
        new CorpusJob.Articles(
            read(spark, JobTables.ARTICLES), read(spark, JobTables.ENTITIES), read(spark, JobTables.MENTIONS),
            read(spark, JobTables.QUOTES), read(spark, JobTables.SENTIMENT));
    Map<CorpusTable, Dataset<Row>> tables = CorpusJob.tables(spark, written, Period.WEEK);
    Map<String, List<String>> job = new LinkedHashMap<>();
    for (CorpusTable t : CorpusTables.ALL) {
      job.put(t.name(), spell(tables.get(t), t));
    }
    assertSame(cli(Period.WEEK), job, "by week");
  }

  @Test
  void aSurnameJoinsTheOnePersonItCanBeAndAnonymisedNamesNeverJoin() {
    Dataset<Row> entities =
        LocalSpark.session().read().parquet(Path.of(out(), CorpusJob.FOLDER, CorpusTables.ENTITIES.name()).toString());
    assertEquals(
        List.of("Karin Verhoeven|4|2|Verhoeven"),
        rows(entities.where("entity LIKE '%Verhoeven'").selectExpr("concat_ws('|', entity, mentions, articles, concat_ws(';', merged_from))")));
    // Two Kuipers: "Kuipers" alone could be either, so it stays a name of its own.
    assertEquals(
        List.of("Anna Kuipers||1", "Kuipers||1", "Piet Kuipers||1"),
        rows(entities.where("entity LIKE '%Kuipers'").selectExpr("concat_ws('|', entity, concat_ws(';', merged_from), articles)")));
    // "Dennis V." of the court cases here and of the example article's copies: one row per article.
    List<String> anonymised = rows(entities.where("entity = 'Dennis V.'").selectExpr("concat_ws('|', entity, articles)"));
    assertTrue(anonymised.size() > 2, anonymised.toString());
    assertEquals(Set.of("Dennis V.|1"), Set.copyOf(anonymised));
  }

  private static List<String> rows(Dataset<Row> oneColumn) {
    List<String> out = new ArrayList<>();
    for (Row r : oneColumn.collectAsList()) {
      out.add(r.getString(0));
    }
    out.sort(null);
    return out;
  }

  /**
   * Names across articles, and what they must and must not join: two court cases with a suspect
   * of the same initials; a minister named in full, then by surname alone; two people of one
   * surname, then that surname alone.
   */
  private static List<TestCorpus.Article> identities() {
    return List.of(
        new TestCorpus.Article(
            "namen/a.txt",
            "date 2024-01-10\n\nMinister Karin Verhoeven van Financiën presenteerde dinsdag in Den Haag haar plannen voor de "
                + "belastingen.\n\n\"Dit is een eerlijk plan\", zei Karin Verhoeven.\n"),
        new TestCorpus.Article(
            "namen/b.txt",
            "date 2024-02-14\n\nDe plannen van Verhoeven stuiten in de Tweede Kamer op verzet.\n\n\"We gaan door\", zei Verhoeven "
                + "woensdag.\n"),
        new TestCorpus.Article(
            "namen/c.txt", "date 2024-01-20\n\nTrainer Piet Kuipers van FC Utrecht is ontslagen na vijf nederlagen.\n"),
        new TestCorpus.Article(
            "namen/d.txt", "date 2024-02-02\n\nBurgemeester Anna Kuipers van Zwolle opende zaterdag de nieuwe brug.\n"),
        new TestCorpus.Article(
            "namen/e.txt",
            "date 2024-03-03\n\nWethouder Kuipers wilde niet reageren op de kritiek uit Amsterdam.\n\n\"Daar ga ik niet "
                + "over\", zei Kuipers.\n"),
        new TestCorpus.Article(
            "rechtbank/eerste.txt",
            "date 2024-02-06\n\nDe rechtbank in Utrecht heeft Dennis V. veroordeeld tot twee jaar cel voor de overval.\n\n"
                + "\"Ik heb er spijt van\", zei Dennis V. tegen de rechter.\n"),
        new TestCorpus.Article(
            "rechtbank/tweede.txt",
            "date 2024-03-12\n\nIn Groningen stond Dennis V. terecht voor fraude met subsidies.\n\n"
                + "\"Het geld is terugbetaald\", zei Dennis V. volgens zijn advocaat.\n"));
  }

  private static Dataset<Row> read(SparkSession spark, JobTable t) {
    return spark.read().parquet(Path.of(out(), t.name()).toString()).drop(JobTable.MONTH);
  }

  /** Runs {@code nlnews corpus --format csv --output-dir} on the corpus in this JVM; each table's records, sorted. */
  private static Map<String, List<String>> cli(Period by) throws IOException {
    Path dir = work.resolve("cli-" + by.label());
    StringWriter err = new StringWriter();
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new PrintWriter(err, true),
            false, false, false, Map.of());
    int exit = Main.run(
        new String[] {"corpus", "--quiet", "--format", "csv", "--by", by.label(), "--output-dir", dir.toString(),
            work.resolve("corpus").toString()},
        console);
    assertEquals(0, exit, "nlnews corpus: " + err);
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (CorpusTable t : CorpusTables.ALL) {
      String file = Files.readString(dir.resolve(t.name() + ".csv"), StandardCharsets.UTF_8);
      List<String> records = new ArrayList<>();
      try (CSVParser parser = CSV.parse(new StringReader(file))) {
        for (CSVRecord r : parser) {
          records.add(CSV.format(r.values()));
        }
      }
      assertEquals(file, String.join("\n", records) + "\n", t.name() + ".csv read back");
      assertEquals(CSV.format(t.columns().toArray()), records.remove(0), t.name() + ".csv header");
      records.sort(null);
      tables.put(t.name(), records);
    }
    return tables;
  }

  /**
   * Every table equal, each shown whole on failure: byte for byte but for the mean tones, which
   * may differ by one in the last of their three decimals (README, "Apache Spark": the job sums
   * scores exactly, the command line in doubles, in input order, whose rounding error can carry
   * a mean that lies on a rounding boundary over it).
   */
  private static void assertSame(Map<String, List<String>> expected, Map<String, List<String>> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what + ": tables");
    int boundaries = 0;
    int means = 0;
    for (CorpusTable t : CorpusTables.ALL) {
      List<Integer> tones = new ArrayList<>();
      for (int i = 0; i < t.columns().size(); i++) {
        if (MEANS.contains(t.columns().get(i))) {
          tones.add(i);
        }
      }
      List<String> cli = expected.get(t.name());
      List<String> job = actual.get(t.name());
      Map<String, List<String>> cliByRest = byRest(cli, tones);
      Map<String, List<String>> jobByRest = byRest(job, tones);
      String message = what + ": " + t.name() + " (" + cli.size() + " rows expected)";
      assertEquals(String.join("\n", cliByRest.keySet()), String.join("\n", jobByRest.keySet()), message);
      for (String rest : cliByRest.keySet()) {
        List<String> cliMeans = cliByRest.get(rest);
        List<String> jobMeans = jobByRest.get(rest);
        for (int i = 0; i < cliMeans.size(); i++) {
          means++;
          if (!cliMeans.get(i).equals(jobMeans.get(i))) {
            boundaries++;
            assertTrue(
                Math.abs(Double.parseDouble(cliMeans.get(i)) - Double.parseDouble(jobMeans.get(i))) < LAST_DIGIT,
                message + ": " + rest + ": means " + cliMeans.get(i) + " and " + jobMeans.get(i));
          }
        }
      }
    }
    // A mean on a boundary is rare: a handful of the thousands, or the sums would be wrong.
    assertTrue(boundaries * BOUNDARY_SHARE <= means, what + ": " + boundaries + " of " + means + " means differ in the last digit");
  }

  /**
   * Rows with their mean tones left out, sorted, each with its means (a row's cells joined with
   * a tab; every row with those cells, for rows alike but for their means).
   */
  private static Map<String, List<String>> byRest(List<String> records, List<Integer> tones) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String record : records) {
      List<String> cells;
      try (CSVParser parser = CSV.parse(new StringReader(record))) {
        cells = new ArrayList<>(List.of(parser.getRecords().get(0).values()));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      List<String> means = new ArrayList<>();
      for (int i : tones) {
        means.add(cells.get(i).isEmpty() ? "NaN" : cells.get(i));
        cells.set(i, "~");
      }
      out.computeIfAbsent(String.join("\t", cells), k -> new ArrayList<>()).addAll(means);
    }
    out.values().forEach(v -> v.sort(null));
    return out;
  }

  /** The rows of one of the job's corpus tables, spelt as nlnews.output spells values, sorted. */
  private static List<String> spell(Dataset<Row> table, CorpusTable t) {
    assertEquals(t.columns(), List.of(table.columns()), t.name() + " columns");
    List<String> records = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        cells.add(
            v == null ? ""
                : v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d)
                : v instanceof scala.collection.Seq<?> ? String.join("|", row.<String>getList(i))
                : v.toString());
      }
      records.add(CSV.format(cells.toArray()));
    }
    records.sort(null);
    return records;
  }

  private static String out() {
    return work.resolve("job").toString();
  }
}
