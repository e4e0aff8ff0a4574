package nlnews.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import nlnews.input.InputException.Reason;

/**
 * Expands command-line paths into inputs, lazily and in a stable order: each argument in turn;
 * a directory is walked depth-first with its entries sorted by name, keeping only files whose
 * name matches the glob; hidden entries (names starting with a dot) are skipped; symbolic links
 * are followed, but a link back to a directory being walked is reported as a loop. Only one
 * directory listing is held at a time per level of depth.
 */
public final class InputWalker implements Iterator<Input> {

  private final Iterator<String> arguments;
  private final PathMatcher glob;
  private final Deque<Level> stack = new ArrayDeque<>();
  private Input pending;

  /** One directory being walked: its sorted entries and where the walk stands in them. */
  private static final class Level {
    final Path root;
    final Path directory;
    final Path realPath;
    final List<Path> entries;
    int next;

    Level(Path root, Path directory, Path realPath, List<Path> entries) {
      this.root = root;
      this.directory = directory;
      this.realPath = realPath;
      this.entries = entries;
    }
  }

  public InputWalker(List<String> arguments, String glob) {
    this.arguments = List.copyOf(arguments).iterator();
    this.glob = Path.of(".").getFileSystem().getPathMatcher("glob:" + glob);
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
      Level level = stack.peek();
      if (level == null) {
        if (!arguments.hasNext()) {
          return null;
        }
        Input named = start(arguments.next());
        if (named != null) {
          return named;
        }
        continue;
      }
      if (level.next >= level.entries.size()) {
        stack.pop();
        continue;
      }
      Path entry = level.entries.get(level.next++);
      String id = relativeId(level.root, entry);
      if (Files.isDirectory(entry)) {
        Input problem = descend(level.root, entry, id);
        if (problem != null) {
          return problem;
        }
      } else if (glob.matches(entry.getFileName()) && Files.isRegularFile(entry)) {
        return new Input(id, entry, Input.Origin.WALKED, null);
      } else if (glob.matches(entry.getFileName()) && !Files.exists(entry)) {
        return Input.failed(id, new InputException(Reason.NOT_FOUND, "broken symbolic link"));
      }
    }
  }

  private Input start(String argument) {
    if (argument.equals("-")) {
      return Input.stdin();
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      return descend(path, path, argument);
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Input.failed(argument, new InputException(Reason.NOT_FOUND, "no such file or directory"));
    }
    if (!Files.exists(path)) {
      return Input.failed(argument, new InputException(Reason.NOT_FOUND, "broken symbolic link"));
    }
    return new Input(argument, path, Input.Origin.NAMED, null);
  }

  /** Pushes a directory on the stack, or returns the problem that keeps it out. */
  private Input descend(Path root, Path directory, String id) {
    Path real;
    try {
      real = directory.toRealPath();
    } catch (IOException e) {
      return Input.failed(id, new InputException(Reason.UNREADABLE, describe(e)));
    }
    for (Level level : stack) {
      if (level.realPath.equals(real)) {
        return Input.failed(
            id, new InputException(Reason.LOOP, "symbolic link loop to " + level.directory + ", skipped"));
      }
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
      for (Path entry : listing) {
        if (!entry.getFileName().toString().startsWith(".")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      return Input.failed(id, new InputException(Reason.UNREADABLE, describe(e)));
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    stack.push(new Level(root, directory, real, entries));
    return null;
  }

  private static String relativeId(Path root, Path entry) {
    Path relative = root.relativize(entry);
    StringBuilder b = new StringBuilder();
    for (Path part : relative) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(part);
    }
    return b.toString();
  }

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** Visible for tests: the set of real paths currently being walked. */
  Set<Path> walking() {
    Set<Path> paths = new HashSet<>();
    for (Level level : stack) {
      paths.add(level.realPath);
    }
    return paths;
  }
}
