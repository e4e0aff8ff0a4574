package nlnews.spark;

import java.util.List;
import java.util.Objects;
import nlnews.corpus.Period;

/**
 * Everything a run of the job is told, checked before Spark reads anything.
 *
 * @param inputs files, folders or globs (any file system Hadoop reaches: file:, hdfs:, s3a: ...)
 * @param format how the inputs hold articles
 * @param idColumn the column holding an article's id (not for text files: their path is the id)
 * @param dateColumn the column holding its date; when absent or empty, the text's date marker
 * @param textColumn the column holding its text
 * @param glob the file names taken from folders (text files only)
 * @param encoding the encoding of article bytes (text files, binary text columns), or null for
 *     the command line's automatic UTF-8 with byte-order marks
 * @param maxBytes larger articles are reported in the errors table, not analysed
 * @param output the folder the tables go into, one sub-folder each
 * @param overwrite whether existing tables in {@code output} are replaced
 * @param partitions how many tasks share the analysis; 0 chooses from the cluster's cores
 * @param by the period of the corpus tables' timeline and tone
 * @param corpus whether the corpus tables are computed and written beside the article tables
 */
public record JobSettings(
    List<String> inputs,
    InputFormat format,
    String idColumn,
    String dateColumn,
    String textColumn,
    String glob,
    String encoding,
    long maxBytes,
    String output,
    boolean overwrite,
    int partitions,
    Period by,
    boolean corpus) {

  /** The command line's --max-bytes default: an article larger than this is not news. */
  public static final long DEFAULT_MAX_BYTES = 10L << 20;

  public JobSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(dateColumn, "dateColumn");
    Objects.requireNonNull(textColumn, "textColumn");
    Objects.requireNonNull(glob, "glob");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(by, "by");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs");
    }
    if (maxBytes <= 0 || partitions < 0) {
      throw new IllegalArgumentException("maxBytes must be positive and partitions not negative");
    }
  }

  /** Settings with the defaults of the command line, for {@code inputs} in {@code format}. */
  public static JobSettings of(List<String> inputs, InputFormat format, String output) {
    return new JobSettings(inputs, format, "id", "date", "text", "*.txt", null, DEFAULT_MAX_BYTES, output, false, 0, Period.MONTH, true);
  }

  public JobSettings withOverwrite(boolean value) {
    return new JobSettings(inputs, format, idColumn, dateColumn, textColumn, glob, encoding, maxBytes, output, value, partitions, by, corpus);
  }

  public JobSettings withPartitions(int value) {
    return new JobSettings(inputs, format, idColumn, dateColumn, textColumn, glob, encoding, maxBytes, output, overwrite, value, by, corpus);
  }

  public JobSettings withMaxBytes(long value) {
    return new JobSettings(inputs, format, idColumn, dateColumn, textColumn, glob, encoding, value, output, overwrite, partitions, by, corpus);
  }

  public JobSettings withColumns(String id, String date, String text) {
    return new JobSettings(inputs, format, id, date, text, glob, encoding, maxBytes, output, overwrite, partitions, by, corpus);
  }

  public JobSettings withBy(Period value) {
    return new JobSettings(inputs, format, idColumn, dateColumn, textColumn, glob, encoding, maxBytes, output, overwrite, partitions, value, corpus);
  }

  public JobSettings withCorpus(boolean value) {
    return new JobSettings(inputs, format, idColumn, dateColumn, textColumn, glob, encoding, maxBytes, output, overwrite, partitions, by, value);
  }
}
