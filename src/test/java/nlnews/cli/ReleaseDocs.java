package nlnews.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes what the release archive documents nlnews with, from the same command model that
 * parses its command lines: one AsciiDoc man page per command and subcommand (picocli's
 * ManPageGenerator; the build turns them into troff with Asciidoctor) and the bash and zsh
 * completion scripts. The build runs it (exec-maven-plugin, prepare-package); it lives with the
 * tests because picocli-codegen is a build-time dependency, never shipped.
 *
 * <pre>ReleaseDocs OUT_DIR VERSION</pre> writes OUT_DIR/man/*.adoc and OUT_DIR/completion/.
 */
public final class ReleaseDocs {

  private ReleaseDocs() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ReleaseDocs OUT_DIR VERSION");
    }
    Path out = Path.of(args[0]);
    String version = "nlnews " + args[1];
    CommandLine cli = Main.everyCommand(quietConsole());
    // In the build the classes are not yet in a jar, so the manifest has no version to read.
    setVersion(cli, version);
    Path man = Files.createDirectories(out.resolve("man"));
    int exit = ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, cli.getCommandSpec());
    if (exit != 0) {
      throw new IllegalStateException("picocli's man page generator exited with " + exit);
    }
    Path completion = Files.createDirectories(out.resolve("completion"));
    String script = AutoComplete.bash("nlnews", cli);
    // The same script serves zsh: it loads zsh's bash-completion emulation itself.
    Files.writeString(completion.resolve("nlnews.bash"), script, StandardCharsets.UTF_8);
    Files.writeString(completion.resolve("nlnews.zsh"), script, StandardCharsets.UTF_8);
  }

  private static void setVersion(CommandLine command, String version) {
    command.getCommandSpec().versionProvider(() -> new String[] {version});
    command.getSubcommands().values().forEach(sub -> setVersion(sub, version));
  }

  private static Console quietConsole() {
    return new Console(
        new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), new PrintWriter(Writer.nullWriter()), true,
        false, false, Map.of());
  }
}
