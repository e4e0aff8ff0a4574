package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import nlnews.cli.Console;
import nlnews.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * A table's rows as CSV records, spelt as the command line spells them (nlnews.output: three
 * decimals, lists joined with |, RFC 4180 quoting), sorted: the command line's from its own CSV
 * files, the job's from its Parquet. Equal lists are the same rows byte for byte.
 */
final class TableRows {

  /** The command line's CSV (nlnews.output.DelimitedWriter). */
  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

  private TableRows() {}

  /** Runs {@code nlnews analyze --format csv --output-dir out corpus} in this JVM; the tables' records, sorted. */
  static Map<String, List<String>> cli(Path corpus, Path out) throws IOException {
    StringWriter err = new StringWriter();
    Console console =
        new Console(
            new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new PrintWriter(err, true),
            false, false, false, Map.of());
    int exit = Main.run(new String[] {"analyze", "--quiet", "--format", "csv", "--output-dir", out.toString(), corpus.toString()}, console);
    assertEquals(0, exit, "nlnews analyze: " + err);
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (JobTable t : JobTables.ALL) {
      String file = Files.readString(out.resolve(t.name() + ".csv"), StandardCharsets.UTF_8);
      List<String> records = new ArrayList<>();
      try (CSVParser parser = CSV.parse(new StringReader(file))) {
        for (CSVRecord r : parser) {
          records.add(CSV.format(r.values()));
        }
      }
      // Parsing and printing again must give the file back, or the comparison would not be byte for byte.
      assertEquals(file, String.join("\n", records) + "\n", t.name() + ".csv read back");
      assertEquals(CSV.format(t.table().columns().toArray()), records.remove(0), t.name() + ".csv header");
      records.sort(null);
      tables.put(t.name(), records);
    }
    return tables;
  }

  /** The job's tables under {@code output}: each row spelt as the command line spells it, sorted. */
  static Map<String, List<String>> job(SparkSession spark, Path output) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (JobTable t : JobTables.ALL) {
      List<String> columns = t.table().columns();
      List<Row> rows =
          spark.read()
              .schema(t.schema().add(JobTable.MONTH, DataTypes.StringType))
              .parquet(output.resolve(t.name()).toString())
              .select(columns.get(0), columns.subList(1, columns.size()).toArray(String[]::new))
              .collectAsList();
      List<String> records = new ArrayList<>();
      for (Row row : rows) {
        records.add(CSV.format(spell(row, t.types()).toArray()));
      }
      records.sort(null);
      tables.put(t.name(), records);
    }
    return tables;
  }

  /** Every table equal, each shown whole on failure. */
  static void assertSame(Map<String, List<String>> expected, Map<String, List<String>> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what + ": tables");
    for (String table : expected.keySet()) {
      assertEquals(
          String.join("\n", expected.get(table)), String.join("\n", actual.get(table)),
          what + ": " + table + " (" + expected.get(table).size() + " rows expected)");
    }
  }

  private static List<String> spell(Row row, List<JobTable.Type> types) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      values.add(
          switch (types.get(i)) {
            case STRING -> row.getString(i);
            case INT -> Integer.toString(row.getInt(i));
            case DOUBLE -> String.format(Locale.ROOT, "%.3f", row.getDouble(i));
            case BOOLEAN -> Boolean.toString(row.getBoolean(i));
            case STRINGS -> String.join("|", row.<String>getList(i));
          });
    }
    return values;
  }
}
