package nlnews.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nlnews.input.MetadataHeader;
import nlnews.model.SourceText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Articles for the tests: the example articles of testdata/articles, and varied copies made from
 * them as bin/bench makes its corpus (paragraphs rotated, digits changed, a paragraph doubled),
 * with dates moved month by month so that the tables span many month partitions.
 */
final class TestCorpus {

  /** An article as a file holds it: {@code id} is its path under the corpus folder. */
  record Article(String id, String text) {
    /** Its outlet as the command line names it from the files: the folder it is in, or "". */
    String outlet() {
      int slash = id.indexOf('/');
      return slash > 0 ? id.substring(0, slash) : "";
    }

    /** The date of its marker, or null. */
    String date() {
      String date = MetadataHeader.read(id, text).date();
      return date.isEmpty() ? null : date;
    }
  }

  private TestCorpus() {}

  static Path root() {
    return Path.of(System.getProperty("nlnews.root", "..")).toAbsolutePath().normalize();
  }

  static Path testdata(String folder) {
    return root().resolve("testdata").resolve(folder);
  }

  /** The example articles, by file name. */
  static List<Article> examples() throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(testdata("articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(new Article(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  /** {@code n} varied copies of the examples, every 50th in a sub-folder, one with a space and accents in its name. */
  static List<Article> generated(int n) throws IOException {
    List<Article> sources = examples();
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article source = sources.get(i % sources.size());
      int k = i / sources.size();
      SourceText parsed = MetadataHeader.read(source.id(), source.text());
      String[] paragraphs = source.text().substring(parsed.bodyStart()).strip().split("\\n\\s*\\n");
      StringBuilder text = new StringBuilder();
      if (!parsed.date().isEmpty()) {
        text.append("date ").append(laterDate(parsed.date(), k)).append("\n\n");
      }
      for (int j = 0; j < paragraphs.length; j++) {
        String p = paragraphs[(j + k) % paragraphs.length];
        if (k % 3 == 1) {
          p = p.replace('1', '7').replace('2', '9');
        }
        text.append(p).append("\n\n");
        if ((i + j) % 11 == 0) {
          text.append(p).append("\n\n");
        }
      }
      String name = i == 7 ? "één artikel.txt" : String.format("a%04d.txt", i);
      String id = i % 50 == 0 ? "sub/" + name : "gen/" + name;
      out.add(new Article(id, text.toString()));
    }
    return out;
  }

  /** {@code date} moved {@code months} later; days kept valid in every month. */
  private static String laterDate(String date, int months) {
    int year = Integer.parseInt(date.substring(0, 4));
    int month = Integer.parseInt(date.substring(5, 7)) - 1 + months;
    String ym = String.format("%04d-%02d", year + month / 12, month % 12 + 1);
    if (date.length() == 7) {
      return ym;
    }
    return ym + "-" + String.format("%02d", Math.min(28, Integer.parseInt(date.substring(8, 10))));
  }

  static void writeFiles(Path folder, List<Article> articles) throws IOException {
    for (Article a : articles) {
      Path file = folder.resolve(a.id());
      Files.createDirectories(file.getParent());
      Files.writeString(file, a.text(), StandardCharsets.UTF_8);
    }
  }

  /**
   * As JSON Lines written by Spark; every other record leaves out its date, which then comes from
   * the marker; the outlet in a source field, as the files' folders give it.
   */
  static void writeJsonLines(SparkSession spark, Path folder, List<Article> articles) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      rows.add(RowFactory.create(a.id(), i % 2 == 0 ? a.date() : null, a.text(), a.outlet()));
    }
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("date", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("source", DataTypes.StringType);
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).json(folder.toString());
  }

  /** As Parquet with columns of other names (doc_id, published, body; the outlet as outlet), in two files. */
  static void writeParquet(SparkSession spark, Path folder, List<Article> articles) {
    List<Row> rows = new ArrayList<>();
    for (Article a : articles) {
      rows.add(RowFactory.create(a.text(), a.id(), a.date(), a.outlet()));
    }
    StructType schema =
        new StructType().add("body", DataTypes.StringType).add("doc_id", DataTypes.StringType).add("published", DataTypes.StringType)
            .add("outlet", DataTypes.StringType);
    spark.createDataFrame(rows, schema).coalesce(2).write().mode(SaveMode.Overwrite).parquet(folder.toString());
  }

  /** As one RFC 4180 CSV file (text, id, date, source), texts spanning lines, quotes doubled. */
  static void writeCsv(Path file, List<Article> articles) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecord("text", "id", "date", "source");
      for (Article a : articles) {
        csv.printRecord(a.text(), a.id(), a.date() == null ? "" : a.date(), a.outlet());
      }
    }
  }
}
