package nlnews.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
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
