package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import nlnews.output.AnalysisWriter;
import nlnews.output.DelimitedWriter;
import nlnews.output.JsonLinesWriter;
import nlnews.output.Table;
import nlnews.output.TextWriter;

/** The one place that maps an output format to the writer that prints it. */
final class WriterFactory {

  private WriterFactory() {}

  /**
   * The writer of {@code format} into {@code out}: the text report shows {@code sections}
   * (coloured when {@code colour}); JSON Lines holds every row of {@code tables}; CSV and TSV
   * hold one table, so {@code tables} has one element for them, start with its header row when
   * {@code header}, and make their text cells spreadsheet-safe when {@code csvSafe}.
   */
  static AnalysisWriter create(
      OutputOptions.Format format, Writer out, List<Table> tables, Set<TextWriter.Section> sections, boolean colour,
      boolean header, boolean csvSafe)
      throws IOException {
    return switch (format) {
      case text -> new TextWriter(out, sections, colour);
      case csv -> DelimitedWriter.of(out, only(tables), false, header, csvSafe);
      case tsv -> DelimitedWriter.of(out, only(tables), true, header, csvSafe);
      case jsonl -> new JsonLinesWriter(out, tables);
    };
  }

  private static Table only(List<Table> tables) {
    if (tables.size() != 1) {
      throw new IllegalArgumentException("one table per CSV or TSV stream, not " + tables.size());
    }
    return tables.get(0);
  }
}
