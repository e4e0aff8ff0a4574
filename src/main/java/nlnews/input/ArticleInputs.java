package nlnews.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;
import nlnews.input.InputException.Reason;

/**
 * The articles of a run: each input the walk gives, with every article table among them (CSV,
 * TSV, JSON Lines, by {@link InputFormat}) taken apart into its rows as they are asked for. Only
 * one table is open at a time, and only the rows in flight are in memory.
 */
public final class ArticleInputs implements Iterator<Input>, Closeable {

  private final Iterator<Input> files;
  private final InputFormat format;
  private final RowFields fields;
  private final Charset encoding;
  private final long maxBytes;
  private final SourceReader.InputStreamSupplier stdin;
  private ArticleRows rows;
  private Input pending;

  /**
   * @param format the format of every input, or {@code AUTO} to choose by name (standard input is
   *     text then)
   * @param maxBytes the longest article of a table, in characters; a table itself may be longer
   */
  public ArticleInputs(
      Iterator<Input> files, InputFormat format, RowFields fields, Charset encoding, long maxBytes,
      SourceReader.InputStreamSupplier stdin) {
    this.files = files;
    this.format = format;
    this.fields = fields;
    this.encoding = encoding;
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  @Override
  public boolean hasNext() {
    if (pending == null) {
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

  private Input advance() {
    while (true) {
      if (rows != null) {
        if (rows.hasNext()) {
          return rows.next();
        }
        closeRows();
      }
      if (!files.hasNext()) {
        return null;
      }
      Input file = files.next();
      InputFormat f = file.origin() == Input.Origin.STDIN && format == InputFormat.AUTO ? InputFormat.TEXT : format.of(file.id());
      if (file.problem() != null || f == InputFormat.TEXT) {
        return file;
      }
      try {
        InputStream in = file.origin() == Input.Origin.STDIN ? stdin.open() : Files.newInputStream(file.path());
        rows = ArticleRows.open(file, f, fields, encoding, maxBytes, in);
      } catch (IOException e) {
        return Input.failed(file.id(), new InputException(Reason.UNREADABLE,
            Files.isDirectory(file.path()) ? "is a directory" : InputWalker.describe(e)));
      }
    }
  }

  private void closeRows() {
    try {
      rows.close();
    } catch (IOException e) {
      // read to its end already: nothing is lost
    }
    rows = null;
  }

  @Override
  public void close() {
    if (rows != null) {
      closeRows();
    }
  }
}
