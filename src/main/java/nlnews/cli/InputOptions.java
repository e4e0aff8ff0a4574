package nlnews.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import nlnews.input.InputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every article command shares for choosing and reading its inputs. */
public final class InputOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Article files, directories (walked recursively; hidden entries skipped; each file read "
              + "once) or '-' for standard input. A named pipe named here is read like standard input. "
              + "With no PATH and piped input, reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = "*.txt",
      description = "File names to take when walking a directory (default: ${DEFAULT-VALUE}).")
  String glob;

  @Option(
      names = "--files-from",
      paramLabel = "FILE",
      description =
          "Also read the paths to analyse from FILE, one a line ('-': standard input), "
              + "e.g. find ... | nlnews entities --files-from -.")
  String filesFrom;

  @Option(
      names = {"-0", "--null"},
      description = "The list of --files-from is separated by NUL characters, as find -print0 writes it.")
  boolean nullSeparated;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      converter = InputFormatConverter.class,
      completionCandidates = InputFormatConverter.Names.class,
      description =
          "text (one article a file), csv, tsv or jsonl (an article table: one article a row), or "
              + "auto: by extension (.csv, .tsv, .jsonl, .ndjson; text otherwise). Default: ${DEFAULT-VALUE}.")
  InputFormat inputFormat;

  @Option(
      names = "--id-field",
      paramLabel = "NAME",
      defaultValue = "id",
      description = "The field (column) of an article table holding the article id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(
      names = "--date-field",
      paramLabel = "NAME",
      defaultValue = "date",
      description = "The field holding the date: 2022-03-15, 2022-03-15T10:18:37Z, 15-03-2022 or 15/03/2022 (default: ${DEFAULT-VALUE}).")
  String dateField;

  @Option(
      names = "--title-field",
      paramLabel = "NAME",
      defaultValue = "title",
      description = "The field holding the title, which becomes paragraph 1 (default: ${DEFAULT-VALUE}).")
  String titleField;

  @Option(
      names = "--text-field",
      paramLabel = "NAME",
      defaultValue = "text",
      description = "The field holding the article text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(
      names = "--source-field",
      paramLabel = "NAME",
      description = "The field holding the outlet, for the source column (default: source, else outlet).")
  String sourceField;

  /** What to do with an article that is not in Dutch. */
  enum NonDutch {
    analyse, skip
  }

  @Option(
      names = "--non-dutch",
      paramLabel = "WHAT",
      defaultValue = "analyse",
      description =
          "An article in another language (Frisian, German ...) is noted on stderr and then analysed "
              + "(analyse, the default) or skipped (skip).")
  NonDutch nonDutch;

  @Option(
      names = "--follow-outside-links",
      description =
          "Follow symbolic links met while walking to files and directories outside the directories "
              + "named, too. By default such a link is skipped with a note.")
  boolean followOutside;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      converter = CharsetConverter.class,
      description =
          "Decode inputs with this encoding (e.g. windows-1252). Default: UTF-8, strictly, "
              + "with a byte-order mark stripped; a UTF-16 byte-order mark selects UTF-16.")
  Charset encoding;

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      defaultValue = "10M",
      converter = SizeConverter.class,
      description = "Larger inputs are reported and skipped (default: ${DEFAULT-VALUE}; suffixes k, M, G).")
  long maxBytes;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description = "Analyse with N threads (default: the number of processors). Output order never depends on it.")
  Integer threads;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line and no summary on stderr; failures are still reported.")
  boolean quiet;

  int threadCount() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
