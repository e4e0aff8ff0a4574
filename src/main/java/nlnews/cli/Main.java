package nlnews.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nlnews.pipeline.PipelineResources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
      "0:every input was analysed (a binary file, a link out of the tree, a file reached twice or a named pipe met while walking is skipped with a note)",
      "1:some inputs failed; each is reported on stderr as 'nlnews: PATH: cause' and the others are in the output",
      "2:usage error, including an --output that is a directory, in a missing directory, or one of the inputs",
      "3:internal error, or the output could not be written"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews analyze testdata/articles/000_5c69a24cfa2252fd.txt",
      "  nlnews entities --format csv testdata/articles | sort -t, -k5,5nr | head",
      "  nlnews help quotes"
    })
public final class Main implements Runnable {

  /**
   * The commands, in the order help lists them. Building a command's model costs picocli
   * reflection, which start-up pays in the interpreter, so a run builds only the command it
   * runs; help and mistakes get them all.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("analyze", AnalyzeCommand::new);
    commands.put("entities", EntitiesCommand::new);
    commands.put("quotes", QuotesCommand::new);
    commands.put("mentions", MentionsCommand::new);
    commands.put("sentiment", SentimentCommand::new);
    commands.put("corpus", CorpusCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("stem", StemCommand::new);
    commands.put("eval", EvalCommand::new);
    commands.put("ner", NerCommand::new);
    commands.put("completion", CompletionCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
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

  @Spec CommandSpec spec;

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
        spec.commandLine(), "missing command: analyze, entities, quotes, mentions, sentiment, corpus, report, stem, eval, ner or completion");
  }

  public static void main(String[] args) {
    int exit;
    try {
      exit = run(args, Console.system());
    } catch (Throwable t) {
      // picocli handles exceptions; an Error (a broken data file in a static initialiser,
      // running out of memory) still deserves one line and the documented exit code.
      System.err.println(Messages.of(internalError(t)));
      exit = ExitCodes.INTERNAL;
    }
    System.exit(exit);
  }

  /** Runs the command line against {@code console} and returns the exit code. */
  public static int run(String[] args, Console console) {
    return commandLine(console, args).execute(args);
  }

  /**
   * The command line for {@code args}, with its streams, exit codes and error handlers: what
   * {@link #main} runs and what tests run. When the arguments name a command that analyses
   * articles, the data its stages read starts loading here, on other cores, while picocli
   * builds the command and parses: reading it takes about as long as picocli takes to start.
   */
  static CommandLine commandLine(Console console, String[] args) {
    String first = args.length > 0 ? args[0] : "";
    Object command = first.equals("help") || !COMMANDS.containsKey(first) ? null : COMMANDS.get(first).get();
    Map<String, Class<?>> nested = NESTED.getOrDefault(first, Map.of());
    boolean elsewhere = asksFor(nested, args);
    PipelineResources preloaded =
        command instanceof ArticleCommand articles && articles.analyses(args) && !elsewhere && !namesOwnModel(args)
            ? PipelineResources.start(articles.stages(), null)
            : null;
    CommandLine cli = new CommandLine(new Main(console, preloaded));
    if (command != null) {
      cli.addSubcommand(first, command);
      if (elsewhere) {
        nested.forEach(cli.getSubcommands().get(first)::addSubcommand);
      }
    } else {
      COMMANDS.forEach((name, create) -> cli.addSubcommand(name, create.get()));
      NESTED.forEach((parent, commands) -> commands.forEach(cli.getSubcommands().get(parent)::addSubcommand));
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(console.stdout(), StandardCharsets.UTF_8), true);
    cli.setOut(out);
    cli.setErr(console.stderr());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Every command, down to `ner eval`, answers --version as the top level does, and documents
    // the exit codes the top-level help lists unless it has its own (eval, quotes eval).
    CommandSpec root = cli.getCommandSpec();
    everySubcommand(cli, sub -> {
      CommandSpec subSpec = sub.getCommandSpec();
      subSpec.versionProvider(root.versionProvider());
      if (subSpec.usageMessage().exitCodeList().isEmpty()) {
        subSpec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(root.usageMessage().exitCodeList());
      }
    });
    // What reaches the mapper escaped both handlers below: a bug in nlnews or in its use of picocli.
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println(Messages.of(UsageMessages.of(e)));
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
          err.flush();
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof UsageException) {
            err.println(Messages.of(e.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
          }
          err.println(Messages.of(internalError(e)));
          if (console.env().get("NLNEWS_DEBUG") != null) {
            e.printStackTrace(err);
          }
          err.flush();
          return ExitCodes.INTERNAL;
        });
    return cli;
  }

  /** The one line for a failure no handler expected: running out of memory, or a bug. */
  static String internalError(Throwable t) {
    if (t instanceof OutOfMemoryError) {
      return "out of memory; try NLNEWS_JAVA_OPTS=-Xmx" + Runtime.getRuntime().maxMemory() * 4 / (1 << 20) + "m";
    }
    return "internal error (a bug in nlnews): " + describe(t);
  }

  /** What a bug's exception says, or that it says nothing; NLNEWS_DEBUG=1 prints the stack trace. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    return (message == null || message.isBlank() ? "no details" : message) + " (NLNEWS_DEBUG=1 shows where)";
  }

  /**
   * The command line with every command and subcommand built, as help shows it: what shell
   * completion, the man pages and tests describe. A run builds only the command it runs.
   */
  static CommandLine everyCommand(Console console) {
    return commandLine(console, new String[0]);
  }

  /**
   * True when the arguments name one of {@code nested} or ask for help, which lists them, or for
   * the version: then the command itself analyses nothing.
   */
  private static boolean asksFor(Map<String, Class<?>> nested, String[] args) {
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (nested.containsKey(a) || a.equals("-h") || a.equals("--help") || a.equals("help")
          || a.equals("-V") || a.equals("--version")) {
        return true;
      }
    }
    return false;
  }

  /** True when the arguments name a model of their own, which is read only once they are parsed. */
  private static boolean namesOwnModel(String[] args) {
    for (String a : args) {
      if (a.startsWith(NerModelOption.NAME)) {
        return true;
      }
    }
    return false;
  }

  /** Applies {@code action} to every subcommand below {@code parent} but the help command. */
  private static void everySubcommand(CommandLine parent, Consumer<CommandLine> action) {
    for (CommandLine sub : parent.getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        action.accept(sub);
        everySubcommand(sub, action);
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
