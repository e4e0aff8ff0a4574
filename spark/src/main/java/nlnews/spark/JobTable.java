package nlnews.spark;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.ArticleAnalysis;
import nlnews.output.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One of the command line's tables ({@link Table}: name, columns, rows) with the Spark type of
 * each column, so that its rows become Spark rows without a writer in between. The columns and
 * their order are the table's own; only the types are said here.
 */
public final class JobTable {

  /** The name of the partition column every table gets from its articles' dates. */
  public static final String MONTH = "month";

  /** The value types a {@link Table} row holds, and their Spark types. */
  public enum Type {
    STRING(DataTypes.StringType, String.class),
    INT(DataTypes.IntegerType, Integer.class),
    DOUBLE(DataTypes.DoubleType, Double.class),
    BOOLEAN(DataTypes.BooleanType, Boolean.class),
    /** A list of strings: joined with | in CSV, an array in Parquet as in JSON. */
    STRINGS(DataTypes.createArrayType(DataTypes.StringType, false), List.class);

    final DataType spark;
    final Class<?> java;

    Type(DataType spark, Class<?> java) {
      this.spark = spark;
      this.java = java;
    }
  }

  private final Table table;
  private final List<Type> types;
  private final StructType schema;

  private JobTable(Table table, List<Type> types) {
    if (types.size() != table.columns().size()) {
      throw new IllegalArgumentException(
          table.file() + ": " + types.size() + " types for " + table.columns().size() + " columns " + table.columns());
    }
    if (table.columns().contains(MONTH)) {
      throw new IllegalArgumentException(table.file() + ": a column named " + MONTH + " would clash with the partition");
    }
    this.table = table;
    this.types = List.copyOf(types);
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      fields.add(DataTypes.createStructField(table.columns().get(i), types.get(i).spark, false));
    }
    this.schema = DataTypes.createStructType(fields);
  }

  /** {@code table} with the types of its columns, in column order. */
  public static JobTable of(Table table, Type... types) {
    return new JobTable(table, List.of(types));
  }

  public Table table() {
    return table;
  }

  /** The table's folder under the job's output, as its file name under {@code analyze --output-dir}. */
  public String name() {
    return table.file();
  }

  /** The type of each column, in column order. */
  public List<Type> types() {
    return types;
  }

  /** The columns as Spark sees them, without the month partition. */
  public StructType schema() {
    return schema;
  }

  /**
   * The table's rows for one analysis, as Spark rows. A value of another type than declared is a
   * bug in the declaration and fails the task, loudly, rather than writing a wrong column.
   */
  public scala.collection.Seq<Row> rows(ArticleAnalysis analysis) {
    List<Row> rows = new ArrayList<>();
    table.rows(analysis, values -> rows.add(row(values)));
    return seq(rows);
  }

  private Row row(List<Object> values) {
    Object[] cells = new Object[values.size()];
    for (int i = 0; i < cells.length; i++) {
      Object v = values.get(i);
      Type type = types.get(i);
      if (!type.java.isInstance(v)) {
        throw new IllegalStateException(
            table.file() + "." + table.columns().get(i) + ": declared " + type + " but the table gives "
                + (v == null ? "null" : v.getClass().getName()));
      }
      cells[i] = type == Type.STRINGS ? strings((List<?>) v) : v;
    }
    return RowFactory.create(cells);
  }

  private static scala.collection.Seq<String> strings(List<?> list) {
    List<String> out = new ArrayList<>(list.size());
    for (Object o : list) {
      out.add((String) o);
    }
    return seq(out);
  }

  /** A Java list as Spark's row encoder wants an array value: a Scala sequence. */
  static <T> scala.collection.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list);
  }

  @Override
  public String toString() {
    return "JobTable[" + name() + "]";
  }
}
