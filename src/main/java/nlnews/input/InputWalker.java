package nlnews.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import nlnews.input.InputException.Reason;

/**
 * Expands command-line paths into inputs, lazily and in a stable order: each argument in turn;
 * a directory is walked depth-first with its entries sorted by name, keeping only files whose
 * name matches the glob; hidden entries (names starting with a dot) are skipped. Only one
 * directory listing is held at a time per level of depth.
 *
 * <p>Every real file and directory is taken once, by device and inode, however many links or
 * arguments lead to it. Symbolic links met while walking are followed to what lies inside the
 * directories named on the command line; a link out of them is skipped with a note, unless
 * {@code followOutside}: a link in an archive is not a licence to read the rest of the machine. A
 * link back to a directory being walked is a loop, reported. A named pipe or other special file
 * met while walking is skipped with a note; one named on the command line is read like standard
 * input. A directory named on the command line in which no file matches the glob is reported.
 *
 * <p>Ids: with a single directory as the only argument, the path below it (as always); with more
 * arguments, the path as given, so that two folders holding the same names give different ids.
 * A name whose bytes are not UTF-8 is shown with each bad byte as {@code \xNN}.
 */
public final class InputWalker implements Iterator<Input> {

  /** How many links a chain may have before it counts as a cycle; Linux gives up at 40. */
  private static final int MAX_LINK_HOPS = 40;

  private final Iterator<String> arguments;
  private final String globText;
  private final PathMatcher glob;
  private final boolean followOutside;
  private final boolean relativeIds;
  private final List<Path> roots = new ArrayList<>();
  private final FileSet taken = new FileSet();
  private final Deque<Level> stack = new ArrayDeque<>();
  private Input pending;

  /** A directory named on the command line: how ids below it start, and how many inputs it gave. */
  private static final class Root {
    final String id;
    final String prefix;
    int inputs;

    Root(String id, String prefix) {
      this.id = id;
      this.prefix = prefix;
    }
  }

  /** One directory being walked: its sorted entries and where the walk stands in them. */
  private static final class Level {
    final Root root;
    final int depth;
    final String id;
    final FileFacts facts;
    final List<Path> entries;
    /** The first directory under the root that this one is in, or "" for the root itself. */
    final String source;
    int next;

    Level(Root root, int depth, String id, FileFacts facts, List<Path> entries, String source) {
      this.root = root;
      this.depth = depth;
      this.id = id;
      this.facts = facts;
      this.entries = entries;
      this.source = source;
    }
  }

  public InputWalker(List<String> arguments, String glob) {
    this(arguments, glob, false);
  }

  /** {@code followOutside}: follow symbolic links out of the directories named, too. */
  public InputWalker(List<String> arguments, String glob, boolean followOutside) {
    List<String> copy = List.copyOf(arguments);
    this.arguments = copy.iterator();
    this.globText = glob;
    this.glob = Path.of(".").getFileSystem().getPathMatcher("glob:" + glob);
    this.followOutside = followOutside;
    this.relativeIds = copy.size() == 1;
    for (String a : copy) {
      try {
        Path p = Path.of(a);
        if (!a.equals("-") && Files.isDirectory(p)) {
          roots.add(p.toRealPath());
        }
      } catch (IOException | InvalidPathException e) {
        // not a directory that can be walked: start() reports it in its turn
      }
    }
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
        if (level.depth == 0 && level.root.inputs == 0) {
          return Input.failed(level.root.id, new InputException(Reason.NO_MATCH, "no files match " + globText));
        }
        continue;
      }
      Path entry = level.entries.get(level.next++);
      Input found = visit(level, entry);
      if (found != null) {
        level.root.inputs++;
        return found;
      }
    }
  }

  /** The input of one command-line argument, or null when it is a directory now on the stack. */
  private Input start(String argument) {
    if (argument.equals("-")) {
      return Input.stdin();
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return Input.failed(argument, new InputException(Reason.NOT_FOUND, "no such file or directory"));
    }
    String id = argument;
    FileFacts facts;
    try {
      facts = FileFacts.of(path, false);
    } catch (NoSuchFileException e) {
      Path found = FileNames.find(argument);
      if (found == null) {
        return Input.failed(argument, new InputException(Reason.NOT_FOUND, "no such file or directory"));
      }
      path = found;
      id = (found.isAbsolute() ? "/" : "") + FileNames.shown(found, found.getNameCount());
      try {
        facts = FileFacts.of(path, false);
      } catch (IOException again) {
        return Input.failed(id, new InputException(Reason.UNREADABLE, describe(again)));
      }
    } catch (IOException e) {
      return Input.failed(argument, new InputException(Reason.UNREADABLE, describe(e)));
    }
    if (facts.kind() == FileFacts.Kind.LINK) {
      try {
        facts = FileFacts.of(path, true);
      } catch (IOException e) {
        return Input.failed(id, new InputException(Reason.NOT_FOUND, brokenLink(path, e)));
      }
    }
    switch (facts.kind()) {
      case DIRECTORY -> {
        String prefix = relativeIds ? "" : id.endsWith("/") ? id : id + "/";
        return descend(new Root(id, prefix), 0, path, id, facts, "");
      }
      case REGULAR -> {
        if (!taken.add(facts)) {
          return Input.failed(id, new InputException(Reason.DUPLICATE, "the same file as an input before it, skipped"));
        }
        return new Input(id, path, Input.Origin.NAMED, null);
      }
      case FIFO, DEVICE -> {
        // Read as a stream, as cat does: "nlnews <(...)", a named pipe fed by another program.
        return new Input(id, path, Input.Origin.NAMED, null);
      }
      default -> {
        return Input.failed(id, new InputException(Reason.UNREADABLE, facts.kind().described() + ", not a file to read"));
      }
    }
  }

  /** The input an entry of a directory gives, or null for none (not matched, or a directory pushed). */
  private Input visit(Level level, Path entry) {
    String id = level.root.prefix + FileNames.shown(entry, level.depth + 1);
    boolean matches = glob.matches(entry.getFileName());
    FileFacts facts;
    try {
      facts = FileFacts.of(entry, false);
    } catch (NoSuchFileException e) {
      return matches ? Input.failed(id, new InputException(Reason.NOT_FOUND, "removed while its directory was being walked")) : null;
    } catch (IOException e) {
      return matches ? Input.failed(id, new InputException(Reason.UNREADABLE, describe(e))) : null;
    }
    boolean link = facts.kind() == FileFacts.Kind.LINK;
    if (link) {
      try {
        facts = FileFacts.of(entry, true);
      } catch (IOException e) {
        // Where a broken link would have led is unknown: it counts when its name matches.
        return matches ? Input.failed(id, new InputException(Reason.NOT_FOUND, brokenLink(entry, e))) : null;
      }
    }
    if (facts.kind() != FileFacts.Kind.DIRECTORY && !matches) {
      return null;
    }
    if (link && !followOutside) {
      Path real;
      try {
        real = entry.toRealPath();
      } catch (IOException e) {
        return Input.failed(id, new InputException(Reason.NOT_FOUND, brokenLink(entry, e)));
      }
      if (!inside(real)) {
        return Input.failed(
            id,
            new InputException(
                Reason.OUTSIDE,
                "symbolic link to " + facts.kind().described() + " outside the directories named (" + real
                    + "), skipped; --follow-outside-links follows it"));
      }
    }
    // Archives are often kept a folder per outlet: the first folder under the root names it.
    String source = level.depth == 0 ? facts.kind() == FileFacts.Kind.DIRECTORY ? FileNames.shown(entry, 1) : "" : level.source;
    return switch (facts.kind()) {
      case DIRECTORY -> descend(level.root, level.depth + 1, entry, id, facts, source);
      case REGULAR ->
          taken.add(facts)
              ? new Input(id, entry, Input.Origin.WALKED, null, source, null)
              : Input.failed(id, new InputException(Reason.DUPLICATE, "the same file as an input before it, skipped"));
      default ->
          Input.failed(
              id, new InputException(Reason.NOT_REGULAR, facts.kind().described() + ", skipped; name it on the command line to read it"));
    };
  }

  private boolean inside(Path real) {
    for (Path root : roots) {
      if (real.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  /** Pushes a directory on the stack, or returns the problem that keeps it out. */
  private Input descend(Root root, int depth, Path directory, String id, FileFacts facts, String source) {
    for (Level level : stack) {
      if (level.facts.device() == facts.device() && level.facts.inode() == facts.inode()) {
        return Input.failed(
            id, new InputException(Reason.LOOP, "symbolic link loop to " + (level.id.isEmpty() ? "." : level.id) + ", skipped"));
      }
    }
    if (!taken.add(facts)) {
      return Input.failed(id, new InputException(Reason.DUPLICATE, "the same directory as one walked before, skipped"));
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
    // By name; names that are not UTF-8 by their bytes as shown, so that the order stays fixed.
    entries.sort(Comparator.comparing(e -> FileNames.shown(e, 1)));
    stack.push(new Level(root, depth, depth == 0 ? "" : id, facts, entries, source));
    return null;
  }

  /**
   * Why a symbolic link leads nowhere: to itself, round a cycle of links, to a path that does
   * not exist, or to one that cannot be reached ({@code e}, what following it said).
   */
  static String brokenLink(Path link, IOException e) {
    Set<Path> seen = new HashSet<>();
    Path current = link.toAbsolutePath().normalize();
    seen.add(current);
    for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
      Path target;
      try {
        target = Files.readSymbolicLink(current);
      } catch (IOException | UnsupportedOperationException notALink) {
        break;
      }
      Path parent = current.getParent();
      Path next = (parent == null ? target : parent.resolve(target)).normalize();
      if (hop == 0 && next.equals(current)) {
        return "symbolic link to itself";
      }
      if (!seen.add(next)) {
        return "symbolic link cycle (" + link.getFileName() + " leads back to itself through other links)";
      }
      if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
        return "broken symbolic link (" + target + " does not exist)";
      }
      if (!Files.isSymbolicLink(next)) {
        return "symbolic link to " + next + ": " + describe(e);
      }
      current = next;
    }
    return "symbolic link cycle (more than " + MAX_LINK_HOPS + " links in a row)";
  }

  /** An I/O error in the user's words: no Java class names. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    String message = e.getMessage();
    return message == null ? "input/output error" : message;
  }
}
