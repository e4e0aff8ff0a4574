package nlnews.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import nlnews.entities.NerModel;
import nlnews.output.AnalysisWriter;
import nlnews.output.DelimitedWriter;
import nlnews.output.JsonLinesWriter;
import nlnews.output.OutputTarget;
import nlnews.output.Table;
import nlnews.output.Tables;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** nlnews analyze: entities, quotes and tone of each article in one pass. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Entities, quotations and paragraph tone of each article in one pass: a report for people "
          + "(text), JSON Lines with one object per article, entity, quote and paragraph (jsonl), "
          + "or four CSV/TSV files with --output-dir."
    })
final class AnalyzeCommand implements Callable<Integer> {

  private static final List<Table> TABLES =
      List.of(Tables.ARTICLES, Tables.ENTITIES, Tables.QUOTES, Tables.SENTIMENT);
  private static final List<String> FILES = List.of("articles", "entities", "quotes", "sentiment");

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin InputOptions inputs;

  @Mixin OutputOptions outputs;

  @Mixin NerModelOption ner;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write articles.csv, entities.csv, quotes.csv and sentiment.csv into DIR (created if "
              + "needed; .tsv with --format tsv) instead of a report.")
  Path outputDir;

  @Override
  public Integer call() throws IOException {
    Console console = main.console();
    ArticleRun run = new ArticleRun(console, spec, inputs, main.preloaded());
    OutputOptions.Format format = outputs.format;
    if (outputDir != null && outputs.output != null) {
      throw new ParameterException(spec.commandLine(), "--output and --output-dir cannot be combined");
    }
    if (outputDir == null && (format == OutputOptions.Format.csv || format == OutputOptions.Format.tsv)) {
      throw new ParameterException(
          spec.commandLine(),
          "analyze writes " + format + " only with --output-dir DIR (four tables); use text or jsonl on standard output");
    }
    if (outputDir != null && (format == OutputOptions.Format.text || format == OutputOptions.Format.jsonl)) {
      format = OutputOptions.Format.csv;
      if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
        throw new ParameterException(spec.commandLine(), "--output-dir writes csv or tsv, not " + outputs.format);
      }
    }
    NerModel nerModel;
    try {
      nerModel = ner.load();
    } catch (NerModelOption.ModelException e) {
      console.stderr().println(e.getMessage());
      return ExitCodes.USAGE;
    }
    List<String> paths = run.paths();
    int threads = run.threads();
    List<ArticleRun.Destination> destinations = new ArrayList<>();
    if (outputDir != null) {
      Files.createDirectories(outputDir);
      for (int i = 0; i < TABLES.size(); i++) {
        Path file = outputDir.resolve(FILES.get(i) + "." + format);
        OutputTarget target = OutputTarget.file(file);
        AnalysisWriter writer =
            format == OutputOptions.Format.tsv
                ? DelimitedWriter.tsv(target.writer(), TABLES.get(i))
                : DelimitedWriter.csv(target.writer(), TABLES.get(i));
        destinations.add(new ArticleRun.Destination(target, writer, file.toString()));
      }
    } else {
      OutputTarget target =
          outputs.output == null ? OutputTarget.stream(console.stdout()) : OutputTarget.file(outputs.output);
      AnalysisWriter writer =
          format == OutputOptions.Format.jsonl
              ? new JsonLinesWriter(target.writer(), TABLES)
              : new TextWriter(
                  target.writer(),
                  EnumSet.of(TextWriter.Section.ENTITIES, TextWriter.Section.QUOTES, TextWriter.Section.TONE),
                  outputs.colour(console, target));
      String name = outputs.output == null ? "standard output" : outputs.output.toString();
      destinations.add(new ArticleRun.Destination(target, writer, name));
    }
    return run.run(paths, threads, EnumSet.allOf(Stage.class), nerModel, destinations);
  }
}
