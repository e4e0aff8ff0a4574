package nlnews.spark;

import static nlnews.spark.JobTable.Type.BOOLEAN;
import static nlnews.spark.JobTable.Type.DOUBLE;
import static nlnews.spark.JobTable.Type.INT;
import static nlnews.spark.JobTable.Type.STRING;
import static nlnews.spark.JobTable.Type.STRINGS;

import java.util.List;
import nlnews.output.Tables;

/**
 * The tables the job writes: those of {@code nlnews analyze --output-dir}, each with its column
 * types. A new table of the command line is one more line here (JobTablesTest fails until it is).
 */
public final class JobTables {

  private JobTables() {}

  public static final JobTable ARTICLES =
      JobTable.of(Tables.ARTICLES, STRING, STRING, STRING, STRING, INT, INT, INT, INT, INT, INT, DOUBLE, STRING);

  public static final JobTable ENTITIES =
      JobTable.of(Tables.ENTITIES, STRING, STRING, STRING, STRING, STRING, INT, STRINGS, STRING);

  public static final JobTable QUOTES =
      JobTable.of(Tables.QUOTES, STRING, STRING, STRING, INT, STRING, STRING, STRING, STRING, STRING, INT, INT);

  public static final JobTable SENTIMENT =
      JobTable.of(Tables.SENTIMENT, STRING, STRING, STRING, INT, BOOLEAN, DOUBLE, STRING, STRINGS, STRINGS, STRING);

  public static final JobTable MENTIONS =
      JobTable.of(Tables.MENTIONS, STRING, STRING, STRING, INT, STRING, STRING, STRING, STRING, INT, INT);

  /** Every table, in the order they are written. */
  public static final List<JobTable> ALL = List.of(ARTICLES, ENTITIES, QUOTES, SENTIMENT, MENTIONS);
}
