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
 * fields; tab, newline, carriage return and backslash inside a value written as \t \n \r \\, the
 * other characters that end a line elsewhere as \v \f \u0085 \u2028 \u2029), with a header row
 * unless asked to leave it out (so that batches can be concatenated). Cells hold the text exactly,
 * unless {@code spreadsheetSafe}: then a text cell that a spreadsheet would run as a formula gets a
 * ' in front (see {@link #spreadsheetSafe(String)}).
 */
public final class DelimitedWriter implements AnalysisWriter {

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();

  private final Writer out;
  private final Table table;
  private final boolean tsv;
  private final boolean spreadsheetSafe;
  private final CSVPrinter csv;
  private boolean headerWritten;

  private DelimitedWriter(Writer out, Table table, boolean tsv, boolean header, boolean spreadsheetSafe) throws IOException {
    this.out = out;
    this.table = table;
    this.tsv = tsv;
    this.spreadsheetSafe = spreadsheetSafe;
    this.csv = tsv ? null : new CSVPrinter(out, CSV);
    this.headerWritten = !header;
  }

  public static DelimitedWriter csv(Writer out, Table table) throws IOException {
    return new DelimitedWriter(out, table, false, true, false);
  }

  public static DelimitedWriter tsv(Writer out, Table table) throws IOException {
    return new DelimitedWriter(out, table, true, true, false);
  }

  /**
   * CSV or TSV ({@code tsv}), with the header row unless {@code header} is false, its text cells
   * made safe for spreadsheets when {@code spreadsheetSafe}.
   */
  public static DelimitedWriter of(Writer out, Table table, boolean tsv, boolean header, boolean spreadsheetSafe)
      throws IOException {
    return new DelimitedWriter(out, table, tsv, header, spreadsheetSafe);
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
        values.add(cell(v));
      }
      csv.printRecord(values);
      return;
    }
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      escapeTsv(cell(row.get(i)), out);
    }
    out.write('\n');
  }

  /** A value as its cell holds it; numbers and booleans are never formulas and stay as they are. */
  private String cell(Object value) {
    String text = Values.text(value);
    return spreadsheetSafe && (value instanceof String || value instanceof List<?>) ? spreadsheetSafe(text) : text;
  }

  /**
   * {@code text} with a ' in front when it starts with a character that makes a spreadsheet read
   * the cell as a formula (=, +, -, @) or that some spreadsheets skip before one (tab, carriage
   * return): OWASP's advice against CSV injection. The ' shows in the cell, and is part of the
   * text for any program that reads the file.
   */
  static String spreadsheetSafe(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }

  static void escapeTsv(String value, Writer out) throws IOException {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\\' -> out.write("\\\\");
        // The other characters some readers take for the end of a line: Python's splitlines()
        // splits at each, and a spreadsheet at some.
        case '\u000B' -> out.write("\\v");
        case '\u000C' -> out.write("\\f");
        case '\u0085' -> out.write("\\u0085");
        case '\u2028' -> out.write("\\u2028");
        case '\u2029' -> out.write("\\u2029");
        default -> out.write(c);
      }
    }
  }
}
