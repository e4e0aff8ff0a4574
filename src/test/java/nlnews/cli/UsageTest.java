package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What every command answers about itself: --version, mistakes, help examples, completion. */
class UsageTest {

  /** Issue 18: `analyze --version` printed nothing. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--version", "analyze --version", "stem -V", "quotes eval --version", "sentiment split -V", "ner eval --version", "completion --version"})
  void issue18EveryCommandPrintsTheVersion(String args) {
    TestConsole.Run run = TestConsole.run(null, args.split(" "));
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stdout().matches("nlnews \\S.*\n"), run.stdout());
    assertEquals("", run.stderr());
  }

  /** Issue 18: a mistyped command or option gets one line with the nearest one, then the hint. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          analyse testdata/eval/brug.txt            | nlnews: unknown command 'analyse'; did you mean 'analyze'? | nlnews
          analyze --formt csv testdata/eval/brug.txt | nlnews: unknown option '--formt'; did you mean '--format'? | nlnews analyze
          stem --formt=tsv testdata/eval/brug.txt    | nlnews: unknown option '--formt'; did you mean '--format'? | nlnews stem
          ner evl testdata/ner/tiny.conll           | nlnews: unknown command 'evl'; did you mean 'eval'?        | nlnews ner
          sentiment eval --formt csv x.csv          | nlnews: unknown option '--formt'; did you mean '--format'? | nlnews sentiment eval
          frobnicate                                | nlnews: unknown command 'frobnicate'                      | nlnews
          """)
  void issue18AMistakeSuggestsTheNearestName(String args, String message, String command) {
    TestConsole.Run run = TestConsole.run(null, args.trim().split(" +"));
    assertEquals(ExitCodes.USAGE, run.exit());
    assertEquals("", run.stdout());
    assertEquals(message.trim() + "\nTry '" + command.trim() + " --help' for more information.\n", run.stderr());
  }

  @Test
  void noCommandIsAUsageErrorOnTheConsolesStderr() {
    TestConsole.Run run = TestConsole.run(null);
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.stderr().startsWith("nlnews: missing command: analyze, "), run.stderr());
  }

  /** Issue 18: the completion script knows every command, subcommand and option. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bash", "zsh"})
  void completionNamesEveryCommandAndOption(String shell) {
    TestConsole.Run run = TestConsole.run(null, "completion", shell);
    assertEquals(0, run.exit(), run.stderr());
    String script = run.stdout();
    assertTrue(script.startsWith("#!/usr/bin/env bash\n"), script);
    assertTrue(script.contains("complete -F _complete_nlnews -o default nlnews"), script);
    assertTrue(script.contains("bashcompinit"), "zsh runs the script through bashcompinit");
    for (CommandLine command : commands(Main.everyCommand(quietConsole()))) {
      String name = command.getCommandSpec().qualifiedName(" ");
      if (command.getCommandSpec().usageMessage().hidden() || name.endsWith(" help")) {
        continue;
      }
      assertTrue(script.contains("function _picocli_" + name.replace(' ', '_') + "()"), name);
      for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
        assertTrue(script.contains(option.longestName()), name + " " + option.longestName());
      }
    }
    // Option values the shell can offer.
    assertTrue(script.contains("FORMAT_option_args=(\"text\" \"csv\" \"tsv\" \"jsonl\")"), script);
  }

  @Test
  void completionOfAnUnknownShellIsAUsageError() {
    TestConsole.Run run = TestConsole.run(null, "completion", "fish");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.stderr().startsWith("nlnews: Invalid value for positional parameter at index 0 (SHELL): expected one of [bash, zsh]"), run.stderr());
  }

  /**
   * Issue 18: every command's help ends with examples, each short enough not to wrap at
   * picocli's 80 columns (a wrapped line no longer runs when pasted). ExamplesIT runs them.
   */
  @Test
  void issue18EveryHelpEndsWithExamples() {
    for (CommandLine command : commands(Main.everyCommand(quietConsole()))) {
      String name = command.getCommandSpec().qualifiedName();
      if (name.endsWith(" help")) {
        continue;
      }
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      int examples = help.lastIndexOf("\nExamples:\n");
      assertTrue(examples > 0, name + " has no examples:\n" + help);
      List<String> lines = help.substring(examples + "\nExamples:\n".length()).lines().toList();
      assertTrue(!lines.isEmpty() && lines.size() <= 4, name + ": " + lines);
      for (String line : lines) {
        assertTrue(line.startsWith("  "), name + ": " + line);
        assertTrue(line.length() <= 78, name + ": too long to stay on one line: " + line);
        assertTrue(line.contains("nlnews "), name + ": " + line);
      }
    }
  }

  private static Console quietConsole() {
    return new Console(
        new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), new PrintWriter(Writer.nullWriter()), true,
        false, false, Map.of());
  }

  /** Every command below {@code root} (and root), depth first. */
  static List<CommandLine> commands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    all.add(root);
    for (CommandLine sub : root.getSubcommands().values()) {
      all.addAll(commands(sub));
    }
    return all;
  }
}
