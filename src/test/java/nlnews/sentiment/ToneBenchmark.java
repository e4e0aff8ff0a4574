package nlnews.sentiment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nlnews.input.MetadataHeader;
import nlnews.model.Article;
import nlnews.quotes.QuoteFinder;
import nlnews.quotes.QuoteMarks;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeechVerbs;
import nlnews.text.ArticleParser;
import nlnews.text.DutchTextAnalyzer;
import nlnews.text.Language;
import nlnews.text.TokenIndex;

/**
 * The speed of each stage behind {@code nlnews sentiment}, in megabytes of article text per CPU
 * second of one thread, after warming up: parsing (paragraphs, sentences, tokens, stems), quote
 * marks (which words are in scare quotes) and the tone scorer itself. Run by bin/bench-sentiment;
 * not a test. Arguments: the directory of articles and the number of passes per round.
 */
public final class ToneBenchmark {

  private ToneBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "testdata/articles");
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        texts.add(text);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    DutchTextAnalyzer analyzer = Language.dutch().analyzer();
    ArticleParser parser = new ArticleParser(analyzer);
    QuoteFinder quotes = new QuoteFinder(SpeechVerbs.load(Language.dutch()), QuoteNouns.load(Language.dutch()));
    ToneScorer scorer = new ToneScorer(ToneLexicon.load(Language.dutch()), ToneModel.load(Language.dutch()));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int rounds = 8;
    int warmup = 3;
    double[][] speeds = new double[3][rounds - warmup];
    long checksum = 0;
    for (int round = 0; round < rounds; round++) {
      long parse = 0;
      long mark = 0;
      long tone = 0;
      for (int pass = 0; pass < passes; pass++) {
        for (String text : texts) {
          long t0 = cpu.getCurrentThreadCpuTime();
          Article article = parser.parse(MetadataHeader.read("bench", text));
          long t1 = cpu.getCurrentThreadCpuTime();
          TokenIndex index = new TokenIndex(article);
          QuoteMarks marks = quotes.find(index);
          long t2 = cpu.getCurrentThreadCpuTime();
          checksum += scorer.score(index, marks).size();
          long t3 = cpu.getCurrentThreadCpuTime();
          parse += t1 - t0;
          mark += t2 - t1;
          tone += t3 - t2;
        }
      }
      if (round >= warmup) {
        double megabytes = bytes * (double) passes / 1e6;
        speeds[0][round - warmup] = megabytes / (parse / 1e9);
        speeds[1][round - warmup] = megabytes / (mark / 1e9);
        speeds[2][round - warmup] = megabytes / (tone / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "stages       %d articles (%.0f kB, %d paragraphs) x %d passes per round, median of %d rounds after %d warm-up rounds%n",
        texts.size(), bytes / 1e3, checksum / ((long) rounds * passes), passes, rounds - warmup, warmup);
    String[] names = {"parse", "quote marks", "tone scorer"};
    for (int s = 0; s < 3; s++) {
      System.out.printf(Locale.ROOT, "  %-11s %7.2f MB/s per core%n", names[s], median(speeds[s]));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
