package nlnews.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import nlnews.entities.NerModel;
import nlnews.input.InputFormat;
import nlnews.input.RowFields;
import nlnews.output.Table;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What an article command's options mean for its run, checked once before any work starts: the
 * inputs, how to read them, the stages, the name model, and where and how the results go. A bad
 * combination is a usage error (exit 2), found here and nowhere else.
 *
 * @param nerModel the name model from --ner-model, or null for the bundled one
 * @param followOutside whether the walk follows symbolic links out of the directories named
 * @param output the file of --output, or null for standard output (also for /dev/stdout)
 * @param outputDir the directory of tables of {@code analyze --output-dir}, or null
 * @param header whether CSV and TSV start with a header row (not with --no-header)
 * @param csvSafe whether CSV and TSV cells that a spreadsheet would run as formulas get a quote
 * @param inputFormat how inputs hold their articles (text, a table, or by extension)
 * @param fields which fields of an article table hold id, date, title, text and outlet
 * @param skipNonDutch whether an article in another language is skipped (with a note) rather than analysed
 */
record ArticleSettings(
    List<String> paths,
    String glob,
    boolean followOutside,
    Charset encoding,
    long maxBytes,
    int threads,
    boolean quiet,
    Set<Stage> stages,
    NerModel nerModel,
    OutputOptions.Format format,
    Path output,
    Path outputDir,
    boolean colour,
    boolean header,
    boolean csvSafe,
    InputFormat inputFormat,
    RowFields fields,
    boolean skipNonDutch) {

  static final int MAX_THREADS = 1024;

  /** How much of a --files-from list is read at a time. */
  private static final int LIST_CHUNK = 1 << 16;

  ArticleSettings {
    paths = List.copyOf(paths);
    stages = Set.copyOf(stages);
  }

  /**
   * The settings of {@code command} as parsed, or the usage error of the first thing wrong, in
   * this order: where the output goes, its format, the name model, the inputs, the threads, the
   * glob, and what --output or --output-dir names (a directory, a missing one, an input).
   */
  static ArticleSettings check(ArticleCommand command, Console console) {
    CommandSpec spec = command.spec;
    InputOptions in = command.inputs;
    OutputOptions out = command.outputs;
    Path outputDir = command.outputDir();
    if (outputDir != null && out.output != null) {
      throw new ParameterException(spec.commandLine(), "--output and --output-dir cannot be combined");
    }
    OutputOptions.Format format = format(command, outputDir);
    if (out.noHeader && format != OutputOptions.Format.csv && format != OutputOptions.Format.tsv) {
      throw new ParameterException(spec.commandLine(), OutputOptions.NO_HEADER + " applies to csv and tsv, not " + format);
    }
    NerModel nerModel = command.nerModelOption() == null ? null : command.nerModelOption().load();
    List<String> paths = paths(spec, in, console);
    int threads = in.threadCount();
    if (threads < 1 || threads > MAX_THREADS) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
    }
    // A walk for article tables takes their files unless told otherwise.
    String globText = spec.commandLine().getParseResult().hasMatchedOption("--glob") ? in.glob : in.inputFormat.defaultGlob();
    PathMatcher glob = glob(spec, globText);
    Path output = out.output != null && OutputChecks.isStandardOutput(out.output) ? null : out.output;
    String problem =
        output != null
            ? OutputChecks.problem("--output", output, paths, glob)
            : outputDir != null ? OutputChecks.directoryProblem(outputDir, tableFiles(command, format), paths, glob) : null;
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
    boolean colour =
        switch (out.color) {
          case always -> true;
          case never -> false;
          case auto -> output == null && outputDir == null && console.stdoutIsTerminal() && !console.noColor();
        };
    RowFields fields =
        new RowFields(
            in.idField, in.dateField, in.titleField, in.textField,
            in.sourceField != null ? List.of(in.sourceField) : RowFields.DEFAULT.source());
    return new ArticleSettings(
        paths, globText, in.followOutside, in.encoding, in.maxBytes, threads, in.quiet, command.stages(), nerModel,
        format, output, outputDir, colour, !out.noHeader, out.csvSafe, in.inputFormat, fields,
        in.nonDutch == InputOptions.NonDutch.skip);
  }

  /**
   * The paths the file of --files-from lists, one a line (a CR before the LF dropped) or, with
   * -0, separated by NUL characters; empty entries are none. A list that cannot be read is a
   * usage error.
   */
  private static List<String> listed(CommandSpec spec, InputOptions in, Console console) {
    String list;
    try (InputStream stream = in.filesFrom.equals("-") ? console.stdin() : Files.newInputStream(Path.of(in.filesFrom))) {
      // File names are decoded as the command line's arguments are.
      // Chunk by chunk: FileInputStream.readAllBytes asks a pipe for its position, which it has not.
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] chunk = new byte[LIST_CHUNK];
      for (int n; (n = stream.read(chunk)) != -1; ) {
        bytes.write(chunk, 0, n);
      }
      list = bytes.toString(Charset.defaultCharset());
    } catch (IOException | RuntimeException e) {
      String cause = e instanceof IOException io ? Messages.cause(io) : "not a file name";
      throw new ParameterException(spec.commandLine(), "--files-from " + in.filesFrom + ": " + cause);
    }
    List<String> paths = new ArrayList<>();
    for (String entry : list.split(in.nullSeparated ? "\\x00" : "\\n", -1)) {
      String path = !in.nullSeparated && entry.endsWith("\r") ? entry.substring(0, entry.length() - 1) : entry;
      if (!path.isEmpty()) {
        paths.add(path);
      }
    }
    return paths;
  }

  /** The matcher of --glob, or the usage error of a pattern that is none, in one line. */
  static PathMatcher glob(CommandSpec spec, String glob) {
    try {
      return Path.of(".").getFileSystem().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw new ParameterException(
          spec.commandLine(), "--glob '" + glob + "': not a valid pattern (" + e.getDescription().replace("Missing '", "missing ") + ")");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--glob '" + glob + "': not a valid pattern");
    }
  }

  /** The file names of the tables of {@code analyze --output-dir}. */
  private static List<String> tableFiles(ArticleCommand command, OutputOptions.Format format) {
    List<String> names = new ArrayList<>();
    for (Table t : command.tables()) {
      names.add(t.file() + "." + format);
    }
    return names;
  }

  /**
   * The format asked for. A CSV or TSV stream holds one table, so a command with several
   * (analyze) writes them only as files in a directory; and that directory holds CSV (the
   * default there) or TSV.
   */
  private static OutputOptions.Format format(ArticleCommand command, Path outputDir) {
    CommandSpec spec = command.spec;
    OutputOptions.Format format = command.outputs.format;
    boolean delimited = format == OutputOptions.Format.csv || format == OutputOptions.Format.tsv;
    if (outputDir == null && delimited && command.tables().size() > 1) {
      // Only analyze prints several tables: its five.
      throw new ParameterException(
          spec.commandLine(),
          spec.name() + " writes " + format + " only with --output-dir DIR (one file per table); use text or jsonl on standard output");
    }
    if (outputDir != null && !delimited) {
      if (spec.commandLine().getParseResult().hasMatchedOption(OutputOptions.FORMAT)) {
        throw new ParameterException(spec.commandLine(), "--output-dir writes csv or tsv, not " + format);
      }
      return OutputOptions.Format.csv;
    }
    return format;
  }

  /**
   * The inputs to walk: the paths given and those --files-from lists, or standard input when it
   * is piped and neither is given.
   */
  private static List<String> paths(CommandSpec spec, InputOptions in, Console console) {
    if (in.nullSeparated && in.filesFrom == null) {
      throw new ParameterException(spec.commandLine(), "-0/--null separates the list of --files-from; give --files-from FILE");
    }
    if (in.filesFrom != null) {
      List<String> paths = new ArrayList<>(in.paths);
      if (in.paths.contains("-") && in.filesFrom.equals("-")) {
        throw new ParameterException(spec.commandLine(), "standard input cannot be both an article and the list of --files-from");
      }
      paths.addAll(listed(spec, in, console));
      return paths;
    }
    if (!in.paths.isEmpty()) {
      return in.paths;
    }
    if (console.stdinIsTerminal()) {
      throw new ParameterException(
          spec.commandLine(), "no input: give files or directories, or pipe text into standard input");
    }
    return List.of("-");
  }
}
