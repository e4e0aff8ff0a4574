package nlnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nlnews.eval.GoldArticle;
import nlnews.eval.GoldArticleReader;
import nlnews.eval.NewsEvaluation;
import nlnews.eval.Scored;
import nlnews.input.ArticleDecoder;
import nlnews.input.Input;
import nlnews.input.InputException;
import nlnews.input.SourceReader;
import nlnews.output.EvaluationReport;
import nlnews.output.Terminal;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.BatchRunner;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** nlnews eval: entities, quotations with speakers and paragraph tone against gold files. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures all three analyses on articles that have gold files: every NAME.gold.json in "
          + "GOLD_DIR (the gold format of README.md, 'Evaluating on your own articles') with its "
          + "article beside it. Prints entity precision, recall and F1 (people, places and "
          + "organisations; name and type right), per type, and the share of exact counts; "
          + "quotation precision, recall and F1 (direct and partial quotations) and the speaker "
          + "accuracy; and paragraph tone accuracy, macro-F1 and the confusion matrix. The rules "
          + "are those of the reference scorer score_news.py, so the figures agree with it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every gold file and its article were read",
      "1:some gold files or articles could not be read; each is reported on stderr and left out of the figures",
      "2:usage error",
      "3:internal error, or the output could not be written"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews eval testdata/eval",
      "  nlnews eval --format csv testdata/eval",
      "  nlnews eval --details testdata/eval"
    })
final class EvalCommand implements Callable<Integer> {

  /** The ending that makes a file a gold file; the article is the gold's "file" beside it. */
  static final String GOLD_SUFFIX = ".gold.json";

  /** Gold files and articles larger than this are reported and not read. */
  private static final long MAX_BYTES = 10L << 20;

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin NerModelOption ner;

  @Mixin ReportOptions printed;

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "The folder with the articles and their gold files.")
  Path directory;

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = "*",
      description =
          "Evaluate only the articles whose file name matches GLOB (default: all), e.g. "
              + "'d*[13579].txt' for the odd-numbered ones.")
  String glob;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description = "Analyse with N threads (default: the number of processors). The figures never depend on it.")
  Integer threads;

  /** A gold article whose article file is to be analysed. */
  private record Pending(GoldArticle gold, Input input) {}

  @Override
  public Integer call() throws IOException {
    printed.check(spec);
    if (!Files.isDirectory(directory)) {
      throw new ParameterException(spec.commandLine(), "GOLD_DIR " + Terminal.safe(directory.toString()) + ": not a directory");
    }
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (threadCount < 1 || threadCount > ArticleSettings.MAX_THREADS) {
      throw new ParameterException(spec.commandLine(), "--threads must be between 1 and " + ArticleSettings.MAX_THREADS + ", not " + threadCount);
    }
    PathMatcher matcher = ArticleSettings.glob(spec, glob);
    Console console = main.console();
    PrintWriter err = console.stderr();
    boolean[] failed = {false};
    List<Pending> pending = goldArticles(matcher, err, failed);
    if (pending.isEmpty() && !failed[0]) {
      err.println("nlnews: " + Terminal.safe(directory.toString()) + ": no gold files (NAME" + GOLD_SUFFIX + ") for articles matching " + Terminal.safe(glob));
      err.flush();
      return ExitCodes.SOME_FAILED;
    }
    AnalysisPipeline pipeline = AnalysisPipeline.load(EnumSet.allOf(Stage.class), ner.load());
    List<Scored> scored = new ArrayList<>();
    int[] seen = {0}; // outcomes arrive in input order, one per input
    SourceReader reader = new SourceReader(null, MAX_BYTES, console::stdin);
    new BatchRunner(threadCount)
        .run(
            pending.stream().map(Pending::input).iterator(),
            reader,
            pipeline,
            outcome -> {
              GoldArticle gold = pending.get(seen[0]++).gold();
              if (outcome.analysis() != null) {
                scored.add(new Scored(gold, outcome.analysis()));
              } else {
                failed[0] = true;
                String cause = outcome.failure() != null ? outcome.failure().getMessage() : "internal error: " + outcome.bug();
                err.println("nlnews: " + Terminal.safe(outcome.input().path().toString()) + ": " + cause + "; left out");
              }
            });
    err.flush();
    NewsEvaluation evaluation = NewsEvaluation.of(scored);
    int exit = failed[0] ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    String name = Terminal.safe(directory.toString());
    return Reports.toStdout(
        console,
        out -> {
          EvaluationReport report = new EvaluationReport(out);
          if (printed.csv()) {
            report.csv(evaluation);
          } else {
            report.text(name, evaluation, printed.details);
          }
        },
        exit,
        exit);
  }

  /** The gold files of the directory, in name order, whose articles match the glob and are Dutch. */
  private List<Pending> goldArticles(PathMatcher matcher, PrintWriter err, boolean[] failed) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList();
    }
    List<Pending> pending = new ArrayList<>();
    for (Path file : files) {
      GoldArticle gold;
      try {
        if (Files.size(file) > MAX_BYTES) {
          throw new IllegalArgumentException("larger than " + MAX_BYTES + " bytes");
        }
        gold = GoldArticleReader.read(ArticleDecoder.decode(Files.readAllBytes(file), null));
      } catch (IOException | InputException | IllegalArgumentException e) {
        failed[0] = true;
        err.println("nlnews: " + Terminal.safe(file.toString()) + ": " + e.getMessage() + "; left out");
        continue;
      }
      Path article = directory.resolve(gold.file());
      if (!gold.language().equals("nl") || article.getFileName() == null || !matcher.matches(article.getFileName())) {
        continue;
      }
      pending.add(new Pending(gold, new Input(gold.file(), article, Input.Origin.NAMED, null)));
    }
    return pending;
  }
}
