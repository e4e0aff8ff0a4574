package nlnews.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import nlnews.model.ArticleAnalysis;

/**
 * CSV (RFC 4180 quoting via Commons CSV, LF line ends for Unix pipelines) or TSV (a tab between
 * fields; tab, newline, carriage return and backslash inside a value written as \t \n \r \\),
 * with a header row unless asked to leave it out (so that batches can be concatenated).
 */
public final class DelimitedWriter implements AnalysisWriter {

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

  private final Writer out;
  private final Table table;
  private final boolean tsv;
  private final CSVPrinter csv;
  private boolean headerWritten;

  private DelimitedWriter(Writer out, Table table, boolean tsv, boolean header) throws IOException {
    this.out = out;
    this.table = table;
    this.tsv = tsv;
    this.csv = tsv ? null : new CSVPrinter(out, CSV);
    this.headerWritten = !header;
  }

  public static DelimitedWriter csv(Writer out, Table table) throws IOException {
    return csv(out, table, true);
  }

  /** CSV, with the header row or, when {@code header} is false, rows alone. */
  public static DelimitedWriter csv(Writer out, Table table, boolean header) throws IOException {
    return new DelimitedWriter(out, table, false, header);
  }

  public static DelimitedWriter tsv(Writer out, Table table) throws IOException {
    return tsv(out, table, true);
  }

  /** TSV, with the header row or, when {@code header} is false, rows alone. */
  public static DelimitedWriter tsv(Writer out, Table table, boolean header) throws IOException {
    return new DelimitedWriter(out, table, true, header);
  }

  @Override
  public void write(ArticleAnalysis analysis) throws IOException {
    writeHeader();
    List<List<Object>> rows = new ArrayList<>();
    table.rows(analysis, rows::add);
    for (List<Object> row : rows) {
      writeRow(row);
    }
  }

  @Override
  public void finish() throws IOException {
    writeHeader();
    if (csv != null) {
      csv.flush();
    }
    out.flush();
  }

  private void writeHeader() throws IOException {
    if (!headerWritten) {
      headerWritten = true;
      writeRow(new ArrayList<>(table.columns()));
    }
  }

  private void writeRow(List<Object> row) throws IOException {
    if (csv != null) {
      List<String> values = new ArrayList<>(row.size());
      for (Object v : row) {
        values.add(Values.text(v));
      }
      csv.printRecord(values);
      return;
    }
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      escapeTsv(Values.text(row.get(i)), out);
    }
    out.write('\n');
  }

  static void escapeTsv(String value, Writer out) throws IOException {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\\' -> out.write("\\\\");
        default -> out.write(c);
      }
    }
  }
}
