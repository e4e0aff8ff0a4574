package nlnews.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where results go: standard output, or a file that is written under a temporary name in the
 * same directory and renamed into place by {@link #commit()}, so a failed or interrupted run never
 * leaves half a file. Writing goes through a {@link Writer}, which reports errors (a PrintStream
 * would swallow them): a closed standard output as an {@link OutputClosedException}.
 */
public final class OutputTarget implements AutoCloseable {

  private final Writer writer;
  private final Path destination;
  private final Path temporary;
  private final Thread cleanup;
  private boolean committed;

  private OutputTarget(Writer writer, Path destination, Path temporary) {
    this.writer = writer;
    this.destination = destination;
    this.temporary = temporary;
    if (temporary != null) {
      // Ctrl-C or a crash must not leave the temporary file behind.
      cleanup = new Thread(() -> deleteQuietly(temporary), "nlnews-output-cleanup");
    } else {
      // Ctrl-C must not cut a record in half: let the chunk being written finish, then stop.
      RecordWriter records = (RecordWriter) writer;
      cleanup = new Thread(records::shutDown, "nlnews-output-shutdown");
    }
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Standard output as given (tests pass their own stream), written in whole records. */
  public static OutputTarget stream(OutputStream out) {
    return new OutputTarget(new RecordWriter(out), null, null);
  }

  public static OutputTarget file(Path destination) throws IOException {
    Path absolute = destination.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    return new OutputTarget(writer, absolute, temporary);
  }

  public Writer writer() {
    return writer;
  }

  /**
   * Marks the end of one article's output. On standard output it goes out in whole articles,
   * at once when {@code now} (a terminal watching), else in chunks.
   */
  public void endRecord(boolean now) throws IOException {
    if (writer instanceof RecordWriter records) {
      records.endRecord(now);
    }
  }

  /** Flushes, and for a file moves it into place. */
  public void commit() throws IOException {
    writer.flush();
    if (destination != null) {
      writer.close();
      try {
        Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    }
    removeHook();
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  /** Without a commit, a file target is deleted; standard output is only flushed. */
  @Override
  public void close() throws IOException {
    if (destination == null) {
      removeHook();
      writer.flush();
      return;
    }
    if (!committed) {
      try {
        writer.close();
      } finally {
        deleteQuietly(temporary);
        removeHook();
      }
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // best effort: the run is failing already
    }
  }
}
