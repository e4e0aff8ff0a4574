package nlnews.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import nlnews.input.ArticleInputs;
import nlnews.input.Input;
import nlnews.input.InputException;
import nlnews.input.InputWalker;
import nlnews.input.SourceReader;
import nlnews.model.ArticleAnalysis;
import nlnews.model.TextLanguage;
import nlnews.output.AnalysisWriter;
import nlnews.output.OutputClosedException;
import nlnews.output.OutputTarget;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.BatchRunner;
import nlnews.pipeline.PipelineResources;

/**
 * The run every article command shares: expand the inputs, analyse them in parallel, write the
 * results in input order, report each failed or skipped input on stderr as
 * {@code nlnews: path: cause}, and turn the outcome into the exit code. A closed standard output
 * ends the run quietly with 0.
 */
final class ArticleRun {

  /** Where one stream of results goes and how it is formatted; {@code name} is for messages. */
  record Destination(OutputTarget target, AnalysisWriter writer, String name) {}

  private final Console console;
  private final ArticleSettings settings;
  private final PipelineResources preloaded;
  private final LongSupplier clock;

  private int failed;
  private int bugs;
  private Progress progress;

  ArticleRun(Console console, ArticleSettings settings, PipelineResources preloaded) {
    this(console, settings, preloaded, System::nanoTime);
  }

  /** With the clock the progress line reads (tests make time pass at will). */
  ArticleRun(Console console, ArticleSettings settings, PipelineResources preloaded, LongSupplier clock) {
    this.console = console;
    this.settings = settings;
    this.preloaded = preloaded;
    this.clock = clock;
  }

  /**
   * Runs the stages over the inputs into {@code destinations}, which the caller created and this
   * method commits, or discards when the run fails.
   */
  int run(List<Destination> destinations) {
    PrintWriter err = console.stderr();
    progress =
        new Progress(err, console.stderrIsTerminal(), settings.quiet(), settings.paths(), settings.glob(),
            settings.followOutside(), settings.inputFormat(), clock);
    ArticleInputs inputs =
        new ArticleInputs(
            new InputWalker(settings.paths(), settings.glob(), settings.followOutside()), settings.inputFormat(),
            settings.fields(), settings.encoding(), settings.maxBytes(), console::stdin);
    try (inputs) {
      AnalysisPipeline pipeline = AnalysisPipeline.load(settings.stages(), settings.nerModel(), preloaded);
      SourceReader reader = new SourceReader(settings.encoding(), settings.maxBytes(), console::stdin);
      boolean terminal = console.stdoutIsTerminal();
      new BatchRunner(settings.threads())
          .run(
              inputs,
              reader,
              pipeline,
              outcome -> {
                if (outcome.analysis() != null && !dutchOrNoted(outcome.input(), outcome.analysis())) {
                  progress.skipped();
                } else if (outcome.analysis() != null) {
                  if (terminal) {
                    progress.clear(); // the record goes to the terminal the progress line is on
                  }
                  for (Destination d : destinations) {
                    write(d, outcome.analysis(), terminal);
                  }
                  noteWithoutText(outcome.input(), outcome.analysis());
                  progress.analysed();
                } else if (outcome.failure() != null) {
                  report(outcome.input(), outcome.failure());
                } else {
                  reportBug(outcome.input(), outcome.bug());
                }
              });
      finish(destinations);
      progress.finish();
    } catch (OutputClosedException closed) {
      progress.clear();
      discard(destinations);
      return ExitCodes.OK;
    } catch (IOException e) {
      progress.clear();
      discard(destinations);
      err.println(Messages.of(e.getMessage()));
      return ExitCodes.INTERNAL;
    } finally {
      err.flush();
    }
    if (bugs > 0) {
      return ExitCodes.INTERNAL;
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /**
   * True when the article is to be written: Dutch, or in another language and analysed anyway
   * after a note; false for one in another language skipped with a note (--non-dutch skip).
   */
  private boolean dutchOrNoted(Input input, ArticleAnalysis analysis) {
    TextLanguage language = analysis.language();
    if (!language.isOtherThanDutch()) {
      return true;
    }
    progress.clear();
    String looks = "looks like " + language.name() + " (" + language.code() + "), not Dutch; ";
    console.stderr().println(Messages.about(input.id(), looks + (settings.skipNonDutch() ? "skipped" : "analysed anyway")));
    return !settings.skipNonDutch();
  }

  /**
   * An article without text (empty, blank, or a date marker alone) has no entities, quotations or
   * paragraphs, so it would leave no row in those tables: a note says it was read.
   */
  private void noteWithoutText(Input input, ArticleAnalysis analysis) {
    if (analysis.article().paragraphs().isEmpty()) {
      progress.clear();
      console.stderr().println(Messages.about(input.id(), "no text"));
    }
  }

  private void report(Input input, InputException failure) {
    progress.clear();
    if (failure.skips(input.origin())) {
      progress.skipped();
      // The walk's skips say so themselves; the reader does not know a binary file was walked.
      String cause = failure.reason() == InputException.Reason.BINARY ? failure.getMessage() + ", skipped" : failure.getMessage();
      console.stderr().println(Messages.about(input.id(), cause));
      return;
    }
    failed++;
    progress.failed();
    String cause = failure.getMessage();
    if (failure.reason() == InputException.Reason.OUT_OF_MEMORY) {
      cause += "; try NLNEWS_JAVA_OPTS=-Xmx" + moreMemory();
    }
    console.stderr().println(Messages.about(input.id(), cause));
  }

  /** Four times the heap this run has, as the -Xmx to try. */
  private static String moreMemory() {
    long megabytes = Runtime.getRuntime().maxMemory() * 4 / (1 << 20);
    return megabytes >= 4096 ? String.format(Locale.ROOT, "%dg", (megabytes + 1023) / 1024) : megabytes + "m";
  }

  private void reportBug(Input input, RuntimeException bug) {
    bugs++;
    progress.failed();
    progress.clear();
    PrintWriter err = console.stderr();
    err.println(Messages.about(input.id(), "internal error (a bug in nlnews): " + Main.describe(bug)));
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

  /** Finishes every destination, then commits them all at once: all of --output-dir's tables or none. */
  private static void finish(List<Destination> destinations) throws IOException {
    List<OutputTarget> targets = new ArrayList<>();
    for (Destination d : destinations) {
      try {
        d.writer().finish();
      } catch (OutputClosedException e) {
        throw e;
      } catch (IOException e) {
        throw cannotWrite(d, e);
      }
      targets.add(d.target());
    }
    try {
      OutputTarget.commitAll(targets);
    } catch (OutputClosedException e) {
      throw e;
    } catch (IOException e) {
      throw cannotWrite(destinations.size() == 1 ? destinations.get(0).name() : "the tables", e);
    }
  }

  private static IOException cannotWrite(Destination d, IOException e) {
    return cannotWrite(d.name(), e);
  }

  private static IOException cannotWrite(String name, IOException e) {
    return new IOException("cannot write " + name + ": " + Messages.cause(e), e);
  }

  private static void discard(List<Destination> destinations) {
    for (Destination d : destinations) {
      Reports.discard(d.target());
    }
  }
}
