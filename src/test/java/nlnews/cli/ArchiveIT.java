package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 18: the release archive, unpacked into a fresh directory as a user would, runs with a
 * Java runtime alone: through a symbolic link on PATH, with JAVA_HOME and no java on PATH, and
 * with what it ships (man pages, completion, NOTICE) true to the tool.
 */
class ArchiveIT {

  private static final String VERSION = System.getProperty("nlnews.version", "0.1.0");
  private static final Path TAR = Path.of("target/nlnews-" + VERSION + ".tar.gz");
  private static final Path ZIP = Path.of("target/nlnews-" + VERSION + ".zip");
  private static final String SEED = "testdata/articles/000_5c69a24cfa2252fd.txt";

  @TempDir static Path tmp;

  /** The unpacked nlnews-VERSION folder. */
  private static Path home;

  /** A PATH with a link to bin/nlnews and the few programs the launcher uses, but no java. */
  private static Path path;

  @BeforeAll
  static void unpack() throws Exception {
    assumeFalse(Boolean.getBoolean("nlnews.dist.skip"), "built with -Dnlnews.dist.skip=true: no archive");
    Path into = Files.createDirectories(tmp.resolve("opt"));
    Result untar = exec(List.of("tar", "-xzf", TAR.toAbsolutePath().toString()), into, Map.of("PATH", System.getenv("PATH")));
    assertEquals(0, untar.exit(), untar.stderr());
    home = into.resolve("nlnews-" + VERSION);
    path = Files.createDirectories(tmp.resolve("path"));
    Files.createSymbolicLink(path.resolve("nlnews"), home.resolve("bin/nlnews"));
    for (String tool : List.of("bash", "readlink", "mkdir", "rm", "flock")) {
      for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
        Path found = Path.of(dir, tool);
        if (Files.isExecutable(found) && !Files.exists(path.resolve(tool))) {
          Files.createSymbolicLink(path.resolve(tool), found);
        }
      }
    }
    assertTrue(Files.exists(path.resolve("bash")), "bash for the launcher");
  }

  @Test
  void holdsTheLaunchersJarsManPagesCompletionAndTerms() throws IOException {
    Result listing = exec(List.of("tar", "-tzf", TAR.toAbsolutePath().toString()), tmp, Map.of("PATH", System.getenv("PATH")));
    TreeSet<String> files = new TreeSet<>(listing.stdout().lines().filter(l -> !l.endsWith("/")).toList());
    List<String> expected = new ArrayList<>();
    for (String f : List.of("bin/nlnews", "bin/nlnews.cmd", "bin/compile-commands.txt", "nlnews.jar", "README.md", "LICENSE",
        "NOTICE", "completion/nlnews.bash", "completion/nlnews.zsh")) {
      expected.add("nlnews-" + VERSION + "/" + f);
    }
    try (Stream<Path> libs = Files.list(Path.of("target/lib"))) {
      libs.forEach(jar -> expected.add("nlnews-" + VERSION + "/lib/" + jar.getFileName()));
    }
    for (CommandLine command : UsageTest.commands(Main.everyCommand(quietConsole()))) {
      expected.add("nlnews-" + VERSION + "/man/man1/" + command.getCommandSpec().qualifiedName("-") + ".1");
    }
    for (String f : expected) {
      assertTrue(files.contains(f), "missing " + f + " in " + files);
    }
    // Nothing else but the notes the README links to.
    for (String f : files) {
      assertTrue(expected.contains(f) || f.startsWith("nlnews-" + VERSION + "/docs/"), "unexpected " + f);
    }
    TreeSet<String> zipped = new TreeSet<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          zipped.add(entry.getName());
        }
        if (entry.getName().endsWith(".cmd")) {
          String cmd = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.US_ASCII);
          assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "the Windows launcher has CRLF line ends");
        }
      }
    }
    assertEquals(files, zipped, "the zip holds what the tar.gz holds");
  }

  @Test
  void runsThroughALinkOnPathWithJavaHomeAndNoJavaOnPath() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.copy(Path.of(SEED), work.resolve("artikel.txt"));
    Map<String, String> env = Map.of("PATH", path.toString(), "JAVA_HOME", System.getProperty("java.home"), "HOME", tmp.toString());

    Result version = exec(List.of("nlnews", "--version"), work, env);
    assertEquals(0, version.exit(), version.stderr());
    assertEquals("nlnews " + VERSION + "\n", version.stdout());

    Result analyze = exec(List.of("nlnews", "analyze", "artikel.txt"), work, env);
    assertEquals(0, analyze.exit(), analyze.stderr());
    assertTrue(analyze.stdout().startsWith("== artikel.txt  2022-03  11 paragraphs"), analyze.stdout());
    assertTrue(analyze.stdout().contains("Volodymyr Zelensky"), analyze.stdout());
    assertEquals("", analyze.stderr());
    // The first run recorded the class-data-sharing archive beside the jar, the install being writable.
    assertTrue(Files.isRegularFile(home.resolve("nlnews.jsa")), "nlnews.jsa");

    Result subVersion = exec(List.of("nlnews", "entities", "--version"), work, env);
    assertEquals("nlnews " + VERSION + "\n", subVersion.stdout());

    Result typo = exec(List.of("nlnews", "analyse", "artikel.txt"), work, env);
    assertEquals(2, typo.exit());
    assertEquals("nlnews: unknown command 'analyse'; did you mean 'analyze'?\nTry 'nlnews --help' for more information.\n", typo.stderr());
  }

  @Test
  void passesNlnewsJavaOptsToTheJvm() throws Exception {
    Map<String, String> env = Map.of("PATH", path.toString(), "JAVA_HOME", System.getProperty("java.home"), "HOME", tmp.toString(),
        "NLNEWS_JAVA_OPTS", "-Xlog:gc:stderr");
    Result r = exec(List.of("nlnews", "--version"), tmp, env);
    assertEquals(0, r.exit(), r.stderr());
    assertEquals("nlnews " + VERSION + "\n", r.stdout());
    assertTrue(r.stderr().contains("[gc]"), "the JVM logged its collector as asked: " + r.stderr());
  }

  @Test
  void withoutJavaItSaysWhatItNeeds() throws Exception {
    Result r = exec(List.of("nlnews", "--version"), tmp, Map.of("PATH", path.toString(), "HOME", tmp.toString()));
    assertEquals(3, r.exit());
    assertEquals("", r.stdout());
    assertEquals("nlnews: needs a Java 17 runtime: set JAVA_HOME, or put java on PATH\n", r.stderr());
  }

  /** The man pages are troff that man renders, one per command, each ending with its examples. */
  @Test
  void everyManPageRenders() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "no man(1) here");
    try (Stream<Path> pages = Files.list(home.resolve("man/man1"))) {
      for (Path page : pages.sorted().toList()) {
        Result man = exec(List.of("/usr/bin/man", "-l", page.toString()), tmp, Map.of("MANPAGER", "cat", "MANWIDTH", "80",
            "PATH", System.getenv("PATH")));
        assertEquals(0, man.exit(), page + ": " + man.stderr());
        assertTrue(man.stdout().contains("SYNOPSIS"), page + ":\n" + man.stdout());
        String name = page.getFileName().toString().replaceAll("\\.1$", "");
        if (!name.equals("nlnews-help")) {
          assertTrue(man.stdout().contains("EXAMPLES"), page + ":\n" + man.stdout());
          assertTrue(man.stdout().contains("  " + name.replace('-', ' ')), page + ":\n" + man.stdout());
        }
      }
    }
  }

  @Test
  void theCompletionScriptsAreWhatTheInstalledToolPrints() throws Exception {
    Map<String, String> env = Map.of("PATH", path.toString(), "JAVA_HOME", System.getProperty("java.home"), "HOME", tmp.toString());
    for (String shell : List.of("bash", "zsh")) {
      Result r = exec(List.of("nlnews", "completion", shell), tmp, env);
      assertEquals(0, r.exit(), r.stderr());
      assertEquals(Files.readString(home.resolve("completion/nlnews." + shell)), r.stdout(), shell);
    }
  }

  /** A library whose version changes without NOTICE changing fails here. */
  @Test
  void noticeNamesEveryLibraryWithItsVersion() throws IOException {
    String notice = Files.readString(home.resolve("NOTICE"));
    assertEquals(Files.readString(Path.of("LICENSE")), Files.readString(home.resolve("LICENSE")));
    try (Stream<Path> libs = Files.list(home.resolve("lib"))) {
      for (Path jar : libs.sorted().toList()) {
        String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
        String version = name.substring(name.lastIndexOf('-') + 1);
        String artifact = name.substring(0, name.lastIndexOf('-'));
        assertTrue(notice.contains(version), jar + ": NOTICE names version " + version);
        assertTrue(notice.contains(artifact) || notice.toLowerCase().contains(artifact.replace('-', ' ')), jar + ": NOTICE names " + artifact);
      }
    }
  }

  private static Console quietConsole() {
    return new Console(
        new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), new PrintWriter(Writer.nullWriter()), true,
        false, false, Map.of());
  }

  private record Result(int exit, String stdout, String stderr) {}

  /** Runs {@code command} in {@code dir} with exactly the environment {@code env}. */
  private static Result exec(List<String> command, Path dir, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    // The program is looked up on the PATH given, not on the test's own.
    if (!command.get(0).contains("/") && env.containsKey("PATH")) {
      Path onPath = Path.of(env.get("PATH").split(File.pathSeparator)[0], command.get(0));
      if (Files.exists(onPath)) {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, onPath.toString());
        pb.command(resolved);
      }
    }
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    try {
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
