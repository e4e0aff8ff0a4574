package nlnews.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Locale;
import nlnews.input.InputException.Reason;
import nlnews.model.SourceText;

/**
 * Reads one input into a {@link SourceText}: bytes (at most {@code maxBytes}), strict decoding,
 * then the metadata header. Thread-safe.
 */
public final class SourceReader {

  private final Charset encoding;
  private final long maxBytes;
  private final InputStreamSupplier stdin;

  /** Where standard input comes from; tests pass their own. */
  @FunctionalInterface
  public interface InputStreamSupplier {
    InputStream open();
  }

  /** {@code encoding} null means automatic UTF-8 (see {@link ArticleDecoder}). */
  public SourceReader(Charset encoding, long maxBytes, InputStreamSupplier stdin) {
    this.encoding = encoding;
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  public SourceText read(Input input) throws InputException {
    if (input.problem() != null) {
      throw input.problem();
    }
    if (input.row() != null) {
      return input.row();
    }
    byte[] bytes = input.origin() == Input.Origin.STDIN ? readStdin() : readFile(input);
    return MetadataHeader.read(input.id(), ArticleDecoder.decode(bytes, encoding)).withSource(input.source());
  }

  private byte[] readFile(Input input) throws InputException {
    if (!Files.isRegularFile(input.path()) && !Files.isDirectory(input.path())) {
      // A named pipe or a device named on the command line: read as a stream, as standard input is.
      try (InputStream in = Files.newInputStream(input.path())) {
        return readAll(in);
      } catch (IOException e) {
        throw new InputException(Reason.UNREADABLE, InputWalker.describe(e));
      }
    }
    try (SeekableByteChannel channel = Files.newByteChannel(input.path())) {
      long size = channel.size();
      if (size > maxBytes) {
        throw new InputException(
            Reason.TOO_LARGE,
            "file is " + human(size) + ", larger than --max-bytes " + human(maxBytes) + "; not read");
      }
      return readAll(java.nio.channels.Channels.newInputStream(channel));
    } catch (IOException e) {
      if (Files.isDirectory(input.path())) {
        throw new InputException(Reason.UNREADABLE, "is a directory");
      }
      throw new InputException(Reason.UNREADABLE, InputWalker.describe(e));
    }
  }

  private byte[] readStdin() throws InputException {
    try {
      return readAll(stdin.open());
    } catch (IOException e) {
      throw new InputException(Reason.UNREADABLE, InputWalker.describe(e));
    }
  }

  /** Reads a stream up to {@code maxBytes}, failing as soon as it grows past the limit. */
  private byte[] readAll(InputStream in) throws IOException, InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[65536];
    long total = 0;
    int n;
    while ((n = in.read(chunk)) != -1) {
      total += n;
      if (total > maxBytes) {
        throw new InputException(
            Reason.TOO_LARGE, "input is larger than --max-bytes " + human(maxBytes) + "; not read");
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  static String human(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
    if (bytes >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
