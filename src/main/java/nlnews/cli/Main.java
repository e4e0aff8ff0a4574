package nlnews.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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
    subcommands = {
      AnalyzeCommand.class,
      EntitiesCommand.class,
      QuotesCommand.class,
      SentimentCommand.class,
      StemCommand.class,
      NerCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was analysed (binary files met while walking a directory are skipped with a note)",
      "1:some inputs failed; each is reported on stderr as 'nlnews: PATH: cause' and the others are in the output",
      "2:usage error",
      "3:internal error, or the output could not be written"
    })
public final class Main implements Runnable {

  private final Console console;

  Main(Console console) {
    this.console = console;
  }

  Console console() {
    return console;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "missing command: analyze, entities, quotes, sentiment, stem or ner");
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
    CommandLine cli = commandLine(console);
    return cli.execute(args);
  }

  static CommandLine commandLine(Console console) {
    CommandLine cli = new CommandLine(new Main(console));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(console.stdout(), StandardCharsets.UTF_8), true);
    cli.setOut(out);
    cli.setErr(console.stderr());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Every command documents the exit codes the top-level help lists.
    java.util.Map<String, String> exitCodes = cli.getCommandSpec().usageMessage().exitCodeList();
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
      }
    }
    cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    cli.setParameterExceptionHandler(
        (e, args) -> {
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

  /** The version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"nlnews " + (version == null ? "(development build)" : version)};
    }
  }
}
