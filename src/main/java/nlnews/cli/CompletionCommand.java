package nlnews.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** nlnews completion: prints the shell script that completes nlnews's commands and options. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a script that completes nlnews's commands, options and option values when Tab is "
          + "pressed. For zsh it is the same script, which switches on zsh's emulation of bash "
          + "completion (bashcompinit).",
      "Load it in every new shell from ~/.bashrc or ~/.zshrc with 'source <(nlnews completion bash)' "
          + "(or zsh), or save it once where bash-completion looks: "
          + "'nlnews completion bash > ~/.local/share/bash-completion/completions/nlnews'. The "
          + "release archive has both scripts in completion/."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews completion bash > nlnews.bash && source nlnews.bash",
      "  nlnews completion zsh | head"
    })
final class CompletionCommand implements Callable<Integer> {

  /** The shells whose script this command prints. */
  enum Shell {
    bash, zsh
  }

  @ParentCommand Main main;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    Console console = main.console();
    // The running command line holds only this command (Main builds what runs); the script
    // describes them all.
    String script = AutoComplete.bash("nlnews", Main.everyCommand(console));
    return Reports.toStdout(console, out -> out.write(script), ExitCodes.OK, ExitCodes.OK);
  }
}
