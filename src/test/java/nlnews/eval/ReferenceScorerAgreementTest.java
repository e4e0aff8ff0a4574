package nlnews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nlnews.input.MetadataHeader;
import nlnews.model.ArticleAnalysis;
import nlnews.output.DelimitedWriter;
import nlnews.output.Table;
import nlnews.output.Tables;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.Pipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of the eval scorers agree, to three decimals, with the reference scorer
 * ({@code ../shared/eval/score_news.py}) reading the tool's CSV output for the same articles.
 * Needs ../shared (third-party data, not in the repository) and python3; skipped without them.
 */
class ReferenceScorerAgreementTest {

  private static final Path NEWS = Path.of("..", "shared", "data", "news-dev");
  private static final Path SCORER = Path.of("..", "shared", "eval", "score_news.py");

  private static List<Scored> scored;
  private static List<ArticleAnalysis> analyses;

  @BeforeAll
  static void analyse() throws IOException {
    if (!Files.isDirectory(NEWS) || !Files.isReadable(SCORER)) {
      return;
    }
    AnalysisPipeline.Worker worker = Pipelines.all().newWorker();
    scored = new ArrayList<>();
    analyses = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> files = Files.list(NEWS)) {
      golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    for (Path g : golds) {
      GoldArticle gold = GoldArticleReader.read(Files.readString(g, StandardCharsets.UTF_8));
      String text = Files.readString(NEWS.resolve(gold.file()), StandardCharsets.UTF_8);
      ArticleAnalysis analysis = worker.analyze(MetadataHeader.read(gold.file(), text));
      analyses.add(analysis);
      scored.add(new Scored(gold, analysis));
    }
  }

  private static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String reference(String what, Table table, Path dir) throws IOException, InterruptedException {
    StringWriter csv = new StringWriter();
    DelimitedWriter writer = DelimitedWriter.csv(csv, table);
    for (ArticleAnalysis a : analyses) {
      writer.write(a);
    }
    writer.finish();
    Path file = dir.resolve(what + ".csv");
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder("python3", SCORER.toString(), what, NEWS.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  private static String figure(String out, String label) {
    Matcher m = Pattern.compile(Pattern.quote(label) + " (\\d+\\.\\d{3})").matcher(out);
    assertEquals(true, m.find(), label + " not in:\n" + out);
    return m.group(1);
  }

  private static String three(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  @Test
  void agreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
    assumeTrue(scored != null, "no news-dev data or scorer in ../shared");
    assumeTrue(python(), "no python3");

    String entities = reference("entities", Tables.ENTITIES, dir);
    EntityMatching.Scores e = EntityMatching.score(scored);
    assertEquals(figure(entities, "entity F1"), three(e.all().f1()), entities);
    assertEquals(figure(entities, "precision"), three(e.all().precision()), entities);
    assertEquals(figure(entities, "recall"), three(e.all().recall()), entities);
    assertEquals(true, entities.contains("exact counts on typed matches " + e.exactCounts() + "/" + e.all().correct()), entities);

    String quotes = reference("quotes", Tables.QUOTES, dir);
    QuoteMatching.Scores q = QuoteMatching.score(scored);
    assertEquals(figure(quotes, "quote F1"), three(q.quotes().f1()), quotes);
    assertEquals(figure(quotes, "speaker accuracy"), three(q.speakerAccuracy()), quotes);
    assertEquals(figure(quotes, "precision"), three(q.quotes().precision()), quotes);
    assertEquals(true, quotes.contains("tool named one for " + q.namedForUnknown() + ", left " + q.emptyForUnknown() + " empty"), quotes);

    String tone = reference("sentiment", Tables.SENTIMENT, dir);
    ToneAgreement.Scores t = ToneAgreement.score(scored);
    assertEquals(figure(tone, "paragraph accuracy"), three(t.accuracy()), tone);
    assertEquals(figure(tone, "macro-F1"), three(t.macroF1()), tone);
  }
}
