package nlnews.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every article command shares for writing its results. */
public final class OutputOptions {

  /** Output formats. */
  public enum Format {
    text, csv, tsv, jsonl
  }

  /** When to colour the text report. */
  public enum ColorMode {
    auto, always, never
  }

  /** The name of the format option, to ask picocli whether it was given. */
  static final String FORMAT = "--format";

  @Option(
      names = {"-f", FORMAT},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (a report for people), csv, tsv or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output; it appears only when the run completes.")
  Path output;

  @Option(
      names = "--csv-safe",
      description =
          "For CSV and TSV that will be opened in a spreadsheet: a text cell that starts with =, +, -, @, "
              + "a tab or a carriage return gets a ' in front, so that it is not run as a formula. "
              + "Changes those cells' text; off by default.")
  boolean csvSafe;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never.")
  ColorMode color;

  /** The name of the option that leaves out the header row. */
  static final String NO_HEADER = "--no-header";

  @Option(
      names = NO_HEADER,
      description = "CSV and TSV: no header row, so that the output of several runs (xargs -n) can be concatenated.")
  boolean noHeader;
}
