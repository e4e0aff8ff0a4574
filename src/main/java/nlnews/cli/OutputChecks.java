package nlnews.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import nlnews.output.OutputTarget;

/**
 * What is wrong with where {@code --output} or {@code --output-dir} would write, found before any
 * article is read, so that a long run does not end in "cannot write": a directory where a file
 * is meant, a directory that does not exist, a file that is one of the inputs (the run would
 * replace what it reads).
 */
final class OutputChecks {

  private OutputChecks() {}

  /** True for the paths of this process's standard output, which --output then means. */
  static boolean isStandardOutput(Path path) {
    String p = path.toAbsolutePath().normalize().toString();
    return p.equals("/dev/stdout") || p.equals("/dev/fd/1") || p.equals("/proc/self/fd/1");
  }

  /** The problem with writing the file {@code output} (named {@code option}), or null. */
  static String problem(String option, Path output, List<String> inputs, PathMatcher glob) {
    if (Files.isDirectory(output)) {
      return option + " " + output + ": is a directory";
    }
    if (OutputTarget.isDirect(output)) {
      return null;
    }
    Path parent = output.toAbsolutePath().getParent();
    try {
      Path target = Files.isSymbolicLink(output) ? output.toRealPath() : output;
      parent = target.toAbsolutePath().getParent();
    } catch (IOException danglingLink) {
      // a link to a file yet to be made: it is made beside where the link points, checked below
    }
    if (parent != null && !Files.isDirectory(parent)) {
      return option + " " + output + ": no such directory " + parent;
    }
    if (isInput(output, inputs, glob)) {
      return option + " " + output + ": is one of the inputs; write the results elsewhere";
    }
    return null;
  }

  /** The problem with writing tables into {@code directory}, or null. */
  static String directoryProblem(Path directory, List<String> tableFiles, List<String> inputs, PathMatcher glob) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      return "--output-dir " + directory + ": not a directory";
    }
    if (!Files.isDirectory(directory)) {
      return null; // made when the run starts
    }
    for (String name : tableFiles) {
      String p = problem("--output-dir", directory.resolve(name), inputs, glob);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * True when the file {@code output} exists and the run would read it: it is named, or a
   * directory named holds it, below no hidden directory, under a name the glob matches.
   */
  private static boolean isInput(Path output, List<String> inputs, PathMatcher glob) {
    if (!Files.isRegularFile(output)) {
      return false;
    }
    try {
      Path real = output.toRealPath();
      for (String input : inputs) {
        if (input.equals("-")) {
          continue;
        }
        Path p;
        try {
          p = Path.of(input);
        } catch (InvalidPathException e) {
          continue;
        }
        if (Files.isRegularFile(p) && Files.isSameFile(p, real)) {
          return true;
        }
        if (Files.isDirectory(p)) {
          Path root = p.toRealPath();
          if (real.startsWith(root) && glob.matches(real.getFileName()) && !hidden(root.relativize(real))) {
            return true;
          }
        }
      }
    } catch (IOException e) {
      return false; // what cannot be resolved cannot be compared; the run reports it if it matters
    }
    return false;
  }

  private static boolean hidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
