package nlnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import nlnews.input.Input;
import nlnews.input.InputException;
import nlnews.input.InputWalker;
import nlnews.input.SourceReader;
import nlnews.model.ArticleAnalysis;
import nlnews.output.AnalysisWriter;
import nlnews.output.OutputClosedException;
import nlnews.output.OutputTarget;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.BatchRunner;
import nlnews.pipeline.PipelineResources;

/**
 * The run every article command shares: expand the inputs, analyse them in parallel, write the
 * results in input order, report each failed input on stderr as {@code nlnews: path: cause}, and
 * turn the outcome into the exit code. A closed standard output ends the run quietly with 0.
 */
final class ArticleRun {

  /** Where one stream of results goes and how it is formatted; {@code name} is for messages. */
  record Destination(OutputTarget target, AnalysisWriter writer, String name) {}

  private final Console console;
  private final ArticleSettings settings;
  private final PipelineResources preloaded;

  private int failed;
  private int bugs;
  private Progress progress;

  ArticleRun(Console console, ArticleSettings settings, PipelineResources preloaded) {
    this.console = console;
    this.settings = settings;
    this.preloaded = preloaded;
  }

  /**
   * Runs the stages over the inputs into {@code destinations}, which the caller created and this
   * method commits, or discards when the run fails.
   */
  int run(List<Destination> destinations) {
    PrintWriter err = console.stderr();
    progress = new Progress(err, console.stderrIsTerminal(), settings.quiet(), settings.paths(), settings.glob());
    try {
      AnalysisPipeline pipeline = AnalysisPipeline.load(settings.stages(), settings.nerModel(), preloaded);
      SourceReader reader = new SourceReader(settings.encoding(), settings.maxBytes(), console::stdin);
      boolean flushEach = console.stdoutIsTerminal();
      new BatchRunner(settings.threads())
          .run(
              new InputWalker(settings.paths(), settings.glob()),
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
                  reportBug(outcome.input(), outcome.bug());
                }
              });
      for (Destination d : destinations) {
        finish(d);
      }
      progress.finish();
    } catch (OutputClosedException closed) {
      progress.clear();
      discard(destinations);
      return ExitCodes.OK;
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
      progress.skipped();
      console.stderr().println("nlnews: " + input.id() + ": " + failure.getMessage() + ", skipped");
      return;
    }
    failed++;
    progress.failed();
    console.stderr().println("nlnews: " + input.id() + ": " + failure.getMessage());
  }

  private void reportBug(Input input, RuntimeException bug) {
    bugs++;
    progress.failed();
    progress.clear();
    PrintWriter err = console.stderr();
    err.println("nlnews: " + input.id() + ": internal error: " + bug);
    if (console.env().get("NLNEWS_DEBUG") != null) {
      bug.printStackTrace(err);
    }
  }

  private static void write(Destination d, ArticleAnalysis analysis, boolean flushEach) throws IOException {
    try {
      d.writer().write(analysis);
      d.target().endRecord(flushEach);
    } catch (OutputClosedException e) {
      throw e;
    } catch (IOException e) {
      throw cannotWrite(d, e);
    }
  }

  private static void finish(Destination d) throws IOException {
    try {
      d.writer().finish();
      d.target().commit();
    } catch (OutputClosedException e) {
      throw e;
    } catch (IOException e) {
      throw cannotWrite(d, e);
    }
  }

  private static IOException cannotWrite(Destination d, IOException e) {
    return new IOException("cannot write " + d.name() + ": " + e.getMessage(), e);
  }

  private static void discard(List<Destination> destinations) {
    for (Destination d : destinations) {
      Reports.discard(d.target());
    }
  }
}
