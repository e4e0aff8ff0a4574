package nlnews.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nlnews.corpus.Period;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The nlnews analysis as a Spark job: reads articles (text files, JSON Lines, CSV or Parquet),
 * analyses each on the executors with the command line's pipeline, and writes the command line's
 * tables as Parquet, partitioned by month, the corpus tables of {@code nlnews corpus} beside them
 * ({@link CorpusJob}), and the records it could not analyse in an errors table. Run with spark-submit; README, "Apache Spark".
 */
@Command(
    name = "nlnews-spark",
    mixinStandardHelpOptions = true,
    version = "nlnews-spark 0.1.0",
    sortOptions = false,
    description = {
      "Analyses Dutch news articles on a Spark cluster and writes the tables of 'nlnews analyze "
          + "--output-dir' (articles, entities, quotes, sentiment, mentions) as Parquet under OUTPUT, "
          + "partitioned by month, the tables of 'nlnews corpus --output-dir' under OUTPUT/corpus, "
          + "and the records that could not be analysed in OUTPUT/errors."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the tables are written (bad records are in the errors table, not failures)",
      "2:usage error: a missing input or column, an existing output without --overwrite",
      "3:internal error"
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  spark-submit --class nlnews.spark.ArticleJob --master 'local[*]' nlnews-spark.jar \\",
      "      --output tables/ testdata/articles"
    })
public final class ArticleJob implements Callable<Integer> {

  static final String ERRORS = "errors";

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String CACHED_PLAN_PARTITIONING = "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning";
  /** Shuffle partitions per core when the submitter sets none: enough to balance, few enough to stay cheap. */
  static final int SHUFFLE_TASKS_PER_CORE = 2;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or globs, on any file system Spark reaches (hdfs:, s3a:, file:).")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTPUT", description = "The folder for the tables, one sub-folder each.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (one article a file), jsonl, csv or parquet (default: ${DEFAULT-VALUE}).")
  InputFormat format;

  @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id", description = "The column holding the article's id (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(names = "--date-column", paramLabel = "NAME", defaultValue = "date", description = "The column holding its date, YYYY-MM, YYYY-MM-DD, a date or a timestamp; when absent or empty, the text's 'date' marker (default: ${DEFAULT-VALUE}).")
  String dateColumn;

  @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text", description = "The column holding its text, a string or bytes (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--glob", paramLabel = "GLOB", defaultValue = "*.txt", description = "Text files: the file names taken from folders (default: ${DEFAULT-VALUE}).")
  String glob;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Text files and byte columns: the encoding of the articles (default: UTF-8, or UTF-16 with a byte-order mark).")
  String encoding;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "10485760", description = "Larger articles go to the errors table (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Spread the articles over N tasks (default: as read, or two per core when that is fewer).")
  int partitions;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", description = "The period of the corpus tables' timeline and tone: day, week, month or year (default: ${DEFAULT-VALUE}).")
  Period by;

  @Option(names = "--no-corpus", description = "Write the article tables and errors only, not the corpus tables (their summing is a third of the job's time on one machine).")
  boolean noCorpus;

  @Option(names = "--overwrite", description = "Replace tables that exist under OUTPUT.")
  boolean overwrite;

  /** What a run did: the articles analysed and the records in the errors table. */
  public record Summary(long articles, long errors) {}

  public static void main(String[] args) {
    int exit = commandLine().execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ArticleJob());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof JobUsageException) {
            line.getErr().println("nlnews-spark: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return cli;
  }

  @Override
  public Integer call() {
    JobSettings settings = settings();
    SparkSession spark = SparkSession.builder().appName("nlnews").getOrCreate();
    try {
      Summary s = run(spark, settings);
      System.err.printf(Locale.ROOT, "nlnews-spark: %d articles, %d in %s%n", s.articles(), s.errors(), new Path(settings.output(), ERRORS));
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The settings of the parsed command line, checked; Spark not started. */
  JobSettings settings() {
    if (encoding != null) {
      try {
        Charset.forName(encoding);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new JobUsageException("unknown encoding '" + encoding + "'");
      }
    }
    if (maxBytes <= 0 || partitions < 0) {
      throw new JobUsageException("--max-bytes must be positive and --partitions not negative");
    }
    return new JobSettings(inputs, format, idColumn, dateColumn, textColumn, glob, encoding, maxBytes, output, overwrite, partitions, by, !noCorpus);
  }

  /** Runs the job on {@code spark}: what main does, and what the tests call. */
  public static Summary run(SparkSession spark, JobSettings settings) {
    List<String> tables = new ArrayList<>();
    for (JobTable t : JobTables.ALL) {
      tables.add(t.name());
    }
    tables.add(ERRORS);
    if (settings.corpus()) {
      tables.add(CorpusJob.FOLDER);
    }
    if (!settings.overwrite()) {
      refuseExisting(spark, settings.output(), tables);
    }
    sizeShuffles(spark);
    ArticleRecords.Records records = ArticleRecords.read(spark, settings);
    RecordDecoder decoder = new RecordDecoder(records.rawBytes() ? settings.encoding() : null, settings.maxBytes());
    Dataset<Row> analysed =
        spread(spark, records.rows(), settings.partitions())
            .mapPartitions(new ArticleAnalyser(decoder), Encoders.row(ArticleAnalyser.output()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // The analysis runs here, in as many tasks as the records were spread over, and fills the
      // cache; every table below reads the cached rows.
      Row counts = analysed.agg(count(lit(1)), count(col(ArticleAnalyser.REASON))).first();
      Dataset<Row> cached = fewerTasks(spark, analysed);
      SaveMode mode = settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      for (JobTable t : JobTables.ALL) {
        cached
            .selectExpr("inline(`" + t.name() + "`)", JobTable.MONTH)
            .write()
            .mode(mode)
            .partitionBy(JobTable.MONTH)
            .parquet(new Path(settings.output(), t.name()).toString());
      }
      if (settings.corpus()) {
        CorpusJob.write(
            spark,
            new CorpusJob.Articles(
                rows(cached, JobTables.ARTICLES), rows(cached, JobTables.ENTITIES), rows(cached, JobTables.MENTIONS),
                rows(cached, JobTables.QUOTES), rows(cached, JobTables.SENTIMENT)),
            settings.by(), settings.output(), mode);
      }
      cached
          .where(col(ArticleAnalyser.REASON).isNotNull())
          .select(ArticleAnalyser.ID, ArticleAnalyser.REASON, ArticleAnalyser.CAUSE)
          .write()
          .mode(mode)
          .parquet(new Path(settings.output(), ERRORS).toString());
      long all = counts.getLong(0);
      long errors = counts.getLong(1);
      return new Summary(all - errors, errors);
    } finally {
      analysed.unpersist();
    }
  }

  /**
   * Shuffles sized to the cluster unless the submitter sized them: two tasks per core rather than
   * Spark's 200, and adaptive execution allowed to merge the partitions of cached plans too. The
   * corpus tables are some thirty small shuffles of summed rows; with 200 partitions each, a
   * 2-core local run spent more time opening shuffle files (system CPU) than summing
   * (spark/bin/bench: 194 seconds, 20,000 articles).
   */
  static void sizeShuffles(SparkSession spark) {
    if (!spark.conf().contains(SHUFFLE_PARTITIONS)) {
      spark.conf().set(SHUFFLE_PARTITIONS, Integer.toString(SHUFFLE_TASKS_PER_CORE * spark.sparkContext().defaultParallelism()));
    }
    if (!spark.conf().contains(CACHED_PLAN_PARTITIONING)) {
      spark.conf().set(CACHED_PLAN_PARTITIONING, "true");
    }
  }

  /**
   * The cached rows in two tasks per core: the analysis wants many small tasks (a slow article
   * holds up one task, not a core's share), the tables and sums want few (a task per month
   * partition writes a file, and each task costs its scheduling). With the analysis's 20 tasks, a
   * 2-core local run wrote 260 files per table and took 48 seconds on 20,000 articles without the
   * corpus tables; with 4, 26 files and 39 seconds (spark/bin/bench).
   */
  private static Dataset<Row> fewerTasks(SparkSession spark, Dataset<Row> analysed) {
    int wanted = SHUFFLE_TASKS_PER_CORE * spark.sparkContext().defaultParallelism();
    return analysed.rdd().getNumPartitions() > wanted ? analysed.coalesce(wanted) : analysed;
  }

  /** The rows of {@code table}, one per row of each analysed article. */
  private static Dataset<Row> rows(Dataset<Row> analysed, JobTable table) {
    return analysed.selectExpr("inline(`" + table.name() + "`)");
  }

  /**
   * The records over enough tasks to keep every core busy: a folder of text files arrives in
   * many partitions, but a JSON Lines or Parquet file of 100,000 articles can arrive in one.
   */
  private static Dataset<Row> spread(SparkSession spark, Dataset<Row> records, int partitions) {
    int current = records.rdd().getNumPartitions();
    if (partitions > 0) {
      return current == partitions ? records : records.repartition(partitions);
    }
    int wanted = 2 * spark.sparkContext().defaultParallelism();
    return current < wanted ? records.repartition(wanted) : records;
  }

  private static void refuseExisting(SparkSession spark, String output, List<String> tables) {
    try {
      Path root = new Path(output);
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String t : tables) {
        Path table = new Path(root, t);
        if (fs.exists(table)) {
          throw new JobUsageException(table + " exists; --overwrite replaces it");
        }
      }
    } catch (IOException e) {
      throw new JobUsageException(output + ": " + e.getMessage());
    }
  }
}
