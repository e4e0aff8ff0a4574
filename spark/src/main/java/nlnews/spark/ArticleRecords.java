package nlnews.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the inputs of a run into records of one shape ({@link ArticleAnalyser#INPUT}: id, date,
 * the article's bytes, the raw record if it could not be parsed), whatever the format. Nothing is
 * decoded here: decoding is the executors' work, with the command line's own decoder.
 */
final class ArticleRecords {

  /** The column Spark's JSON reader puts a line it cannot parse into. */
  private static final String CORRUPT = "_corrupt_record";

  private ArticleRecords() {}

  /**
   * The records, and whether their bytes are the input's own (text files, binary columns: the
   * encoding option applies) or Spark's UTF-8 of a string column.
   */
  record Records(Dataset<Row> rows, boolean rawBytes) {}

  /** Reads {@code settings.inputs()}; a missing input or column is a {@link JobUsageException}. */
  static Records read(SparkSession spark, JobSettings settings) {
    List<InputRoot> roots = roots(spark.sparkContext().hadoopConfiguration(), settings.inputs());
    String[] paths = settings.inputs().toArray(String[]::new);
    return switch (settings.format()) {
      case TEXT -> new Records(textFiles(spark, settings, roots, paths), true);
      case JSONL -> jsonLines(spark, settings, paths);
      case CSV -> columns(spark, settings, spark.read().option("header", "true").option("multiLine", "true")
          .option("escape", "\"").option("mode", "PERMISSIVE").csv(paths));
      case PARQUET -> columns(spark, settings, spark.read().parquet(paths));
    };
  }

  // One article a file: the bytes as they are, the id from the path as the command line makes it.
  private static Dataset<Row> textFiles(SparkSession spark, JobSettings settings, List<InputRoot> roots, String[] paths) {
    Dataset<Row> files =
        spark.read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", settings.glob())
            .load(paths)
            .select("path", "content");
    FileIds ids = new FileIds(roots);
    return files.map(
        (MapFunction<Row, Row>) file -> RowFactory.create(ids.id(file.getString(0)), null, file.get(1), null),
        Encoders.row(ArticleAnalyser.INPUT));
  }

  private static Records jsonLines(SparkSession spark, JobSettings settings, String[] paths) {
    // A schema of its own: nothing is inferred (no pass over the data first), other fields are
    // ignored, and a line that is not a JSON object with these fields lands in CORRUPT.
    StructType schema =
        new StructType()
            .add(settings.idColumn(), DataTypes.StringType)
            .add(settings.dateColumn(), DataTypes.StringType)
            .add(settings.textColumn(), DataTypes.StringType)
            .add(CORRUPT, DataTypes.StringType);
    Dataset<Row> rows =
        spark.read().schema(schema).option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).json(paths);
    return new Records(
        rows.select(
            col(quoted(settings.idColumn())).as("id"),
            col(quoted(settings.dateColumn())).as("date"),
            col(quoted(settings.textColumn())).cast(DataTypes.BinaryType).as("content"),
            col(CORRUPT).as("malformed")),
        false);
  }

  // CSV and Parquet: named columns of any type; a date column may be a string, a date or a timestamp.
  private static Records columns(SparkSession spark, JobSettings settings, Dataset<Row> rows) {
    StructType schema = rows.schema();
    StructField id = field(schema, settings.idColumn(), "--id-column", settings);
    StructField text = field(schema, settings.textColumn(), "--text-column", settings);
    StructField date = Arrays.asList(schema.fieldNames()).contains(settings.dateColumn())
        ? schema.apply(settings.dateColumn())
        : null;
    boolean rawBytes = text.dataType().equals(DataTypes.BinaryType);
    return new Records(
        rows.select(
            col(quoted(id.name())).cast(DataTypes.StringType).as("id"),
            date == null ? lit(null).cast(DataTypes.StringType).as("date") : dateColumn(date).as("date"),
            col(quoted(text.name())).cast(DataTypes.BinaryType).as("content"),
            lit(null).cast(DataTypes.StringType).as("malformed")),
        rawBytes);
  }

  private static Column dateColumn(StructField date) {
    DataType type = date.dataType();
    Column c = col(quoted(date.name()));
    if (type.equals(DataTypes.DateType) || type.equals(DataTypes.TimestampType) || type.equals(DataTypes.TimestampNTZType)) {
      return date_format(c, "yyyy-MM-dd");
    }
    return c.cast(DataTypes.StringType);
  }

  private static StructField field(StructType schema, String name, String option, JobSettings settings) {
    if (!Arrays.asList(schema.fieldNames()).contains(name)) {
      throw new JobUsageException(
          "no column '" + name + "' in " + String.join(", ", settings.inputs()) + " (columns: "
              + String.join(", ", schema.fieldNames()) + "); name it with " + option);
    }
    return schema.apply(name);
  }

  private static String quoted(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

  /** An input as given, qualified (file:/..., hdfs://...), and whether it is a folder. */
  record InputRoot(String given, String qualified, boolean directory) implements Serializable {}

  /** Every input must exist (a glob must match): Spark would fail later, after loading. */
  static List<InputRoot> roots(Configuration conf, List<String> inputs) {
    List<InputRoot> roots = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] found = fs.globStatus(path);
        if (found == null || found.length == 0) {
          throw new JobUsageException(input + ": no such file or directory");
        }
        boolean directory = found.length == 1 && found[0].isDirectory() && !input.matches(".*[*?\\[{].*");
        roots.add(new InputRoot(input, fs.makeQualified(path).toString(), directory));
      } catch (IOException e) {
        throw new JobUsageException(input + ": " + e.getMessage());
      }
    }
    return roots;
  }

  /**
   * A text file's id as the command line gives it: the path relative to the folder given, or
   * the path as given for a file named; a file matched by a glob is known by its name.
   */
  static final class FileIds implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<InputRoot> roots;

    FileIds(List<InputRoot> roots) {
      this.roots = List.copyOf(roots);
    }

    String id(String path) {
      for (InputRoot root : roots) {
        if (root.directory() && path.startsWith(root.qualified() + "/")) {
          return path.substring(root.qualified().length() + 1);
        }
        if (!root.directory() && path.equals(root.qualified())) {
          return root.given();
        }
      }
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }
}
