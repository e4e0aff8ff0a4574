package nlnews.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nlnews.output.OutputTarget;
import nlnews.output.Table;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that analyses articles: the stages it runs and how it prints their results, as its
 * text report or as tables. Its options are checked into {@link ArticleSettings} before the run.
 */
abstract class ArticleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin InputOptions inputs;

  @Mixin OutputOptions outputs;

  /** The stages whose results this command prints; {@link Main} reads them to start loading early. */
  abstract Set<Stage> stages();

  /** The tables of its csv, tsv and jsonl output. */
  abstract List<Table> tables();

  /** The sections of its text report. */
  abstract Set<TextWriter.Section> sections();

  /** The --ner-model option of commands that find names, or null. */
  NerModelOption nerModelOption() {
    return null;
  }

  /** The directory to write one file per table into, or null for one stream. */
  Path outputDir() {
    return null;
  }

  @Override
  public Integer call() throws IOException {
    Console console = main.console();
    ArticleSettings settings = ArticleSettings.check(this, console);
    return new ArticleRun(console, settings, main.preloaded()).run(destinations(settings, console));
  }

  /** Where the results go: standard output or --output, or one file per table in --output-dir. */
  private List<ArticleRun.Destination> destinations(ArticleSettings s, Console console) throws IOException {
    List<ArticleRun.Destination> destinations = new ArrayList<>();
    if (s.outputDir() == null) {
      OutputTarget target = s.output() == null ? OutputTarget.stream(console.stdout()) : OutputTarget.file(s.output());
      String name = s.output() == null ? "standard output" : s.output().toString();
      destinations.add(destination(s, target, name, tables()));
      return destinations;
    }
    Files.createDirectories(s.outputDir());
    for (Table table : tables()) {
      Path file = s.outputDir().resolve(table.file() + "." + s.format());
      destinations.add(destination(s, OutputTarget.file(file), file.toString(), List.of(table)));
    }
    return destinations;
  }

  private ArticleRun.Destination destination(ArticleSettings s, OutputTarget target, String name, List<Table> tables)
      throws IOException {
    return new ArticleRun.Destination(
        target, WriterFactory.create(s.format(), target.writer(), tables, sections(), s.colour(), s.header()), name);
  }
}
