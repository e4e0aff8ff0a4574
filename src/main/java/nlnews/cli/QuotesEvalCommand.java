package nlnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nlnews.input.ArticleDecoder;
import nlnews.input.Input;
import nlnews.input.InputException;
import nlnews.input.InputWalker;
import nlnews.input.SourceReader;
import nlnews.model.ArticleAnalysis;
import nlnews.model.Quote;
import nlnews.output.Terminal;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.Stage;
import nlnews.eval.GoldQuote;
import nlnews.eval.GoldQuotes;
import nlnews.eval.QuoteEvaluation;
import nlnews.eval.QuoteEvaluation.ArticleScore;
import nlnews.eval.QuoteEvaluation.Located;
import nlnews.eval.QuoteEvaluation.Match;
import nlnews.eval.QuoteEvaluation.Summary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** nlnews quotes eval: precision, recall and speaker accuracy of the quotes against a gold file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the quotations nlnews finds with a gold file (JSON Lines: one object per quote with "
          + "the string fields article, quote, speaker and kind) and prints quote precision, recall "
          + "and F1 (a found quote matches a gold quote when their texts overlap by at least half "
          + "of the longer) and the speaker accuracy on matched quotes.",
      "Each gold 'article' is a path relative to the article directory: --articles DIR, or else "
          + "the directory 'articles' next to the gold file when there is one, or else the gold "
          + "file's own directory. Every file matching --glob in that directory is evaluated, so "
          + "quotes found in an article without gold lines count against precision."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the evaluation ran over every gold line and article",
      "1:some gold lines or articles could not be read or placed; each is reported on stderr and counts as missed",
      "2:usage error",
      "3:internal error, or the output could not be written"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews quotes eval testdata/quotes/gold.jsonl",
      "  nlnews quotes eval --format csv testdata/quotes/gold.jsonl",
      "  nlnews quotes eval --details --glob '0[13]_*.txt' testdata/quotes/gold.jsonl"
    })
final class QuotesEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand QuotesCommand quotes;

  @Mixin NerModelOption ner;

  @Mixin ReportOptions printed;

  @Parameters(index = "0", paramLabel = "GOLD", description = "The gold file (JSON Lines).")
  Path gold;

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "The directory the gold file's article paths are relative to (default: see above).")
  Path articles;

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = "*.txt",
      description =
          "Evaluate only articles whose file name matches GLOB, and only their gold lines "
              + "(default: ${DEFAULT-VALUE}); e.g. '?[13579]_*.txt' for the odd-numbered ones.")
  String glob;

  /** Articles larger than this are reported and not read: the default of --max-bytes. */
  private static final long MAX_ARTICLE_BYTES = 10L << 20;

  /** Whether a gold line or an article could not be read or placed; it is reported and counts as missed. */
  private boolean failed;

  /** The gold quotes of each article to evaluate, in order, and where each article is. */
  private record Articles(Map<String, List<GoldQuote>> gold, Map<String, Input> inputs) {}

  @Override
  public Integer call() throws IOException {
    printed.check(spec);
    PathMatcher matcher = ArticleSettings.glob(spec, glob);
    Console console = quotes.main.console();
    PrintWriter err = console.stderr();
    GoldQuotes.Parsed parsed;
    try {
      parsed = GoldQuotes.parse(ArticleDecoder.decode(Files.readAllBytes(gold), null));
    } catch (IOException e) {
      err.println(Messages.about(gold, Files.isDirectory(gold) ? "is a directory" : describe(e)));
      err.flush();
      return ExitCodes.SOME_FAILED;
    } catch (InputException e) {
      err.println(Messages.about(gold, e.getMessage()));
      err.flush();
      return ExitCodes.SOME_FAILED;
    }
    for (GoldQuotes.LineError e : parsed.errors()) {
      err.println(Messages.about(gold + ":" + e.line(), e.message() + "; line skipped"));
      failed = true;
    }
    Articles articles = articles(parsed, matcher, articleDirectory());
    AnalysisPipeline.Worker worker = AnalysisPipeline.load(EnumSet.of(Stage.QUOTES), ner.load()).newWorker();
    List<ArticleScore> scores = score(articles, worker, console);
    Summary summary = Summary.of(scores);
    err.flush();
    int exit = failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    Reports.Report report = printed.csv() ? out -> writeCsv(out, summary) : out -> writeText(out, summary, scores);
    return Reports.toStdout(console, report, exit, exit);
  }

  /** Every file of {@code base} that matches the glob, then any other article the gold names. */
  private Articles articles(GoldQuotes.Parsed parsed, PathMatcher matcher, Path base) {
    Map<String, List<GoldQuote>> goldByArticle = new LinkedHashMap<>();
    Map<String, Input> inputs = new LinkedHashMap<>();
    if (Files.isDirectory(base)) {
      for (InputWalker walker = new InputWalker(List.of(base.toString()), glob); walker.hasNext(); ) {
        Input input = walker.next();
        inputs.put(input.id(), input);
        goldByArticle.put(input.id(), new ArrayList<>());
      }
    }
    for (GoldQuote g : parsed.quotes()) {
      Path name = Path.of(g.article()).getFileName();
      if (name == null || !matcher.matches(name)) {
        continue;
      }
      goldByArticle.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
      inputs.computeIfAbsent(g.article(), k -> new Input(k, base.resolve(k), Input.Origin.NAMED, null));
    }
    return new Articles(goldByArticle, inputs);
  }

  /** The quotes found in each article against its gold; an article that cannot be read finds none. */
  private List<ArticleScore> score(Articles articles, AnalysisPipeline.Worker worker, Console console) {
    PrintWriter err = console.stderr();
    SourceReader reader = new SourceReader(null, MAX_ARTICLE_BYTES, console::stdin);
    List<ArticleScore> scores = new ArrayList<>();
    for (Map.Entry<String, List<GoldQuote>> entry : articles.gold().entrySet()) {
      String id = entry.getKey();
      Input input = articles.inputs().get(id);
      String shown = input.path() == null ? id : input.path().toString();
      ArticleScore score;
      try {
        ArticleAnalysis analysis = worker.analyze(reader.read(input));
        score = QuoteEvaluation.score(id, analysis.article().text(), analysis.quotes(), entry.getValue());
        for (GoldQuote g : score.unlocated()) {
          err.println(Messages.about(gold + ":" + g.line(), "quote not found in " + shown + "; counted as missed"));
          failed = true;
        }
      } catch (InputException e) {
        err.println(Messages.about(shown, e.getMessage() + (entry.getValue().isEmpty() ? "" : "; its gold quotes count as missed")));
        failed = true;
        score = QuoteEvaluation.score(id, "", List.of(), entry.getValue());
      }
      scores.add(score);
    }
    return scores;
  }

  /** --articles, else "articles" beside the gold file, else the gold file's directory. */
  private Path articleDirectory() {
    if (articles != null) {
      if (!Files.isDirectory(articles)) {
        throw new ParameterException(spec.commandLine(), "--articles " + articles + ": not a directory");
      }
      return articles;
    }
    Path parent = gold.toAbsolutePath().getParent();
    Path relativeParent = gold.getParent() == null ? Path.of("") : gold.getParent();
    if (parent != null && Files.isDirectory(parent.resolve("articles"))) {
      return relativeParent.resolve("articles");
    }
    return relativeParent;
  }

  private static void writeCsv(Writer out, Summary s) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    csv.printRecord("metric", "value");
    csv.printRecord("quote_precision", number(s.precision()));
    csv.printRecord("quote_recall", number(s.recall()));
    csv.printRecord("quote_f1", number(s.f1()));
    csv.printRecord("speaker_accuracy", number(s.speakerAccuracy()));
    csv.flush();
  }

  private void writeText(Writer out, Summary s, List<ArticleScore> scores) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: %d articles, %d gold quotes, %d found, %d matched%n",
        Terminal.safe(gold.toString()), s.articles(), s.gold(), s.found(), s.matched()));
    b.append(String.format(Locale.ROOT, "quote precision   %s  (%d of %d found quotes match a gold quote)%n",
        text(s.precision()), s.matched(), s.found()));
    b.append(String.format(Locale.ROOT, "quote recall      %s  (%d of %d gold quotes found)%n",
        text(s.recall()), s.matched(), s.gold()));
    b.append(String.format(Locale.ROOT, "quote F1          %s%n", text(s.f1())));
    b.append(String.format(Locale.ROOT, "speaker accuracy  %s  (%d of %d matched quotes have the gold speaker)%n",
        text(s.speakerAccuracy()), s.speakerCorrect(), s.matched()));
    b.append(String.format(Locale.ROOT, "                  %s  (%d of %d matched quotes with a gold speaker, scare quotes and titles left out)%n",
        text(s.namedSpeakerAccuracy()), s.speakerCorrectWithSpeaker(), s.matchedWithSpeaker()));
    b.append(String.format(Locale.ROOT, "kind accuracy     %s  (%d of %d matched quotes have the gold kind)%n",
        text(s.kindAccuracy()), s.kindCorrect(), s.matched()));
    if (printed.details) {
      for (ArticleScore score : scores) {
        details(b, score);
      }
    }
    out.write(b.toString().replace(System.lineSeparator(), "\n"));
    out.flush();
  }

  private static void details(StringBuilder b, ArticleScore score) {
    List<String> lines = new ArrayList<>();
    for (Located l : score.missed()) {
      GoldQuote g = l.gold();
      lines.add(String.format(Locale.ROOT, "  missed    line %-4d %-8s %-24s %s", g.line(), Terminal.safe(g.kind()), Terminal.safe(g.speaker()), shorten(g.quote())));
    }
    for (GoldQuote g : score.unlocated()) {
      lines.add(String.format(Locale.ROOT, "  not found line %-4d %-8s %-24s %s", g.line(), Terminal.safe(g.kind()), Terminal.safe(g.speaker()), shorten(g.quote())));
    }
    for (Quote q : score.spurious()) {
      lines.add(String.format(Locale.ROOT, "  spurious  ¶%-8d %-8s %-24s %s", q.paragraph(), q.kind().label(), Terminal.safe(q.speaker()), shorten(q.text())));
    }
    for (Match m : score.matches()) {
      GoldQuote g = m.gold().gold();
      Quote q = m.found();
      if (!m.speakerCorrect()) {
        lines.add(String.format(Locale.ROOT, "  speaker   line %-4d gold '%s', found '%s' [%s: %s]  %s",
            g.line(), Terminal.safe(g.speaker()), Terminal.safe(q.speaker()), Terminal.safe(q.cue()), Terminal.safe(q.speakerMention()),
            shorten(g.quote())));
      }
      if (!m.kindCorrect()) {
        lines.add(String.format(Locale.ROOT, "  kind      line %-4d gold %s, found %s  %s", g.line(), Terminal.safe(g.kind()), q.kind().label(), shorten(g.quote())));
      }
    }
    if (!lines.isEmpty()) {
      b.append("== ").append(Terminal.safe(score.article())).append('\n');
      for (String line : lines) {
        b.append(line).append('\n');
      }
    }
  }

  private static String shorten(String quote) {
    String flat = quote.replaceAll("\\s+", " ");
    return "«" + Terminal.safe(flat.length() > 70 ? flat.substring(0, 67) + "..." : flat) + "»";
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String text(double value) {
    return Double.isNaN(value) ? "  n/a" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return String.valueOf(e.getMessage());
  }
}
