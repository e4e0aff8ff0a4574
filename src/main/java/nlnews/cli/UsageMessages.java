package nlnews.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line that says what was wrong with a command line. A mistyped command or option gets
 * the nearest one the command knows ("unknown command 'analyse'; did you mean 'analyze'?"),
 * where picocli would list everything that shares two letters with it.
 */
final class UsageMessages {

  private UsageMessages() {}

  static String of(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
    String typed = unmatched.getUnmatched().get(0);
    if (unmatched.isUnknownOption()) {
      String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
      return "unknown option '" + name + "'" + hint(Nearest.among(name, optionNames(spec)));
    }
    if (!visibleSubcommands(spec).isEmpty()) {
      return "unknown command '" + typed + "'" + hint(Nearest.among(typed, visibleSubcommands(spec)));
    }
    return e.getMessage();
  }

  private static String hint(Optional<String> nearest) {
    return nearest.map(n -> "; did you mean '" + n + "'?").orElse("");
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        names.addAll(List.of(option.names()));
      }
    }
    return names;
  }

  private static List<String> visibleSubcommands(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    spec.subcommands().forEach((name, sub) -> {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        names.add(name);
      }
    });
    return names;
  }
}
