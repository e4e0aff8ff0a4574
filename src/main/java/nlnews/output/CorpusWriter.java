package nlnews.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import nlnews.corpus.CorpusSummary;
import nlnews.output.CorpusTables.CorpusTable;

/**
 * Writes corpus tables in one of the formats of the article tables, with their rules: CSV with
 * RFC 4180 quoting and LF, TSV with escapes, JSON Lines with a {@code type} per row (a column
 * named "type" becomes "entity_type"), and text for people, every value from the input through
 * {@link Terminal#safe}. Writers format; they never compute.
 */
public final class CorpusWriter {

  /** The formats, named as the --format option names them. */
  public enum Format {
    TEXT, CSV, TSV, JSONL
  }

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').setQuoteMode(QuoteMode.MINIMAL).get();
  /** The widest a text column gets; longer values (an example quotation) are cut with "…". */
  private static final int TEXT_WIDTH = 48;

  private final Writer out;
  private final Format format;
  private final boolean header;
  private final boolean spreadsheetSafe;

  public CorpusWriter(Writer out, Format format, boolean header, boolean spreadsheetSafe) {
    this.out = out;
    this.format = format;
    this.header = header;
    this.spreadsheetSafe = spreadsheetSafe;
  }

  /** Writes {@code tables} of {@code summary} (CSV and TSV take one) and flushes. */
  public void write(List<CorpusTable> tables, CorpusSummary summary) throws IOException {
    if ((format == Format.CSV || format == Format.TSV) && tables.size() != 1) {
      throw new IllegalArgumentException("one table per CSV or TSV stream, not " + tables.size());
    }
    for (CorpusTable t : tables) {
      List<List<Object>> rows = t.rows().apply(summary);
      switch (format) {
        case CSV -> csv(t, rows);
        case TSV -> tsv(t, rows);
        case JSONL -> jsonl(t, rows);
        case TEXT -> text(t, rows, summary, t == tables.get(0));
      }
    }
    out.flush();
  }

  private void csv(CorpusTable t, List<List<Object>> rows) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSV);
    if (header) {
      printer.printRecord(t.columns());
    }
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>(row.size());
      for (Object v : row) {
        cells.add(cell(v));
      }
      printer.printRecord(cells);
    }
    printer.flush();
  }

  private void tsv(CorpusTable t, List<List<Object>> rows) throws IOException {
    if (header) {
      out.write(String.join("\t", t.columns()));
      out.write('\n');
    }
    for (List<Object> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.write('\t');
        }
        DelimitedWriter.escapeTsv(cell(row.get(i)), out);
      }
      out.write('\n');
    }
  }

  private String cell(Object value) {
    String text = Values.text(value);
    return spreadsheetSafe && (value instanceof String || value instanceof List<?>) ? DelimitedWriter.spreadsheetSafe(text) : text;
  }

  private void jsonl(CorpusTable t, List<List<Object>> rows) throws IOException {
    for (List<Object> row : rows) {
      StringBuilder b = new StringBuilder(256);
      b.append("{\"type\":");
      JsonLinesWriter.string(t.type(), b);
      for (int i = 0; i < t.columns().size(); i++) {
        String column = t.columns().get(i);
        b.append(',');
        JsonLinesWriter.string(column.equals("type") ? "entity_type" : column, b);
        b.append(':');
        JsonLinesWriter.value(row.get(i), b);
      }
      b.append("}\n");
      out.write(b.toString());
    }
  }

  /** A table for people: a title, then the columns padded to their widest value (at most {@link #TEXT_WIDTH}). */
  private void text(CorpusTable t, List<List<Object>> rows, CorpusSummary summary, boolean first) throws IOException {
    StringBuilder b = new StringBuilder();
    if (!first) {
      b.append('\n');
    }
    b.append("== ").append(t.name());
    if (t == CorpusTables.ENTITIES) {
      b.append(String.format(Locale.ROOT, "  %d articles", summary.articles()));
    } else if (t.name().equals(CorpusTables.TIMELINE.name()) || t.name().equals(CorpusTables.TONE.name())) {
      b.append("  by ").append(summary.by().label());
    }
    b.append('\n');
    if (rows.isEmpty()) {
      out.write(b.append("  (none)\n").toString());
      return;
    }
    List<List<String>> cells = new ArrayList<>();
    cells.add(t.columns());
    for (List<Object> row : rows) {
      List<String> r = new ArrayList<>(row.size());
      for (Object v : row) {
        r.add(cut(Terminal.safe(Values.text(v))));
      }
      cells.add(r);
    }
    int[] width = new int[t.columns().size()];
    for (List<String> r : cells) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], r.get(i).codePointCount(0, r.get(i).length()));
      }
    }
    for (List<String> r : cells) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < r.size(); i++) {
        String v = r.get(i);
        line.append(v);
        if (i < r.size() - 1) {
          line.append(" ".repeat(width[i] - v.codePointCount(0, v.length()) + 2));
        }
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    out.write(b.toString());
  }

  private static String cut(String v) {
    return v.codePointCount(0, v.length()) <= TEXT_WIDTH ? v : v.substring(0, v.offsetByCodePoints(0, TEXT_WIDTH - 1)) + "…";
  }
}
