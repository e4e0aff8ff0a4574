package nlnews.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nlnews.corpus.ArticleFacts;
import nlnews.corpus.CorpusAggregator;
import nlnews.corpus.CorpusOptions;
import nlnews.corpus.Period;
import nlnews.model.ArticleAnalysis;
import nlnews.model.EntityType;
import nlnews.output.AnalysisWriter;
import nlnews.output.OutputTarget;
import nlnews.output.ReportWriter;
import nlnews.output.Table;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** nlnews report: one self-contained HTML page of a corpus, with the evidence behind every figure. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one HTML file about the articles: the entities and speakers met most, mentions and "
          + "tone over time per entity, the tone per period, a sortable table of the articles, and "
          + "each article with its names, quotations, speakers and paragraph tone marked. Every "
          + "figure opens the articles behind it. Scripts, styles and data are inside the file: it "
          + "opens offline, loads nothing, and can be mailed.",
      "--format, --csv-safe, --no-header and --color do not apply."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews report testdata/articles -o report.html",
      "  nlnews report --by year --type PER,ORG --top 10 testdata/articles -o r.html"
    })
final class ReportCommand extends ArticleCommand {

  @Mixin NerModelOption ner;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description = "The period of the charts over time: day, week (ISO), month or year (default: ${DEFAULT-VALUE}).")
  Period by;

  /** Beyond twenty bars a chart is no longer read at a glance. */
  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show the N entities and speakers met most (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-articles",
      paramLabel = "N",
      defaultValue = "1",
      description = "Show entities and speakers found in at least N articles (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(
      names = "--type",
      paramLabel = "TYPES",
      split = ",",
      description = "Show entities of these types: PER, LOC, ORG, MISC, separated by commas (default: all).")
  List<EntityType> types = new ArrayList<>();

  @Override
  NerModelOption nerModelOption() {
    return ner;
  }

  @Override
  Set<Stage> stages() {
    return EnumSet.of(Stage.ENTITIES, Stage.QUOTES, Stage.MENTIONS, Stage.TONE);
  }

  @Override
  List<Table> tables() {
    return List.of();
  }

  @Override
  Set<TextWriter.Section> sections() {
    return EnumSet.noneOf(TextWriter.Section.class);
  }

  @Override
  public Integer call() {
    Console console = main.console();
    if (top < 1 || minArticles < 0) {
      throw new ParameterException(spec.commandLine(), "--top must be 1 or more and --min-articles 0 or more");
    }
    for (String option : List.of(OutputOptions.FORMAT, "--csv-safe", OutputOptions.NO_HEADER)) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(spec.commandLine(), "report writes HTML; " + option + " does not apply");
      }
    }
    ArticleSettings settings = ArticleSettings.check(this, console);
    OutputTarget target;
    String name = settings.output() == null ? "standard output" : settings.output().toString();
    ReportWriter report;
    try {
      target = settings.output() == null ? OutputTarget.stream(console.stdout()) : OutputTarget.file(settings.output());
    } catch (IOException e) {
      console.stderr().println(Messages.of("cannot write " + name + ": " + Messages.cause(e)));
      console.stderr().flush();
      return ExitCodes.INTERNAL;
    }
    try {
      report = new ReportWriter(target.writer(), by);
    } catch (IOException e) {
      return Reports.cannotWrite(console, target, name, e);
    }
    CorpusAggregator aggregator = new CorpusAggregator(by);
    CorpusOptions options = new CorpusOptions(by, top, minArticles, Set.copyOf(types));
    AnalysisWriter writer = new AnalysisWriter() {
      @Override
      public void write(ArticleAnalysis analysis) throws IOException {
        aggregator.add(ArticleFacts.of(analysis));
        report.article(analysis);
      }

      @Override
      public void finish() throws IOException {
        report.finish(aggregator.summary(options));
      }
    };
    return new ArticleRun(console, settings, main.preloaded()).run(List.of(new ArticleRun.Destination(target, writer, name)));
  }
}
