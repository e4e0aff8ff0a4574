package nlnews.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Where results go: standard output; a regular file (new or existing, or the file a symbolic
 * link names), written under a temporary name beside it and renamed into place by
 * {@link #commit()}, so that a failed or interrupted run never leaves half a file; or a device, a
 * named pipe or a process's own stream ({@code /dev/null}, a FIFO, {@code /dev/stderr}), which
 * is written directly, as the shell's {@code >} would, since renaming a file over it would
 * replace it. A file keeps the mode it had; a new one gets the mode the umask gives. Writing goes
 * through a {@link Writer}, which reports errors (a PrintStream would swallow them): a closed
 * standard output as an {@link OutputClosedException}.
 */
public final class OutputTarget implements AutoCloseable {

  /** The paths of a process's own streams; writing them means writing the stream, not replacing a link. */
  private static final Pattern PROCESS_STREAM = Pattern.compile("/dev/(stdin|stdout|stderr|fd/\\d+)|/proc/(self|\\d+)/fd/\\d+");

  /** How far {@link #commitAll} has gone, which decides what Ctrl-C does with the temporary file. */
  private enum State {
    WRITING, RENAMING, DONE
  }

  private final Writer writer;
  private final Path destination;
  private final Path temporary;
  private final OutputStream owned;
  private final Thread cleanup;
  private volatile State state = State.WRITING;

  private OutputTarget(Writer writer, Path destination, Path temporary, OutputStream owned) {
    this.writer = writer;
    this.destination = destination;
    this.temporary = temporary;
    this.owned = owned;
    if (temporary != null) {
      // Ctrl-C or a crash must not leave the temporary file behind; once the files of a run are
      // all written and being renamed, it finishes the renaming instead, so that a directory of
      // tables never holds tables of two runs.
      cleanup = new Thread(this::interrupted, "nlnews-output-cleanup");
    } else {
      // Ctrl-C must not cut a record in half: let the chunk being written finish, then stop.
      RecordWriter records = (RecordWriter) writer;
      cleanup = new Thread(records::shutDown, "nlnews-output-shutdown");
    }
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Standard output as given (tests pass their own stream), written in whole records. */
  public static OutputTarget stream(OutputStream out) {
    return new OutputTarget(new RecordWriter(out), null, null, null);
  }

  /**
   * The target for {@code path}, which must not be a directory: written directly when it is (or
   * a symbolic link leads to) a device, a named pipe or a process's stream, else through a
   * temporary file renamed onto the regular file the path names, its links followed.
   */
  public static OutputTarget file(Path path) throws IOException {
    if (isDirect(path)) {
      OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      return new OutputTarget(new RecordWriter(out), null, null, out);
    }
    Path destination = finalTarget(path.toAbsolutePath());
    Path temporary = createTemporary(destination);
    Writer writer = new OutputStreamWriter(
        new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE), 1 << 16),
        StandardCharsets.UTF_8);
    return new OutputTarget(writer, destination, temporary, null);
  }

  /**
   * True when {@code path} is written directly rather than replaced: a process's own stream, or
   * something that exists, following links, and is neither a regular file nor a directory.
   */
  public static boolean isDirect(Path path) {
    if (PROCESS_STREAM.matcher(path.toAbsolutePath().normalize().toString()).matches()) {
      return true;
    }
    return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
  }

  /**
   * Where a symbolic link chain from {@code path} ends: the file that is replaced, so that the
   * link stays a link. The path itself when it is no link.
   */
  static Path finalTarget(Path path) throws IOException {
    Path current = path;
    Set<Path> seen = new HashSet<>();
    while (Files.isSymbolicLink(current)) {
      if (!seen.add(current)) {
        throw new IOException("symbolic link cycle");
      }
      Path target = Files.readSymbolicLink(current);
      Path parent = current.getParent();
      current = parent == null ? target : parent.resolve(target);
    }
    return current;
  }

  /**
   * A new, empty temporary file beside {@code destination}: with the mode the umask gives, or,
   * when the destination exists, with its mode (and, where the file system lets us, its owner and
   * group). Never readable by more people than the destination, even for a moment.
   */
  private static Path createTemporary(Path destination) throws IOException {
    Path directory = destination.getParent();
    PosixFileAttributes existing = null;
    if (Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)) {
      try {
        existing = Files.readAttributes(destination, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (UnsupportedOperationException notPosix) {
        existing = null;
      }
    }
    for (int attempt = 0; ; attempt++) {
      Path temporary =
          directory.resolve("." + destination.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
      try {
        if (existing == null) {
          Files.newByteChannel(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)).close();
        } else {
          FileAttribute<?> mode = PosixFilePermissions.asFileAttribute(existing.permissions());
          Files.newByteChannel(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), mode).close();
          keepOwnership(temporary, existing);
        }
        return temporary;
      } catch (FileAlreadyExistsException taken) {
        if (attempt > 100) {
          throw taken;
        }
      }
    }
  }

  /** Gives {@code temporary} the owner, group and exact mode of the file it will replace, where allowed. */
  private static void keepOwnership(Path temporary, PosixFileAttributes existing) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    try {
      view.setGroup(existing.group());
      view.setOwner(existing.owner());
    } catch (IOException notAllowed) {
      // Only root may give a file away; the run's own user keeps it.
    }
    // The umask may have taken bits off when the file was created; the mode is the old file's.
    view.setPermissions(existing.permissions());
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
    commitAll(List.of(this));
  }

  /**
   * Commits several targets as one: all are written out first, and only then renamed into place,
   * one after the other; Ctrl-C during the renaming finishes it. A write that fails (a full disk)
   * therefore leaves every destination as it was.
   */
  public static void commitAll(List<OutputTarget> targets) throws IOException {
    for (OutputTarget t : targets) {
      t.writer.flush();
      if (t.temporary != null) {
        t.writer.close();
      }
    }
    for (OutputTarget t : targets) {
      if (t.temporary != null) {
        t.state = State.RENAMING;
      }
    }
    for (OutputTarget t : targets) {
      if (t.temporary != null) {
        t.rename();
      }
      t.state = State.DONE;
      t.removeHook();
    }
  }

  private void rename() throws IOException {
    try {
      Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** What Ctrl-C does: finishes a renaming that has begun, else removes the temporary file. */
  private void interrupted() {
    if (state == State.RENAMING) {
      try {
        rename();
        return;
      } catch (NoSuchFileException renamedAlready) {
        return;
      } catch (IOException e) {
        // cannot finish: fall through and leave no temporary file
      }
    }
    if (state != State.DONE) {
      deleteQuietly(temporary);
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  /** Without a commit, a file target is deleted; a stream is only flushed. */
  @Override
  public void close() throws IOException {
    if (temporary == null) {
      removeHook();
      try {
        writer.flush();
      } finally {
        if (owned != null) {
          owned.close();
        }
      }
      return;
    }
    if (state != State.DONE) {
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
