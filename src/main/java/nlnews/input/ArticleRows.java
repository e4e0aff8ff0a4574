package nlnews.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nlnews.input.InputException.Reason;
import nlnews.model.SourceText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The articles of one article table (CSV, TSV or JSON Lines), read a row at a time as the run
 * asks for them, so that a file of any size takes the memory of the rows in flight. Every row
 * becomes an input whose id is its id field (or {@code FILE:LINE} when it has none), with its
 * article already read; a row that is no article (no text, a bad date, broken quoting, a line
 * that is not JSON, bytes that do not decode) becomes a failed input of the file whose message
 * starts with its line, and the rows after it go on. An unclosed quotation mark in CSV, which
 * the rest of the file cannot be read past, ends the file there.
 *
 * <p>The article text is the title, a blank line, and the text, so that the title is paragraph 1
 * and the text's paragraphs are numbered from 2, as in a text file that starts with its title
 * (the heading rule then flags a title as it does a text file's). A title is one line: its line
 * breaks become spaces.
 */
public final class ArticleRows implements Iterator<Input>, Closeable {

  /** One record of the table: the line it starts on and its fields, or why it is none. */
  private record Row(long line, Map<String, Object> fields, String problem, boolean last) {}

  /** A format's way of reading the next record; null at the end. */
  private interface Records {
    Row next() throws IOException;
  }

  /**
   * What the decoder puts for bytes that do not decode: a noncharacter, which no text exchanged
   * holds, so that a bad byte fails its own row and the rows around it still go on (a decoder that
   * threw would lose the rows decoded ahead of it in the reader's buffer).
   */
  private static final String UNDECODABLE = "\uFDD0";

  private final Input file;
  private final RowFields names;
  private final String undecodable;
  private final long maxChars;
  private final Reader reader;
  private final Records records;
  private Input pending;
  private boolean done;
  private boolean any;

  private ArticleRows(Input file, InputFormat format, RowFields names, Reader reader, long maxChars, String undecodable) {
    this.file = file;
    this.undecodable = undecodable;
    this.names = names;
    this.maxChars = maxChars;
    this.reader = reader;
    this.records =
        switch (format) {
          case CSV -> csv(reader);
          case TSV -> tsv(new LineReader(reader, maxChars));
          case JSONL -> jsonl(new LineReader(reader, maxChars));
          default -> throw new IllegalArgumentException("not a table format: " + format);
        };
  }

  /**
   * The rows of {@code in}, the table {@code file} in {@code format}, decoded strictly with
   * {@code encoding} (null: UTF-8, a byte-order mark stripped, a UTF-16 one selecting UTF-16).
   * An article longer than {@code maxChars} characters is a bad row.
   */
  public static ArticleRows open(Input file, InputFormat format, RowFields names, Charset encoding, long maxChars, InputStream in)
      throws IOException {
    String undecodable =
        "not valid " + (encoding == null ? "UTF-8" : encoding.name()) + (encoding == null ? "; try --encoding windows-1252" : "");
    return new ArticleRows(file, format, names, decoding(in, encoding), maxChars, undecodable);
  }

  private static Reader decoding(InputStream raw, Charset encoding) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : encoding;
    in.mark(3);
    int a = in.read();
    int b = in.read();
    int c = in.read();
    in.reset();
    if (a == 0xEF && b == 0xBB && c == 0xBF && charset.equals(StandardCharsets.UTF_8)) {
      in.skip(3);
    } else if (encoding == null && a == 0xFF && b == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      in.skip(2);
    } else if (encoding == null && a == 0xFE && b == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      in.skip(2);
    }
    return new InputStreamReader(
        in,
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(UNDECODABLE));
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !done) {
      pending = advance();
    }
    return pending != null;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input result = pending;
    pending = null;
    return result;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private Input advance() {
    Row row;
    try {
      row = records.next();
    } catch (IOException | UncheckedIOException e) {
      done = true;
      return Input.failed(file.id(), new InputException(Reason.UNREADABLE, InputWalker.describe(
          e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)));
    }
    if (row == null) {
      done = true;
      return any ? null : Input.failed(file.id(), new InputException(Reason.BAD_ROW, "no articles in it"));
    }
    any = true;
    if (row.last()) {
      done = true;
    }
    if (row.problem() != null) {
      return bad(row.line(), row.problem());
    }
    try {
      return Input.row(file, article(row));
    } catch (BadRow e) {
      return bad(row.line(), e.getMessage());
    }
  }

  private Input bad(long line, String cause) {
    return Input.failed(file.id(), new InputException(Reason.BAD_ROW, line > 0 ? "line " + line + ": " + cause : cause));
  }

  /** Why a row is no article. */
  private static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message, null, false, false);
    }
  }

  private SourceText article(Row row) throws BadRow {
    Map<String, Object> f = row.fields();
    String text = string(f, names.text());
    if (text == null) {
      throw new BadRow("no field '" + names.text() + "'; name the text's field with --text-field");
    }
    if (text.isBlank()) {
      throw new BadRow("no text");
    }
    String id = string(f, names.id());
    if (id == null || id.isBlank()) {
      id = file.id() + ":" + row.line();
    }
    String written = string(f, names.date());
    String date = written == null ? "" : Dates.iso(written);
    if (date == null) {
      throw new BadRow("'" + written + "' is not a date (2022-03-15, 2022-03-15T10:18:37Z, 15-03-2022 or 15/03/2022)");
    }
    String title = string(f, names.title());
    title = title == null ? "" : oneLine(title);
    String source = "";
    for (String name : names.source()) {
      String s = string(f, name);
      if (s != null && !s.isBlank()) {
        source = oneLine(s);
        break;
      }
    }
    String article = title.isEmpty() ? text : title + "\n\n" + text;
    if (article.length() > maxChars) {
      throw new BadRow("article of " + article.length() + " characters, longer than --max-bytes; not read");
    }
    return new SourceText(id, article, date, 0, source);
  }

  /** The field as text: a string as it is, a number as written; null when absent or JSON null. */
  private static String string(Map<String, Object> fields, String name) throws BadRow {
    Object v = fields.get(name);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    if (v instanceof Long || v instanceof Double) {
      return v.toString();
    }
    throw new BadRow("field '" + name + "' is not a string");
  }

  /** A title or outlet is one line: line and paragraph breaks become spaces. */
  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085\\u000B\\u000C]+", " ").strip();
  }

  // The formats.

  private Records csv(Reader in) {
    CSVParser parser;
    try {
      parser = CSVFormat.RFC4180.builder().get().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<CSVRecord> it = parser.iterator();
    Map<String, Integer> header = new HashMap<>();
    return () -> {
      long line = parser.getCurrentLineNumber() + 1;
      try {
        if (!it.hasNext()) {
          return null;
        }
        CSVRecord record = it.next();
        if (header.isEmpty()) {
          for (int i = record.size() - 1; i >= 0; i--) {
            header.put(record.get(i).strip(), i); // the first of two equal names wins
          }
          String missing = missing(header);
          if (missing != null) {
            return new Row(1, Map.of(), missing, true);
          }
          if (!it.hasNext()) {
            return null;
          }
          line = parser.getCurrentLineNumber() + 1;
          record = it.next();
        }
        for (String value : record) {
          if (value.contains(UNDECODABLE)) {
            return new Row(line, Map.of(), undecodable, false);
          }
        }
        Map<String, Object> fields = new HashMap<>();
        for (Map.Entry<String, Integer> h : header.entrySet()) {
          fields.put(h.getKey(), h.getValue() < record.size() ? record.get(h.getValue()) : null);
        }
        return new Row(line, fields, null, false);
      } catch (UncheckedIOException e) {
        String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : "broken CSV";
        return new Row(line, Map.of(), "broken CSV quoting (" + cause.replaceFirst("^\\(?(start)?line \\d+\\)?\\s*", "") + "); the rest of the file is not read", true);
      }
    };
  }

  /** The row of a line that is not read as a record (too long, or undecodable), else null. */
  private Row unreadable(LineReader lines, String line) {
    if (lines.tooLong()) {
      return new Row(lines.line(), Map.of(), "row longer than --max-bytes; not read", false);
    }
    if (line.contains(UNDECODABLE)) {
      return new Row(lines.line(), Map.of(), undecodable, false);
    }
    return null;
  }

  private Records tsv(LineReader lines) {
    List<String> header = new ArrayList<>();
    return () -> {
      while (true) {
        String l = lines.next();
        if (l == null) {
          return null;
        }
        Row unreadable = unreadable(lines, l);
        if (unreadable != null) {
          return unreadable;
        }
        if (header.isEmpty()) {
          for (String name : l.split("\t", -1)) {
            header.add(name.strip());
          }
          Map<String, Integer> index = new HashMap<>();
          for (int i = header.size() - 1; i >= 0; i--) {
            index.put(header.get(i), i);
          }
          String missing = missing(index);
          if (missing != null) {
            return new Row(1, Map.of(), missing, true);
          }
          continue;
        }
        if (l.isEmpty()) {
          continue;
        }
        String[] cells = l.split("\t", -1);
        if (cells.length > header.size()) {
          return new Row(lines.line(), Map.of(), cells.length + " fields, the header has " + header.size(), false);
        }
        Map<String, Object> fields = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
          fields.put(header.get(i), i < cells.length ? unescape(cells[i]) : null);
        }
        return new Row(lines.line(), fields, null, false);
      }
    };
  }

  private Records jsonl(LineReader lines) {
    return () -> {
      while (true) {
        String l = lines.next();
        if (l == null) {
          return null;
        }
        Row unreadable = unreadable(lines, l);
        if (unreadable != null) {
          return unreadable;
        }
        if (l.isBlank()) {
          continue;
        }
        try {
          return new Row(lines.line(), Json.object(l), null, false);
        } catch (Json.SyntaxException e) {
          String where = e.line() > 0 ? "column " + e.column() + ": " : "";
          return new Row(lines.line(), Map.of(), "not JSON: " + where + e.reason(), false);
        }
      }
    };
  }

  /** The problem of a header without the text's column, or null. */
  private String missing(Map<String, Integer> header) {
    if (header.containsKey(names.text())) {
      return null;
    }
    List<String> has = new ArrayList<>(header.keySet());
    has.sort(null);
    return "no column '" + names.text() + "' for the text (the header has " + String.join(", ", has)
        + "); name it with --text-field";
  }

  /**
   * A TSV cell with the escapes of the IANA TSV convention and of nlnews's own TSV undone: {@code \t},
   * {@code \n}, {@code \r}, {@code \\}, {@code \v}, {@code \f} and {@code \}{@code uXXXX}.
   */
  static String unescape(String cell) {
    if (cell.indexOf('\\') < 0) {
      return cell;
    }
    StringBuilder sb = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != '\\' || i + 1 == cell.length()) {
        sb.append(c);
        continue;
      }
      char e = cell.charAt(++i);
      switch (e) {
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case '\\' -> sb.append('\\');
        case 'v' -> sb.append('\u000B');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          if (i + 4 < cell.length() && cell.substring(i + 1, i + 5).matches("[0-9A-Fa-f]{4}")) {
            sb.append((char) Integer.parseInt(cell.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            sb.append('\\').append(e);
          }
        }
        default -> sb.append('\\').append(e);
      }
    }
    return sb.toString();
  }
}
