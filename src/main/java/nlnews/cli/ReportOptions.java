package nlnews.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of the evaluation commands: how to print the figures, and whether to list the errors. */
final class ReportOptions {

  /** Output formats of an evaluation. */
  enum Format {
    text, csv
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (a report for people) or csv (rows metric,value) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--details",
      description = "After the figures, list everything that was not right (text only).")
  boolean details;

  /** Refuses --details with csv, before any work. */
  void check(CommandSpec spec) {
    if (details && format != Format.text) {
      throw new ParameterException(spec.commandLine(), "--details goes with --format text only");
    }
  }

  boolean csv() {
    return format == Format.csv;
  }
}
