package nlnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import nlnews.entities.NerModel;
import nlnews.input.Input;
import nlnews.input.InputException;
import nlnews.input.InputWalker;
import nlnews.input.SourceReader;
import nlnews.output.AnalysisWriter;
import nlnews.output.OutputTarget;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.BatchRunner;
import nlnews.pipeline.PipelineResources;
import nlnews.pipeline.Stage;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The run every article command shares: expand the inputs, analyse them in parallel, write the
 * results in input order, report each failed input on stderr as {@code nlnews: path: cause}, and
 * turn the outcome into the exit code. A closed standard output ends the run quietly with 0.
 */
final class ArticleRun {

  /** Where one stream of results goes and how it is formatted. */
  record Destination(OutputTarget target, AnalysisWriter writer, String name) {}

  private final Console console;
  private final CommandSpec spec;
  private final InputOptions inputs;
  private final PipelineResources preloaded;

  private int failed;
  private int skipped;
  private int bugs;
  private Progress progress;

  ArticleRun(Console console, CommandSpec spec, InputOptions inputs, PipelineResources preloaded) {
    this.preloaded = preloaded;
    this.console = console;
    this.spec = spec;
    this.inputs = inputs;
  }

  /** The inputs to walk: the paths given, or standard input when it is piped. */
  List<String> paths() {
    if (!inputs.paths.isEmpty()) {
      return inputs.paths;
    }
    if (console.stdinIsTerminal()) {
      throw new ParameterException(
          spec.commandLine(), "no input: give files or directories, or pipe text into standard input");
    }
    return List.of("-");
  }

  int threads() {
    int threads = inputs.threadCount();
    if (threads < 1 || threads > 1024) {
      throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 1024, not " + threads);
    }
    return threads;
  }

  /**
   * Runs {@code stages} over {@code paths} (from {@link #paths()}) into {@code destinations},
   * which the caller created and this method commits, or discards when the run fails.
   */
  int run(List<String> paths, int threads, Set<Stage> stages, List<Destination> destinations) {
    return run(paths, threads, stages, null, destinations);
  }

  /** As {@link #run(List, int, Set, List)}, finding names with {@code nerModel} (null: the bundled one). */
  int run(List<String> paths, int threads, Set<Stage> stages, NerModel nerModel, List<Destination> destinations) {
    PrintWriter err = console.stderr();
    progress = new Progress(err, console.stderrIsTerminal(), inputs.quiet, paths, inputs.glob);
    try {
      AnalysisPipeline pipeline = AnalysisPipeline.load(stages, nerModel, preloaded);
      SourceReader reader = new SourceReader(inputs.encoding, inputs.maxBytes, console::stdin);
      BatchRunner runner = new BatchRunner(threads);
      boolean flushEach = console.stdoutIsTerminal();
      runner.run(
          new InputWalker(paths, inputs.glob),
          reader,
          pipeline,
          outcome -> {
            if (outcome.analysis() != null) {
              for (Destination d : destinations) {
                write(d, outcome.analysis(), flushEach);
              }
              progress.analysed();
            } else if (outcome.failure() != null) {
              report(outcome.input(), outcome.failure());
            } else {
              bugs++;
              progress.failed();
              progress.clear();
              Throwable bug = outcome.bug();
              err.println("nlnews: " + outcome.input().id() + ": internal error: " + bug);
              if (console.env().get("NLNEWS_DEBUG") != null) {
                bug.printStackTrace(err);
              }
            }
          });
      for (Destination d : destinations) {
        finish(d);
      }
      progress.finish();
    } catch (ClosedOutput closed) {
      progress.clear();
      discard(destinations);
      if (closed.exitCode != ExitCodes.OK) {
        err.println("nlnews: " + closed.getMessage());
      }
      return closed.exitCode;
    } catch (IOException e) {
      progress.clear();
      discard(destinations);
      err.println("nlnews: " + e.getMessage());
      return ExitCodes.INTERNAL;
    } finally {
      err.flush();
    }
    if (bugs > 0) {
      return ExitCodes.INTERNAL;
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private void report(Input input, InputException failure) {
    progress.clear();
    if (failure.reason() == InputException.Reason.BINARY && input.origin() == Input.Origin.WALKED) {
      skipped++;
      progress.skipped();
      console.stderr().println("nlnews: " + input.id() + ": " + failure.getMessage() + ", skipped");
      return;
    }
    failed++;
    progress.failed();
    console.stderr().println("nlnews: " + input.id() + ": " + failure.getMessage());
  }

  private static void write(Destination d, nlnews.model.ArticleAnalysis analysis, boolean flushEach)
      throws ClosedOutput {
    try {
      d.writer().write(analysis);
      d.target().endRecord(flushEach);
    } catch (IOException e) {
      throw ClosedOutput.of(d, e);
    }
  }

  private static void finish(Destination d) throws ClosedOutput {
    try {
      d.writer().finish();
      d.target().commit();
    } catch (IOException e) {
      throw ClosedOutput.of(d, e);
    }
  }

  private void discard(List<Destination> destinations) {
    for (Destination d : destinations) {
      try {
        d.target().close();
      } catch (IOException ignored) {
        // already failing; the temporary file is removed by the shutdown hook if need be
      }
    }
  }

  /** Output that cannot be written: a closed pipe (exit 0, quietly) or a real write error. */
  static final class ClosedOutput extends IOException {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    private ClosedOutput(String message, int exitCode) {
      super(message);
      this.exitCode = exitCode;
    }

    static ClosedOutput of(Destination d, IOException e) {
      String message = String.valueOf(e.getMessage());
      if (!d.target().isFile() && (message.contains("Broken pipe") || message.contains("Stream closed"))) {
        return new ClosedOutput(message, ExitCodes.OK);
      }
      return new ClosedOutput("cannot write " + d.name() + ": " + message, ExitCodes.INTERNAL);
    }
  }

}
