package nlnews.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nlnews.entities.NerModel;
import nlnews.output.AnalysisWriter;
import nlnews.output.DelimitedWriter;
import nlnews.output.JsonLinesWriter;
import nlnews.output.OutputTarget;
import nlnews.output.Table;
import nlnews.output.TextWriter;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that analyses articles and prints one table, or its text report. */
abstract class ArticleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Mixin InputOptions inputs;

  @Mixin OutputOptions outputs;

  abstract Set<Stage> stages();

  abstract Table table();

  abstract Set<TextWriter.Section> sections();

  /** The --ner-model option of commands that find names, or null. */
  NerModelOption nerModelOption() {
    return null;
  }

  @Override
  public Integer call() throws IOException {
    Console console = main.console();
    ArticleRun run = new ArticleRun(console, spec, inputs, main.preloaded());
    NerModel nerModel = null;
    if (nerModelOption() != null) {
      try {
        nerModel = nerModelOption().load();
      } catch (NerModelOption.ModelException e) {
        console.stderr().println(e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    List<String> paths = run.paths();
    int threads = run.threads();
    OutputTarget target =
        outputs.output == null ? OutputTarget.stream(console.stdout()) : OutputTarget.file(outputs.output);
    String name = outputs.output == null ? "standard output" : outputs.output.toString();
    List<ArticleRun.Destination> destinations = new ArrayList<>();
    destinations.add(new ArticleRun.Destination(target, writer(target, console), name));
    return run.run(paths, threads, stages(), nerModel, destinations);
  }

  AnalysisWriter writer(OutputTarget target, Console console) throws IOException {
    return switch (outputs.format) {
      case text -> new TextWriter(target.writer(), sections(), outputs.colour(console, target));
      case csv -> DelimitedWriter.csv(target.writer(), table());
      case tsv -> DelimitedWriter.tsv(target.writer(), table());
      case jsonl -> new JsonLinesWriter(target.writer(), List.of(table()));
    };
  }
}
