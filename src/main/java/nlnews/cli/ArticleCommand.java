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

  /**
   * Whether a run with {@code args} analyses articles, so that the data its stages read is worth
   * starting to load before the command line is parsed; a command that can also read results made
   * earlier says no for such a run.
   */
  boolean analyses(String[] args) {
    return true;
  }

  /** The --ner-model option of commands that find names, or null. */
  NerModelOption nerModelOption() {
    return null;
  }

  /** The directory to write one file per table into, or null for one stream. */
  Path outputDir() {
    return null;
  }

  @Override
  public Integer call() {
    Console console = main.console();
    ArticleSettings settings = ArticleSettings.check(this, console);
    List<ArticleRun.Destination> destinations = new ArrayList<>();
    try {
      addDestinations(settings, console, destinations);
    } catch (CannotWrite e) {
      for (ArticleRun.Destination d : destinations) {
        Reports.discard(d.target());
      }
      console.stderr().println(Messages.of("cannot write " + e.name + ": " + Messages.cause(e.problem)));
      console.stderr().flush();
      return ExitCodes.INTERNAL;
    }
    return new ArticleRun(console, settings, main.preloaded()).run(destinations);
  }

  /** A destination that cannot be opened, by the name the user knows it by. */
  private static final class CannotWrite extends Exception {
    private static final long serialVersionUID = 1L;
    final String name;
    final transient IOException problem;

    CannotWrite(Object name, IOException problem) {
      super(null, null, false, false);
      this.name = String.valueOf(name);
      this.problem = problem;
    }
  }

  /**
   * Where the results go: standard output or --output, or one file per table in --output-dir
   * (made if missing). Opened before any article is read, so that a path that cannot be written
   * is reported at once.
   */
  private void addDestinations(ArticleSettings s, Console console, List<ArticleRun.Destination> destinations)
      throws CannotWrite {
    if (s.outputDir() == null) {
      if (s.output() == null) {
        destinations.add(destination(s, OutputTarget.stream(console.stdout()), "standard output", tables()));
        return;
      }
      destinations.add(destination(s, open(s.output(), s.output()), s.output().toString(), tables()));
      return;
    }
    try {
      Files.createDirectories(s.outputDir());
    } catch (IOException e) {
      throw new CannotWrite(s.outputDir(), e);
    }
    for (Table table : tables()) {
      Path file = s.outputDir().resolve(table.file() + "." + s.format());
      destinations.add(destination(s, open(file, file), file.toString(), List.of(table)));
    }
  }

  private static OutputTarget open(Path file, Object name) throws CannotWrite {
    try {
      return OutputTarget.file(file);
    } catch (IOException e) {
      throw new CannotWrite(name, e);
    }
  }

  private ArticleRun.Destination destination(ArticleSettings s, OutputTarget target, String name, List<Table> tables)
      throws CannotWrite {
    try {
      return new ArticleRun.Destination(
          target, WriterFactory.create(s.format(), target.writer(), tables, sections(), s.colour(), s.header(), s.csvSafe()), name);
    } catch (IOException e) {
      throw new CannotWrite(name, e);
    }
  }
}
