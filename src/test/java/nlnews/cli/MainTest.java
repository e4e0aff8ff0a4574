package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nlnews.output.FailingStream;
import nlnews.pipeline.PipelineResources;
import nlnews.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command line as Main builds it: exit codes, a closed output, what loads before parsing. */
class MainTest {

  private static final String SEED = "testdata/articles/000_5c69a24cfa2252fd.txt";

  private final StringWriter err = new StringWriter();

  @TempDir Path tmp;

  private Console console(OutputStream stdout) {
    return new Console(new ByteArrayInputStream(new byte[0]), stdout, new PrintWriter(err, true), true, false, false, Map.of());
  }

  /** An exception that escaped picocli's handlers was mapped to 2, the usage error (issue 14). */
  @Test
  void issue14AnExceptionNoHandlerTakesIsAnInternalError() {
    CommandLine cli = Main.commandLine(console(OutputStream.nullOutputStream()), new String[] {"stem", SEED});
    cli.setExecutionStrategy(
        parseResult -> {
          throw new IllegalStateException("a bug outside every command");
        });
    assertEquals(ExitCodes.INTERNAL, cli.execute("stem", SEED));
    assertTrue(err.toString().contains("a bug outside every command"), err.toString());
  }

  /** An article run and a report, on standard output that fails as a closed pipe or a full disk does. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          stem   | Broken pipe             | 0 | ''
          stem   | No space left on device | 3 | 'nlnews: cannot write standard output: no space left on device\\n'
          split  | Broken pipe             | 0 | ''
          split  | No space left on device | 3 | 'nlnews: cannot write standard output: no space left on device\\n'
          """)
  void aClosedOutputEndsQuietlyAndAFailedWriteIsReported(String command, String failure, int exit, String stderr)
      throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.csv"), "text,gold\nDe werkloosheid daalde.,1\n");
    String[] args =
        command.equals("stem")
            ? new String[] {"stem", "--quiet", SEED}
            : new String[] {"sentiment", "split", "--part", "train", gold.toString()};
    assertEquals(exit, Main.run(args, console(new FailingStream(failure))), err.toString());
    assertEquals(stderr.replace("\\n", "\n"), err.toString());
  }

  /**
   * What starts loading before the command line is parsed: the stages of the command named
   * first, unless the arguments ask for something else. {@code -} for nothing.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          stem SEED                              | ''
          sentiment SEED                         | TONE
          sentiment                              | TONE
          sentiment eval gold.csv                | -
          sentiment split --part dev gold.csv    | -
          quotes eval gold.jsonl                 | -
          entities --ner-model m.bin SEED        | -
          entities --ner-model=m.bin SEED        | -
          analyze --help                         | -
          stem -V                                | -
          ner eval x.conll                       | -
          help analyze                           | -
          nosuch SEED                            | -
          """)
  void theDataOfTheCommandsStagesLoadsWhilePicocliParses(String args, String stages) {
    String[] argv = args.replace("SEED", SEED).split(" ");
    CommandLine cli = Main.commandLine(console(OutputStream.nullOutputStream()), argv);
    PipelineResources preloaded = ((Main) cli.getCommand()).preloaded();
    if (stages.equals("-")) {
      assertNull(preloaded);
      return;
    }
    Set<Stage> expected = EnumSet.noneOf(Stage.class);
    for (String s : stages.split(" ")) {
      if (!s.isEmpty()) {
        expected.add(Stage.valueOf(s));
      }
    }
    assertTrue(preloaded.covers(expected, null));
    for (Stage other : EnumSet.complementOf(EnumSet.copyOf(Stage.withNeeds(expected)))) {
      assertTrue(!preloaded.covers(EnumSet.of(other), null), other + " is not loaded");
    }
  }
}
