package nlnews.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the inputs of a run into records of one shape ({@link ArticleAnalyser#INPUT}: id, date,
 * the article's bytes, and what went wrong before decoding), whatever the format. Nothing is
 * decoded here: decoding is the executors' work, with the command line's own decoder.
 */
final class ArticleRecords {

  /**
   * The columns that name an article's outlet, as the command line's default --source-field reads
   * them: the first that a table has.
   */
  static final List<String> SOURCE_COLUMNS = List.of("source", "outlet");

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
    if (settings.format() == InputFormat.TEXT) {
      return new Records(TextFiles.read(spark, settings), true);
    }
    mustExist(spark.sparkContext().hadoopConfiguration(), settings.inputs());
    String[] paths = settings.inputs().toArray(String[]::new);
    return switch (settings.format()) {
      case JSONL -> jsonLines(spark, settings, paths);
      case CSV -> columns(settings, spark.read().option("header", "true").option("multiLine", "true")
          .option("escape", "\"").option("mode", "PERMISSIVE").csv(paths));
      case PARQUET -> columns(settings, spark.read().parquet(paths));
      case TEXT -> throw new AssertionError("read above");
    };
  }

  private static Records jsonLines(SparkSession spark, JobSettings settings, String[] paths) {
    // A schema of its own: nothing is inferred (no pass over the data first), other fields are
    // ignored, and a line that is not a JSON object with these fields lands in CORRUPT.
    StructType schema =
        new StructType()
            .add(settings.idColumn(), DataTypes.StringType)
            .add(settings.dateColumn(), DataTypes.StringType)
            .add(settings.textColumn(), DataTypes.StringType)
            .add(SOURCE_COLUMNS.get(0), DataTypes.StringType)
            .add(SOURCE_COLUMNS.get(1), DataTypes.StringType)
            .add(CORRUPT, DataTypes.StringType);
    Dataset<Row> rows =
        spark.read().schema(schema).option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).json(paths);
    return new Records(
        rows.select(
            col(quoted(settings.idColumn())).as("id"),
            col(quoted(settings.dateColumn())).as("date"),
            col(quoted(settings.textColumn())).cast(DataTypes.BinaryType).as("content"),
            lit(null).cast(DataTypes.LongType).as("size"),
            col(CORRUPT).as("malformed"),
            lit(null).cast(DataTypes.StringType).as("unreadable"),
            coalesce(col(quoted(SOURCE_COLUMNS.get(0))), col(quoted(SOURCE_COLUMNS.get(1)))).as("source")),
        false);
  }

  // CSV and Parquet: named columns of any type; a date column may be a string, a date or a timestamp.
  private static Records columns(JobSettings settings, Dataset<Row> rows) {
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
            lit(null).cast(DataTypes.LongType).as("size"),
            lit(null).cast(DataTypes.StringType).as("malformed"),
            lit(null).cast(DataTypes.StringType).as("unreadable"),
            sourceColumn(schema).as("source")),
        rawBytes);
  }

  /** The first of {@link #SOURCE_COLUMNS} the table has, as a string, or null for every row. */
  private static Column sourceColumn(StructType schema) {
    for (String name : SOURCE_COLUMNS) {
      if (Arrays.asList(schema.fieldNames()).contains(name)) {
        return col(quoted(name)).cast(DataTypes.StringType);
      }
    }
    return lit(null).cast(DataTypes.StringType);
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

  /** Every input must exist (a glob must match): Spark would fail later, and less clearly. */
  private static void mustExist(Configuration conf, List<String> inputs) {
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileStatus[] found = path.getFileSystem(conf).globStatus(path);
        if (found == null || found.length == 0) {
          throw new JobUsageException(input + ": no such file or directory");
        }
      } catch (IOException e) {
        throw new JobUsageException(input + ": " + e.getMessage());
      }
    }
  }
}
