package nlnews.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nlnews.model.ArticleAnalysis;
import nlnews.model.SourceText;

/**
 * How the time of one article's analysis grows with its size: articles of 1, 2, 5 and 10 MB (or
 * the sizes given, in MB) analysed by every stage on one thread after a warm-up. Each is made of
 * the paragraphs of testdata/articles one after another, and after each of them a quotation by a
 * person the article has not named before ("…," zei Sanne Berkhoutlaar, woordvoerder van …): a
 * long archive page or a live blog, thousands of speakers, which is where a stage that compares
 * every name or quotation with every other shows. Prints the CPU seconds and the seconds per MB
 * of each size: constant seconds per MB is linear time. Run by bin/bench-size; not a test.
 */
public final class SizeBenchmark {

  private SizeBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<Double> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Double.parseDouble(a));
    }
    if (sizes.isEmpty()) {
      sizes.addAll(List.of(1.0, 2.0, 5.0, 10.0));
    }
    List<String> paragraphs = paragraphs(Path.of("testdata/articles"));
    AnalysisPipeline.Worker worker = AnalysisPipeline.load(EnumSet.allOf(Stage.class)).newWorker();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 3; i++) {
      worker.analyze(SourceText.of("warm-up", article(paragraphs, 0.2)));
    }
    System.out.printf(Locale.ROOT, "%8s %10s %9s %9s %9s %12s%n", "MB", "paragraphs", "quotes", "entities", "cpu s", "s per MB");
    for (double mb : sizes) {
      String text = article(paragraphs, mb);
      double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
      long t0 = cpu.getCurrentThreadCpuTime();
      ArticleAnalysis a = worker.analyze(SourceText.of("bench", text));
      double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%8.2f %10d %9d %9d %9.2f %12.2f%n",
          megabytes, a.article().paragraphs().size(), a.quotes().size(), a.entities().size(), seconds, seconds / megabytes);
    }
  }

  /** The paragraphs of the articles in {@code dir}, date markers left out, in file order. */
  private static List<String> paragraphs(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String block : Files.readString(p, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
          String b = block.strip();
          if (!b.isEmpty() && !b.startsWith("date ")) {
            out.add(b);
          }
        }
      }
    }
    return out;
  }

  private static final String[] FIRST_NAMES = {
    "Jan", "Piet", "Kees", "Anna", "Marieke", "Sophie", "Thomas", "Lars", "Emma", "Daan", "Sanne",
    "Bram", "Lotte", "Ruben", "Fleur", "Joris", "Eva", "Tim", "Iris", "Koen"
  };
  private static final String[] SYLLABLES = {
    "berk", "hout", "stein", "veld", "dijk", "man", "boom", "kamp", "broek", "molen", "hof", "wijk",
    "rade", "linde", "bosch", "horst", "laar", "zand", "beek", "hage"
  };
  private static final String[] ROLES = {"woordvoerder van de gemeente", "directeur van het museum", "wethouder in"};
  private static final String[] PLACES = {"Utrecht", "Gent", "Zwolle", "Leuven", "Breda"};

  /** An article of about {@code megabytes} MB: the paragraphs over and over, each followed by a new speaker's quotation. */
  private static String article(List<String> paragraphs, double megabytes) {
    long target = (long) (megabytes * 1e6);
    StringBuilder b = new StringBuilder();
    long bytes = 0;
    for (int i = 0; bytes < target; i++) {
      String p = paragraphs.get(i % paragraphs.size()) + "\n\n" + quotation(i) + "\n\n";
      b.append(p);
      bytes += p.getBytes(StandardCharsets.UTF_8).length;
    }
    return b.toString();
  }

  /** The quotation of the i-th speaker, whose name no other speaker has. */
  private static String quotation(int i) {
    int n = SYLLABLES.length;
    String surname = SYLLABLES[i / FIRST_NAMES.length % n] + SYLLABLES[i / FIRST_NAMES.length / n % n]
        + SYLLABLES[i / FIRST_NAMES.length / n / n % n];
    String name = FIRST_NAMES[i % FIRST_NAMES.length] + " " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    return "\u201CWe gaan ermee aan de slag,\u201D zei " + name + ", " + ROLES[i % ROLES.length] + " "
        + PLACES[i % PLACES.length] + ". Volgens " + name.substring(name.indexOf(' ') + 1) + " is er nog veel werk.";
  }
}
