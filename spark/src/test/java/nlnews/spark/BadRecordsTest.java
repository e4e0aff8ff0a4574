package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad record (text that is not valid in its encoding, a NUL byte, no text, an empty text, a
 * line that is not JSON) lands in the errors table with its id and cause; it never fails the job,
 * and the other articles' rows are exactly the command line's.
 */
class BadRecordsTest {

  @TempDir static Path work;
  private static Path good;
  private static Map<String, List<String>> cliOnGood;

  /** testdata/bad's files that are awkward but fine: the command line analyses them too. */
  private static final List<String> AWKWARD_BUT_FINE =
      List.of("bom.txt", "crlf.txt", "mixed-line-endings.txt", "unclosed-quotes.txt", "utf16.txt");

  @BeforeAll
  static void goodArticlesAndTheirRows() throws IOException {
    good = work.resolve("good");
    TestCorpus.writeFiles(good, TestCorpus.examples());
    for (String name : AWKWARD_BUT_FINE) {
      Files.copy(TestCorpus.testdata("bad").resolve(name), good.resolve(name));
    }
    cliOnGood = TableRows.cli(good, work.resolve("cli"));
  }

  @Test
  void badTextFilesGoToErrorsAndTheRestIsAsTheCommandLineHasIt() throws IOException {
    Path bad = work.resolve("bad");
    Files.createDirectories(bad);
    for (String name : List.of("binary.txt", "windows-1252.txt", "empty.txt", "whitespace-only.txt", "huge-paragraph.txt")) {
      Files.copy(TestCorpus.testdata("bad").resolve(name), bad.resolve(name));
    }
    Files.write(bad.resolve("nul.txt"), "date 2022-03\n\nEen tekst met een \0 erin.\n".getBytes(StandardCharsets.UTF_8));
    Files.write(bad.resolve("marker-only.txt"), "date 2022-03\n\n \n".getBytes(StandardCharsets.UTF_8));
    Files.write(bad.resolve("ignored.md"), new byte[] {0});

    JobSettings settings =
        JobSettings.of(List.of(good.toString(), bad.toString()), InputFormat.TEXT, work.resolve("out-text").toString())
            .withMaxBytes(200_000)
            .withCorpus(false);
    ArticleJob.Summary summary = ArticleJob.run(spark(), settings);
    assertFalse(Files.exists(Path.of(settings.output(), CorpusJob.FOLDER)), "--no-corpus writes no corpus tables");

    assertEquals(
        """
        binary.txt binary binary file (NUL byte at byte 5)
        empty.txt empty empty text
        huge-paragraph.txt too-large text is 268885 bytes, larger than --max-bytes 200000
        marker-only.txt empty empty text
        nul.txt binary binary file (NUL byte at byte 32)
        whitespace-only.txt empty empty text
        windows-1252.txt undecodable not valid UTF-8 at byte 40; try --encoding windows-1252
        """,
        errors(settings));
    assertEquals(new ArticleJob.Summary(TestCorpus.examples().size() + AWKWARD_BUT_FINE.size(), 7), summary);
    TableRows.assertSame(cliOnGood, TableRows.job(spark(), Path.of(settings.output())), "text with bad files");
  }

  @Test
  void badJsonLinesGoToErrors() throws IOException {
    String article = TestCorpus.examples().get(1).text();
    Path jsonl = work.resolve("jsonl/articles.jsonl");
    Files.createDirectories(jsonl.getParent());
    List<byte[]> lines =
        List.of(
            json("{\"id\":\"good\",\"text\":" + quoted(article) + "}"),
            json("{\"id\":\"nul\",\"text\":\"Een tekst met \\u0000 erin.\"}"),
            json("{\"id\":\"empty\",\"text\":\"\"}"),
            json("{\"id\":\"marker-only\",\"text\":\"date 2022-03\\n\\n\"}"),
            json("{\"id\":\"null-text\",\"text\":null}"),
            json("{\"id\":\"no-text\"}"),
            json("{\"text\":\"Een tekst zonder id.\"}"),
            json("{\"id\":\"bad-date\",\"date\":\"maart 2022\",\"text\":\"Een tekst.\"}"),
            json("{\"id\": \"broken\", \"text\": \"geen einde"),
            // A Latin-1 é inside a JSON string: not UTF-8, so not JSON (the reader still finds the id).
            concat(json("{\"id\":\"latin1\",\"text\":\"caf"), new byte[] {(byte) 0xE9}, json("\"}")));
    try (var out = Files.newOutputStream(jsonl)) {
      for (byte[] line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
    JobSettings settings = JobSettings.of(List.of(jsonl.toString()), InputFormat.JSONL, work.resolve("out-jsonl").toString());
    ArticleJob.Summary summary = ArticleJob.run(spark(), settings);

    assertEquals(
        """
        - malformed malformed record: {"id": "broken", "text": "geen einde
        - no-id no id
        bad-date bad-date date 'maart 2022' is not YYYY-MM or YYYY-MM-DD
        empty empty empty text
        latin1 malformed malformed record: {"id":"latin1","text":"caf\uFFFD"}
        marker-only empty empty text
        no-text no-text no text
        nul binary binary file (NUL byte at byte 14)
        null-text no-text no text
        """,
        errors(settings));
    assertEquals(new ArticleJob.Summary(1, 9), summary);
  }

  @Test
  void badBytesInAParquetColumnGoToErrors() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.BinaryType);
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("good", "Premier Rutte zei dinsdag dat het goed gaat.".getBytes(StandardCharsets.UTF_8)));
    rows.add(RowFactory.create("invalid", new byte[] {'c', 'a', 'f', (byte) 0xC3, '(', '.'}));
    rows.add(RowFactory.create("nul", new byte[] {'a', 0, 'b'}));
    rows.add(RowFactory.create("null", null));
    rows.add(RowFactory.create(null, "Zonder id.".getBytes(StandardCharsets.UTF_8)));
    Path parquet = work.resolve("parquet");
    spark().createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.toString());
    JobSettings settings = JobSettings.of(List.of(parquet.toString()), InputFormat.PARQUET, work.resolve("out-parquet").toString());
    ArticleJob.Summary summary = ArticleJob.run(spark(), settings);

    assertEquals(
        """
        - no-id no id
        invalid undecodable not valid UTF-8 at byte 3; try --encoding windows-1252
        nul binary binary file (NUL byte at byte 1)
        null no-text no text
        """,
        errors(settings));
    assertEquals(new ArticleJob.Summary(1, 4), summary);
  }

  /** The errors table, a line a record (id or -, reason, cause), sorted. */
  private static String errors(JobSettings settings) {
    Map<String, String> lines = new TreeMap<>();
    for (Row r : spark().read().parquet(Path.of(settings.output(), ArticleJob.ERRORS).toString()).collectAsList()) {
      String line = (r.isNullAt(0) ? "-" : r.getString(0)) + " " + r.getString(1) + " " + r.getString(2);
      lines.put(line, line);
    }
    return String.join("\n", lines.keySet()) + "\n";
  }

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static SparkSession spark() {
    return LocalSpark.session();
  }
}
