package nlnews.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import nlnews.corpus.ArticleFacts;
import nlnews.corpus.CorpusAggregator;
import nlnews.corpus.CorpusOptions;
import nlnews.corpus.CorpusSummary;
import nlnews.corpus.Period;
import nlnews.model.ArticleAnalysis;
import nlnews.model.EntityType;
import nlnews.output.AnalysisWriter;
import nlnews.output.CorpusTables;
import nlnews.output.CorpusTables.CorpusTable;
import nlnews.output.CorpusWriter;
import nlnews.output.OutputClosedException;
import nlnews.output.OutputTarget;
import nlnews.output.Table;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** nlnews corpus: tables over all articles: entities, timeline, speakers, pairs and tone per period. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Sums all articles into five tables: entities across the corpus under one identity "
          + "(with the names joined into each), a timeline per entity and period, speakers, pairs "
          + "of entities named together, and the tone per period. Analyses the articles given, or "
          + "reads an earlier 'nlnews analyze --format jsonl' with --from-jsonl.",
      "text and jsonl print every table (or the one of --table); csv and tsv print the table "
          + "of --table, or every table as its own file with --output-dir."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews corpus --by-source --table tone -f csv testdata/tables/artikelen.csv",
      "  nlnews analyze -f jsonl testdata/articles > analysis.jsonl",
      "  nlnews corpus --from-jsonl analysis.jsonl --by year --type PER,ORG --top 10",
      "  nlnews corpus --from-jsonl analysis.jsonl --output-dir corpus-tables"
    })
final class CorpusCommand extends ArticleCommand {

  @Mixin NerModelOption ner;

  static final String FROM_JSONL = "--from-jsonl";

  @Option(
      names = FROM_JSONL,
      paramLabel = "FILE",
      description = "Read the analysis from FILE, made by 'nlnews analyze --format jsonl' ('-' for standard input), instead of analysing articles.")
  String fromJsonl;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description = "The period of the timeline and tone tables: day, week (ISO), month or year (default: ${DEFAULT-VALUE}).")
  Period by;

  @Option(
      names = "--by-source",
      description = "Cut the timeline and tone tables by source as well: a source column after the period, rows per "
          + "period and source (the outlet of an article table, or the first folder under a walked directory; empty when unknown).")
  boolean bySource;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "0",
      description = "Keep the N entities with most mentions (and their timeline), the N speakers quoted most and the N pairs named together most; 0 keeps all (default).")
  int top;

  @Option(
      names = "--min-articles",
      paramLabel = "N",
      defaultValue = "1",
      description = "Keep entities, speakers and pairs that occur in at least N articles (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(
      names = "--type",
      paramLabel = "TYPES",
      split = ",",
      description = "Keep entities (and speakers and pairs) of these types: PER, LOC, ORG, MISC, separated by commas (default: all).")
  List<EntityType> types = new ArrayList<>();

  @Option(
      names = "--table",
      paramLabel = "TABLE",
      description = "Print only this table: entities, timeline, speakers, pairs or tone. Needed for csv and tsv on standard output.")
  String table;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Write entities, timeline, speakers, pairs and tone as one file each into DIR (csv, or tsv with --format tsv).")
  Path outputDir;

  @Override
  NerModelOption nerModelOption() {
    return ner;
  }

  @Override
  Set<Stage> stages() {
    return EnumSet.of(Stage.ENTITIES, Stage.QUOTES, Stage.MENTIONS, Stage.TONE);
  }

  @Override
  boolean analyses(String[] args) {
    for (String a : args) {
      if (a.equals(FROM_JSONL) || a.startsWith(FROM_JSONL + "=")) {
        return false;
      }
    }
    return true;
  }

  /** The corpus tables asked for, as tables for the settings' checks (their rows come at the end, not per article). */
  @Override
  List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    for (CorpusTable t : corpusTables()) {
      tables.add(new Table() {
        @Override
        public String type() {
          return t.type();
        }

        @Override
        public String file() {
          return t.name();
        }

        @Override
        public List<String> columns() {
          return t.columns();
        }

        @Override
        public void rows(ArticleAnalysis analysis, Consumer<List<Object>> out) {
          // no rows per article
        }
      });
    }
    return tables;
  }

  @Override
  Set<TextWriter.Section> sections() {
    return EnumSet.noneOf(TextWriter.Section.class);
  }

  @Override
  Path outputDir() {
    return outputDir;
  }

  private List<CorpusTable> corpusTables() {
    List<CorpusTable> all = bySource ? CorpusTables.ALL_BY_SOURCE : CorpusTables.ALL;
    if (table == null) {
      return all;
    }
    for (CorpusTable t : all) {
      if (t.name().equals(table.toLowerCase(Locale.ROOT))) {
        return List.of(t);
      }
    }
    throw new ParameterException(
        spec.commandLine(), "--table '" + table + "': not a table; use entities, timeline, speakers, pairs or tone");
  }

  /** One file or stream and the tables it gets. */
  private record Destination(OutputTarget target, String name, List<CorpusTable> tables) {}

  @Override
  public Integer call() {
    Console console = main.console();
    if (top < 0 || minArticles < 0) {
      throw new ParameterException(spec.commandLine(), "--top and --min-articles must be 0 or more");
    }
    if (fromJsonl != null) {
      if (!inputs.paths.isEmpty()) {
        throw new ParameterException(spec.commandLine(), FROM_JSONL + " reads an analysis; give no PATH with it");
      }
      // As an input, so that --output or --output-dir cannot name it.
      inputs.paths = new ArrayList<>(List.of(fromJsonl));
    }
    corpusTables(); // a wrong --table is a usage error before anything else
    boolean delimited = outputs.format == OutputOptions.Format.csv || outputs.format == OutputOptions.Format.tsv;
    if (delimited && table == null && outputDir == null) {
      throw new ParameterException(
          spec.commandLine(), "corpus writes " + outputs.format + " with --table TABLE (one table) or --output-dir DIR (every table)");
    }
    ArticleSettings settings = ArticleSettings.check(this, console);
    CorpusOptions options = new CorpusOptions(by, top, minArticles, Set.copyOf(types));
    List<Destination> destinations = new ArrayList<>();
    try {
      open(settings, console, destinations);
    } catch (IOException e) {
      destinations.forEach(d -> Reports.discard(d.target()));
      console.stderr().println(Messages.of(e.getMessage()));
      console.stderr().flush();
      return ExitCodes.INTERNAL;
    }
    CorpusAggregator aggregator = new CorpusAggregator(by, bySource);
    CorpusWriter.Format format = CorpusWriter.Format.valueOf(settings.format().name().toUpperCase(Locale.ROOT));
    Summary summary = new Summary(aggregator, options, destinations, format, settings);
    if (fromJsonl == null) {
      List<ArticleRun.Destination> run = new ArrayList<>();
      for (int i = 0; i < destinations.size(); i++) {
        Destination d = destinations.get(i);
        // The first destination sums the articles and, at the end, writes every table; the others only wait to be committed.
        run.add(new ArticleRun.Destination(d.target(), i == 0 ? summary : Summary.NOTHING, d.name()));
      }
      return new ArticleRun(console, settings, main.preloaded()).run(run);
    }
    return fromJsonl(console, aggregator, summary, destinations);
  }

  private void open(ArticleSettings s, Console console, List<Destination> destinations) throws IOException {
    List<CorpusTable> tables = corpusTables();
    if (s.outputDir() == null) {
      if (s.output() == null) {
        destinations.add(new Destination(OutputTarget.stream(console.stdout()), "standard output", tables));
      } else {
        destinations.add(new Destination(target(s.output()), s.output().toString(), tables));
      }
      return;
    }
    try {
      Files.createDirectories(s.outputDir());
    } catch (IOException e) {
      throw new IOException("cannot write " + s.outputDir() + ": " + Messages.cause(e), e);
    }
    for (CorpusTable t : tables) {
      Path file = s.outputDir().resolve(t.name() + "." + s.format());
      destinations.add(new Destination(target(file), file.toString(), List.of(t)));
    }
  }

  private static OutputTarget target(Path file) throws IOException {
    try {
      return OutputTarget.file(file);
    } catch (IOException e) {
      throw new IOException("cannot write " + file + ": " + Messages.cause(e), e);
    }
  }

  /** Reads the analysis of --from-jsonl, sums it and writes the tables; a bad line is reported and left out (exit 1). */
  private int fromJsonl(Console console, CorpusAggregator aggregator, Summary summary, List<Destination> destinations) {
    long bad;
    try (InputStream in = input(console)) {
      AnalysisJsonl reader = new AnalysisJsonl(aggregator::add, p -> console.stderr().println(
          Messages.about(fromJsonl + ":" + p.line(), p.cause())));
      bad = reader.read(in);
    } catch (IOException e) {
      destinations.forEach(d -> Reports.discard(d.target()));
      String cause = e instanceof CharacterCodingException ? "not valid UTF-8" : Messages.cause(e);
      console.stderr().println(Messages.about(fromJsonl, cause));
      console.stderr().flush();
      return ExitCodes.SOME_FAILED;
    }
    try {
      summary.finish();
      List<OutputTarget> targets = new ArrayList<>();
      destinations.forEach(d -> targets.add(d.target()));
      OutputTarget.commitAll(targets);
    } catch (OutputClosedException e) {
      destinations.forEach(d -> Reports.discard(d.target()));
      return ExitCodes.OK;
    } catch (IOException e) {
      destinations.forEach(d -> Reports.discard(d.target()));
      console.stderr().println(Messages.of(e.getMessage()));
      console.stderr().flush();
      return ExitCodes.INTERNAL;
    }
    console.stderr().flush();
    return bad > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** The analysis to read; AnalysisJsonl decodes it, strictly, as UTF-8. */
  private InputStream input(Console console) throws IOException {
    return fromJsonl.equals("-") ? console.stdin() : Files.newInputStream(Path.of(fromJsonl));
  }

  /**
   * Feeds each analysis to the aggregator and, when the run finishes, writes the tables to every
   * destination. The run hands it the analyses in input order, so the tables are the same
   * whatever --threads is.
   */
  private static final class Summary implements AnalysisWriter {
    /** A destination that gets its tables from the first one's summary. */
    static final AnalysisWriter NOTHING = new AnalysisWriter() {
      @Override
      public void write(ArticleAnalysis analysis) {}

      @Override
      public void finish() {}
    };

    private final CorpusAggregator aggregator;
    private final CorpusOptions options;
    private final List<Destination> destinations;
    private final CorpusWriter.Format format;
    private final ArticleSettings settings;

    Summary(CorpusAggregator aggregator, CorpusOptions options, List<Destination> destinations, CorpusWriter.Format format,
        ArticleSettings settings) {
      this.aggregator = aggregator;
      this.options = options;
      this.destinations = destinations;
      this.format = format;
      this.settings = settings;
    }

    @Override
    public void write(ArticleAnalysis analysis) {
      aggregator.add(ArticleFacts.of(analysis));
    }

    @Override
    public void finish() throws IOException {
      CorpusSummary summary = aggregator.summary(options);
      for (Destination d : destinations) {
        new CorpusWriter(d.target().writer(), format, settings.header(), settings.csvSafe()).write(d.tables(), summary);
      }
    }
  }
}
