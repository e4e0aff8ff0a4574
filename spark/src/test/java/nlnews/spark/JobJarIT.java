package nlnews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job jar, submitted as a cluster gets it: spark-submit's own main class
 * (org.apache.spark.deploy.SparkSubmit) in a JVM of its own, with Spark's jars on the class
 * path and nothing of nlnews but the job jar, in local mode. Shading mistakes (a lost service
 * file, a missing class, a second SLF4J provider) show here and nowhere else.
 */
class JobJarIT {

  /** Longer than a loaded two-core machine needs; a hung run must not hang CI. */
  private static final long TIMEOUT_MINUTES = 10;

  @TempDir Path work;

  @Test
  void spark_submitOfTheJobJarWritesTheCommandLinesTables() throws Exception {
    Path out = work.resolve("tables");
    Path empty = TestCorpus.testdata("bad").resolve("empty.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("nlnews.spark.jvm.options").trim().split("\\s+")));
    command.addAll(
        List.of(
            "-Xmx1g",
            "-cp", Files.readString(Path.of(System.getProperty("nlnews.spark.classpath"))).trim(),
            "org.apache.spark.deploy.SparkSubmit",
            "--class", "nlnews.spark.ArticleJob",
            "--master", "local[2]",
            "--conf", "spark.ui.enabled=false",
            "--conf", "spark.driver.host=127.0.0.1",
            System.getProperty("nlnews.spark.jar"),
            "--output", out.toString(),
            TestCorpus.testdata("articles").toString(),
            empty.toString()));
    Path log = work.resolve("spark-submit.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, done ? p.exitValue() : -1, output);
    String summary = "nlnews-spark: 11 articles, 1 in " + out.resolve(ArticleJob.ERRORS);
    assertEquals(List.of(summary), output.lines().filter(l -> l.startsWith("nlnews-spark:")).toList(), output);
    assertEquals(List.of(), output.lines().filter(l -> l.contains("SLF4J")).toList(), "one SLF4J provider");

    TableRows.assertSame(
        TableRows.cli(TestCorpus.testdata("articles"), work.resolve("cli")), TableRows.job(LocalSpark.session(), out), "job jar");
    assertEquals(
        List.of(empty + " empty empty text"),
        LocalSpark.session().read().parquet(out.resolve(ArticleJob.ERRORS).toString()).collectAsList().stream()
            .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(2))
            .toList());
    assertEquals(File.separator, "/"); // the ids above are Unix paths, as everywhere in nlnews
  }
}
