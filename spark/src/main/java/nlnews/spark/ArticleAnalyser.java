package nlnews.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nlnews.model.ArticleAnalysis;
import nlnews.model.SourceText;
import nlnews.pipeline.AnalysisPipeline;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor's side of the job: each input record ({@link #INPUT}) becomes one row
 * ({@link #output()}) holding either the article's rows of every table, or why it was not analysed.
 * A bad record never fails the task, so it never fails the job or loses other rows.
 */
final class ArticleAnalyser implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ArticleAnalyser.class);

  /**
   * What the readers hand over: id, date, the article's bytes; its size when the bytes were not
   * read for it; the raw record when it could not be parsed; why a file could not be read; the
   * outlet (the source column of a table, the first folder of a walked file), or null.
   */
  static final StructType INPUT =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("date", DataTypes.StringType)
          .add("content", DataTypes.BinaryType)
          .add("size", DataTypes.LongType)
          .add("malformed", DataTypes.StringType)
          .add("unreadable", DataTypes.StringType)
          .add("source", DataTypes.StringType);

  static final String ID = "id";
  static final String REASON = "reason";
  static final String CAUSE = "cause";

  /** One article's analysis; {@link AnalysisPipeline.Worker#analyze} in the job, a fake in tests. */
  @FunctionalInterface
  interface Analysis {
    ArticleAnalysis analyze(SourceText source);
  }

  private final RecordDecoder decoder;

  ArticleAnalyser(RecordDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * Id, month (null without a date), reason and cause (null when analysed), then one column per
   * table of {@link JobTables#ALL}: the article's rows of that table.
   */
  static StructType output() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(ID, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(JobTable.MONTH, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(REASON, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(CAUSE, DataTypes.StringType, true));
    for (JobTable t : JobTables.ALL) {
      fields.add(DataTypes.createStructField(t.name(), DataTypes.createArrayType(t.schema(), false), false));
    }
    return DataTypes.createStructType(fields);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    // One worker per task: the name tagger keeps per-thread state, and a task runs on one thread.
    AnalysisPipeline.Worker worker = ExecutorPipeline.get().newWorker();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return analyse(records.next(), worker::analyze);
      }
    };
  }

  /** The output row for one input record. */
  Row analyse(Row record, Analysis analysis) {
    RecordDecoder.Decoded decoded =
        decoder.decode(
            new RecordDecoder.Input(
                record.getString(0), record.getString(1), (byte[]) record.get(2),
                record.isNullAt(3) ? -1 : record.getLong(3), record.getString(4), record.getString(5),
                record.getString(6)));
    if (decoded instanceof RecordDecoder.Decoded.Bad bad) {
      return bad(bad.record());
    }
    SourceText source = ((RecordDecoder.Decoded.Text) decoded).source();
    ArticleAnalysis result;
    try {
      result = analysis.analyze(source);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("nlnews: {}: internal error", source.id(), e);
      return bad(new BadRecord(source.id(), BadRecord.Reason.INTERNAL, "internal error: " + e));
    }
    Object[] cells = new Object[4 + JobTables.ALL.size()];
    cells[0] = source.id();
    cells[1] = RecordDecoder.month(result.article().date());
    int i = 4;
    for (JobTable t : JobTables.ALL) {
      cells[i++] = t.rows(result);
    }
    return RowFactory.create(cells);
  }

  private static Row bad(BadRecord bad) {
    Object[] cells = new Object[4 + JobTables.ALL.size()];
    cells[0] = bad.id();
    cells[2] = bad.reason().label();
    cells[3] = bad.cause();
    for (int i = 4; i < cells.length; i++) {
      cells[i] = JobTable.seq(List.of());
    }
    return RowFactory.create(cells);
  }
}
