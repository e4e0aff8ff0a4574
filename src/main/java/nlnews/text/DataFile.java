package nlnews.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated data file shipped under {@code nlnews/} in the jar: comment lines starting with
 * {@code #}, one header row naming the columns, then rows. Blank lines are ignored. A row with more
 * fields than the header is an error naming the file and line, so a broken edit fails loudly.
 */
public final class DataFile {

  /** One row of a data file. */
  public static final class Row {
    private final Map<String, Integer> columns;
    private final String[] fields;
    private final int line;

    Row(Map<String, Integer> columns, String[] fields, int line) {
      this.columns = columns;
      this.fields = fields;
      this.line = line;
    }

    /** The trimmed field of {@code column}, or "" when the row leaves it out. */
    public String get(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      return i < fields.length ? fields[i].trim() : "";
    }

    public boolean has(String column) {
      return columns.containsKey(column);
    }

    public int line() {
      return line;
    }
  }

  private final String name;
  private final List<String> header;
  private final List<Row> rows;

  private DataFile(String name, List<String> header, List<Row> rows) {
    this.name = name;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
  }

  public String name() {
    return name;
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Loads {@code nlnews/<path>} from the class path. */
  public static DataFile load(String path) {
    String resource = "/nlnews/" + path;
    InputStream in = DataFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing data file " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(path, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
  }

  static DataFile parse(String name, BufferedReader reader) throws IOException {
    List<String> header = null;
    Map<String, Integer> columns = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (header == null) {
        header = List.of(fields);
        for (int i = 0; i < fields.length; i++) {
          columns.put(fields[i].trim(), i);
        }
        continue;
      }
      if (fields.length > header.size()) {
        throw new IllegalStateException(
            name + ":" + number + ": " + fields.length + " fields, header has " + header.size());
      }
      rows.add(new Row(columns, fields, number));
    }
    if (header == null) {
      throw new IllegalStateException(name + ": no header row");
    }
    return new DataFile(name, header, rows);
  }
}
