package nlnews.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nlnews.pipeline.PipelineResources;
import nlnews.pipeline.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The nlnews command line: the only place that exits the process. */
@Command(
    name = "nlnews",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads Dutch news articles and reports which people, places and organisations occur, "
          + "who said what, and how positive or pessimistic each paragraph is."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was analysed (binary files met while walking a directory are skipped with a note)",
      "1:some inputs failed; each is reported on stderr as 'nlnews: PATH: cause' and the others are in the output",
      "2:usage error",
      "3:internal error, or the output could not be written"
    })
public final class Main implements Runnable {

  /**
   * The commands, in the order help lists them. Building a command's model costs picocli
   * reflection, which start-up pays in the interpreter, so a run builds only the command it
   * runs; help and mistakes get them all.
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("analyze", AnalyzeCommand.class);
    commands.put("entities", EntitiesCommand.class);
    commands.put("quotes", QuotesCommand.class);
    commands.put("sentiment", SentimentCommand.class);
    commands.put("stem", StemCommand.class);
    commands.put("ner", NerCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  /** Commands under a command that also analyses articles itself; added when asked for. */
  private static final Map<String, Map<String, Class<?>>> NESTED = nested();

  private static Map<String, Map<String, Class<?>>> nested() {
    Map<String, Class<?>> quotes = new LinkedHashMap<>();
    quotes.put("eval", QuotesEvalCommand.class);
    Map<String, Class<?>> sentiment = new LinkedHashMap<>();
    sentiment.put("eval", SentimentEvalCommand.class);
    sentiment.put("split", SentimentSplitCommand.class);
    sentiment.put("train", SentimentTrainCommand.class);
    return Map.of("quotes", Collections.unmodifiableMap(quotes), "sentiment", Collections.unmodifiableMap(sentiment));
  }

  private final Console console;
  private final PipelineResources preloaded;

  Main(Console console, PipelineResources preloaded) {
    this.console = console;
    this.preloaded = preloaded;
  }

  Console console() {
    return console;
  }

  /** What began loading before the command line was parsed, or null. */
  PipelineResources preloaded() {
    return preloaded;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(new Main(console, null)), "missing command: analyze, entities, quotes, sentiment, stem or ner");
  }

  public static void main(String[] args) {
    int exit;
    try {
      exit = run(args, Console.system());
    } catch (Throwable t) {
      // picocli handles exceptions; an Error (a broken data file in a static initialiser,
      // running out of memory) still deserves one line and the documented exit code.
      System.err.println("nlnews: internal error: " + t);
      exit = ExitCodes.INTERNAL;
    }
    System.exit(exit);
  }

  /** Runs the command line against {@code console} and returns the exit code. */
  public static int run(String[] args, Console console) {
    // Reading the data files and the model takes about as long as picocli takes to start:
    // begin on another core while the command line is parsed.
    PipelineResources preloaded = preload(args);
    CommandLine cli = commandLine(console, args, preloaded);
    return cli.execute(args);
  }

  /** Starts reading what the command in {@code args} will need, when that is plain; else null. */
  static PipelineResources preload(String[] args) {
    if (args.length < 2) {
      return null;
    }
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")
          || a.startsWith("--ner-model") || a.equals("eval") || a.equals("split") || a.equals("train")) {
        return null;
      }
    }
    Set<Stage> stages =
        switch (args[0]) {
          case "analyze" -> EnumSet.allOf(Stage.class);
          case "entities" -> EnumSet.of(Stage.ENTITIES);
          case "quotes" -> EnumSet.of(Stage.QUOTES);
          case "sentiment" -> EnumSet.of(Stage.TONE);
          case "stem" -> EnumSet.noneOf(Stage.class);
          default -> null;
        };
    return stages == null ? null : PipelineResources.start(stages, null);
  }

  static CommandLine commandLine(Console console, String[] args, PipelineResources preloaded) {
    CommandLine cli = new CommandLine(new Main(console, preloaded));
    String first = args.length > 0 ? args[0] : "";
    Class<?> only = first.equals("help") ? null : COMMANDS.get(first);
    if (only != null) {
      cli.addSubcommand(first, only);
      Map<String, Class<?>> nested = NESTED.getOrDefault(first, Map.of());
      if (asksFor(nested, args)) {
        nested.forEach(cli.getSubcommands().get(first)::addSubcommand);
      }
    } else {
      COMMANDS.forEach(cli::addSubcommand);
      NESTED.forEach((parent, nested) -> nested.forEach(cli.getSubcommands().get(parent)::addSubcommand));
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(console.stdout(), StandardCharsets.UTF_8), true);
    cli.setOut(out);
    cli.setErr(console.stderr());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Every command, down to `ner eval`, documents the exit codes the top-level help lists.
    documentExitCodes(cli, cli.getCommandSpec().usageMessage().exitCodeList());
    cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("nlnews: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
          err.flush();
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("nlnews: internal error: " + e);
          if (console.env().get("NLNEWS_DEBUG") != null) {
            e.printStackTrace(err);
          }
          err.flush();
          return ExitCodes.INTERNAL;
        });
    return cli;
  }

  /** True when the arguments name one of {@code nested} or ask for help, which lists them. */
  private static boolean asksFor(Map<String, Class<?>> nested, String[] args) {
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (nested.containsKey(a) || a.equals("-h") || a.equals("--help") || a.equals("help")) {
        return true;
      }
    }
    return false;
  }

  private static void documentExitCodes(CommandLine parent, Map<String, String> exitCodes) {
    for (CommandLine sub : parent.getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        documentExitCodes(sub, exitCodes);
      }
    }
  }

  /** The version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"nlnews " + (version == null ? "(development build)" : version)};
    }
  }
}
