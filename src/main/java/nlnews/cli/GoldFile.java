package nlnews.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nlnews.input.ArticleDecoder;
import nlnews.input.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of texts with gold tone labels (-1, 0, 1), read strictly: UTF-8 (a byte-order mark
 * is stripped), a header row, and every row checked, so a broken file fails with its line number
 * instead of skewing the figures.
 */
final class GoldFile {

  /** One labelled text; {@code line} is the row's line in the file, for messages. */
  record Row(String text, int gold, long line) {}

  private GoldFile() {}

  /**
   * Reads {@code path} ("-" for {@code stdin}): the text from the first of {@code textColumns}
   * present in the header, the label from {@code gold}.
   */
  static List<Row> read(String path, InputStream stdin, List<String> textColumns) throws InputException {
    return parse(bytes(path, stdin), textColumns);
  }

  /** The bytes of {@code path} ("-" for {@code stdin}). */
  static byte[] bytes(String path, InputStream stdin) throws InputException {
    try {
      if (!path.equals("-")) {
        return Files.readAllBytes(Path.of(path));
      }
      // Not stdin.readAllBytes(): on Java 17 a FileInputStream asks its file for size and
      // position first, which fails on a pipe ("Illegal seek"): `split | eval -` did.
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = stdin.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (NoSuchFileException e) {
      throw new InputException(InputException.Reason.UNREADABLE, "no such file or directory");
    } catch (IOException e) {
      throw new InputException(InputException.Reason.UNREADABLE, String.valueOf(e.getMessage()));
    }
  }

  /** Parses the CSV {@code bytes}, as {@link #read} does. */
  static List<Row> parse(byte[] bytes, List<String> textColumns) throws InputException {
    String text = ArticleDecoder.decode(bytes, null);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      String column = textColumns.stream().filter(parser.getHeaderMap()::containsKey).findFirst().orElse(null);
      if (column == null || !parser.getHeaderMap().containsKey("gold")) {
        throw new InputException(
            InputException.Reason.UNREADABLE,
            "the header must name the columns " + String.join(" (or ", textColumns) + (textColumns.size() > 1 ? ")" : "")
                + " and gold; found " + parser.getHeaderNames());
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!record.isSet(column) || !record.isSet("gold")) {
          throw new InputException(InputException.Reason.UNREADABLE, "line " + line + ": too few fields");
        }
        rows.add(new Row(record.get(column), label(record.get("gold").trim(), line), line));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InputException(InputException.Reason.UNREADABLE, "not valid CSV: " + e.getMessage());
    }
    return rows;
  }

  private static int label(String value, long line) throws InputException {
    return switch (value) {
      case "-1" -> -1;
      case "0" -> 0;
      case "1", "+1" -> 1;
      default -> throw new InputException(
          InputException.Reason.UNREADABLE, "line " + line + ": gold must be -1, 0 or 1, not '" + value + "'");
    };
  }
}
