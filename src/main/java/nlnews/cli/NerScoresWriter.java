package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import nlnews.entities.NerScores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints NER scores as an aligned table or as CSV with a header row. */
final class NerScoresWriter {

  static final String[] COLUMNS = {"type", "precision", "recall", "f1", "gold", "predicted", "correct"};

  private NerScoresWriter() {}

  static void text(NerScores scores, Writer out) throws IOException {
    out.write(String.format(Locale.ROOT, "%-6s %9s %9s %9s %7s %9s %7s%n", (Object[]) COLUMNS));
    for (NerScores.Row r : scores.rows()) {
      out.write(
          String.format(
              Locale.ROOT,
              "%-6s %9.4f %9.4f %9.4f %7d %9d %7d%n",
              r.type(), r.precision(), r.recall(), r.f1(), r.gold(), r.predicted(), r.correct()));
    }
  }

  static void csv(NerScores scores, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    printer.printRecord((Object[]) COLUMNS);
    for (NerScores.Row r : scores.rows()) {
      printer.printRecord(
          r.type(), decimal(r.precision()), decimal(r.recall()), decimal(r.f1()), r.gold(), r.predicted(), r.correct());
    }
    printer.flush();
  }

  private static String decimal(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
