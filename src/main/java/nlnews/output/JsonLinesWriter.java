package nlnews.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nlnews.model.ArticleAnalysis;

/**
 * JSON Lines: one object per row, its {@code type} first and then the table's columns in order
 * (a column itself named "type", the entity type, is written as "entity_type").
 * Numbers stay numbers (scores with three decimals), lists become arrays, text is UTF-8 with
 * only the characters JSON requires escaped.
 */
public final class JsonLinesWriter implements AnalysisWriter {

  private final Writer out;
  private final List<Table> tables;

  public JsonLinesWriter(Writer out, List<Table> tables) {
    this.out = out;
    this.tables = List.copyOf(tables);
  }

  @Override
  public void write(ArticleAnalysis analysis) throws IOException {
    for (Table table : tables) {
      List<List<Object>> rows = new ArrayList<>();
      table.rows(analysis, rows::add);
      for (List<Object> row : rows) {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"type\":");
        string(table.type(), b);
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
          b.append(',');
          String column = columns.get(i);
          // "type" names the record; an entity's own type column becomes "entity_type".
          string(column.equals("type") ? table.type() + "_type" : column, b);
          b.append(':');
          value(row.get(i), b);
        }
        b.append("}\n");
        out.write(b.toString());
      }
    }
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  static void value(Object v, StringBuilder b) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Double d) {
      b.append(String.format(Locale.ROOT, "%.3f", d));
    } else if (v instanceof Number || v instanceof Boolean) {
      b.append(v);
    } else if (v instanceof List<?> list) {
      b.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        value(list.get(i), b);
      }
      b.append(']');
    } else {
      string(String.valueOf(v), b);
    }
  }

  static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
