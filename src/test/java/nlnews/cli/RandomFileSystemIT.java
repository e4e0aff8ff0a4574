package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random file-system shapes through bin/nlnews (issue 17): deep trees, odd names (spaces,
 * newlines, escapes, bidi controls, formula prefixes, NFD, bytes that are not UTF-8), every kind
 * of file content, and links inside and out of the tree, to themselves, in cycles and back up,
 * hard links and named pipes. Whatever the shape: nothing raw reaches stderr, CSV and JSON Lines
 * parse, every file is in the output or named on stderr, ids are unique, and -j1 and -j3 give the
 * same bytes.
 */
class RandomFileSystemIT {

  private static final String[] NAMES = {
    "artikel", "een spatie", "-min", "=formule", "+plus", "@apenstaart", "regel\neinde", "esc\u001b[2J", "bel\u0007",
    "rlo\u202etxt.exe", "cafe\u0301", "café", "tab\tnaam", "c1\u0085", "zwj\u200dnaam", "x".repeat(120), "’s-Hertogenbosch"
  };
  private static final String[] TEXTS = {
    "De werkloosheid daalde verder, meldde het CBS.\n",
    "\"We zijn blij\", zei Mark Rutte in Den Haag.\n\nHet kabinet viel niet.\n",
    "",
    "date 2023-04\n",
    "Jürgen Mu\u0308ller bezocht Oekraïne.\n",
  };

  @TempDir Path dir;

  /** A random tree under root/, with a sibling elders/ for links out; returns the ids the walk must account for. */
  private List<String> build(Random random, Path root, StringBuilder script) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("elders"));
    Files.writeString(outside.resolve("geheim.txt"), TEXTS[0]);
    List<Path> dirs = new ArrayList<>(List.of(root));
    List<Path> files = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Path parent = dirs.get(random.nextInt(dirs.size()));
      String name = NAMES[random.nextInt(NAMES.length)] + i;
      int kind = random.nextInt(20);
      if (kind < 3 && parent.getNameCount() - root.getNameCount() < 8) {
        dirs.add(Files.createDirectories(parent.resolve(name + (random.nextInt(8) == 0 ? ".txt" : ""))));
        continue;
      }
      boolean hidden = random.nextInt(15) == 0;
      Path path = parent.resolve((hidden ? "." : "") + name + (random.nextInt(10) == 0 ? ".md" : ".txt"));
      boolean counted = !hidden && path.getFileName().toString().endsWith(".txt");
      switch (kind) {
        case 3, 4, 5, 6, 7, 8 -> {
          Files.writeString(path, TEXTS[random.nextInt(TEXTS.length)]);
          files.add(path);
        }
        case 9 -> Files.write(path, new byte[] {'x', 0, 'y'});
        case 10 -> Files.write(path, new byte[] {'c', 'a', 'f', (byte) 0xE9});
        case 11 -> Files.write(path, "\uFEFFDe Raad van State oordeelde.".getBytes(StandardCharsets.UTF_16LE));
        case 12 -> Files.createSymbolicLink(path, random.nextBoolean() && !files.isEmpty() ? files.get(random.nextInt(files.size())) : outside.resolve("geheim.txt"));
        case 13 -> Files.createSymbolicLink(path.resolveSibling(name), dirs.get(random.nextInt(dirs.size()))); // back up or across
        case 14 -> Files.createSymbolicLink(path.resolveSibling(name), random.nextBoolean() ? outside : Path.of("/"));
        case 15 -> Files.createSymbolicLink(path, path.getFileName()); // to itself
        case 16 -> {
          Files.createSymbolicLink(path, Path.of(name + "b.txt"));
          Files.createSymbolicLink(path.resolveSibling(name + "b.txt"), path.getFileName()); // a cycle of two
          expected.add(id(root, path.resolveSibling(name + "b.txt")));
        }
        case 17 -> script.append("mkfifo ").append(q(path)).append('\n');
        case 18 -> {
          if (!files.isEmpty()) {
            Files.createLink(path, files.get(random.nextInt(files.size())));
          } else {
            Files.writeString(path, TEXTS[0]);
          }
        }
        default -> {
          // a name that is not UTF-8: made by the shell, named here as the walk shows it
          String parentShell = q(parent);
          script.append("printf 'Het kabinet viel.' > ").append(parentShell).append("/$'n\\xe9\\xff").append(i).append(".txt'\n");
          if (!hidden) {
            expected.add(id(root, parent.resolve("n\\xE9\\xFF" + i + ".txt")));
          }
          continue;
        }
      }
      if (counted && kind != 13 && kind != 14) {
        expected.add(id(root, path));
      }
    }
    return expected;
  }

  private static String id(Path root, Path path) {
    return root.relativize(path).toString();
  }

  private static String q(Path p) {
    return "'" + p.toString().replace("'", "'\\''") + "'";
  }

  private CliProcess.Result run(Path root, String... args) throws Exception {
    StringBuilder line = new StringBuilder("cd " + q(root) + " && " + q(CliProcess.BIN));
    for (String a : args) {
      line.append(' ').append(a);
    }
    return CliProcess.shell(line + " .");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {17, 1717, 20240517})
  void issue17AnyTreeIsWalkedSafelyCompletelyAndTheSameAtAnyThreadCount(long seed) throws Exception {
    Path root = Files.createDirectories(dir.resolve("archief"));
    StringBuilder script = new StringBuilder("set -e\n");
    List<String> expected = build(new Random(seed), root, script);
    assertTrue(expected.size() > 20, expected.toString());
    CliProcess.Result made = CliProcess.shell(script.toString());
    assertEquals(0, made.exit(), made.stderr());

    CliProcess.Result one = run(root, "analyze", "--quiet", "--format", "jsonl", "-j", "1");
    CliProcess.Result three = run(root, "analyze", "--quiet", "--format", "jsonl", "-j", "3");
    assertTrue(one.exit() == 0 || one.exit() == 1, one.stderr());
    assertEquals(one, three, "-j1 and -j3");
    RunChecks.terminalSafe("stderr", one.stderr());
    List<Map<String, Object>> rows = RunChecks.jsonLines(one.stdout());
    Set<String> ids = RunChecks.articleIds(rows);
    RunChecks.accountedFor(expected, ids, one.stderr());
    assertTrue(one.stderr().lines().count() > 5, "the tree has links, pipes and bad files to report: " + one.stderr());

    CliProcess.Result quotes = run(root, "quotes", "--quiet", "--format", "csv", "-j", "3");
    RunChecks.terminalSafe("stderr", quotes.stderr());
    for (CSVRecord r : RunChecks.csv(quotes.stdout())) {
      assertTrue(ids.contains(r.get(0)), r.get(0));
    }
    CliProcess.Result text = run(root, "sentiment", "-j", "2");
    RunChecks.terminalSafe("the text report", text.stdout());
    RunChecks.terminalSafe("stderr", text.stderr());
  }
}
