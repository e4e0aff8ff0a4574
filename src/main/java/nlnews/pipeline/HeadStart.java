package nlnews.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import nlnews.input.Input;
import nlnews.input.SourceReader;
import nlnews.model.ArticleAnalysis;
import nlnews.model.SourceText;

/**
 * The analysis of one article named on the command line, begun on another core while picocli is
 * still parsing that command line: on a single-article run, parsing and the analysis are the two
 * halves of the wall time, and they need not wait for each other.
 *
 * <p>It is a guess, and never decides anything. The run reads its inputs as it always does, and
 * takes this analysis only for a {@link SourceText} equal to the one the guess read (same id,
 * text, date and body start) analysed by the same stages from the same resources. Analysis is a
 * pure function of those, so the output is what the run would have produced itself. A guess that
 * fails, or reads a file the run never analyses, is dropped without a word.
 */
public final class HeadStart {

  /** Larger files are left to the run: a head start is for the one-article case. */
  static final long MAX_BYTES = 1 << 20;

  private final String id;
  private final Set<Stage> stages;
  private final CompletableFuture<Early> early = new CompletableFuture<>();
  private final AtomicBoolean taken = new AtomicBoolean();

  private record Early(SourceText source, ArticleAnalysis analysis) {}

  private HeadStart(String id, Set<Stage> stages) {
    this.id = id;
    this.stages = stages;
  }

  /**
   * Starts analysing the file {@code argument} (a path as given on the command line) with the
   * stages {@code resources} are loading, on a daemon thread; null when it is not a regular file
   * of at most {@link #MAX_BYTES}.
   */
  static HeadStart begin(String argument, PipelineResources resources) {
    Path path;
    try {
      path = Path.of(argument);
      if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
        return null;
      }
    } catch (Exception e) {
      return null; // not a path, or gone: the run says so itself
    }
    HeadStart start = new HeadStart(argument, resources.stages());
    Thread thread = new Thread(() -> start.analyze(path, resources), "nlnews-head-start");
    thread.setDaemon(true);
    thread.start();
    return start;
  }

  private void analyze(Path path, PipelineResources resources) {
    try {
      SourceReader reader = new SourceReader(null, MAX_BYTES, null);
      SourceText source = reader.read(new Input(id, path, Input.Origin.NAMED, null));
      AnalysisPipeline pipeline = AnalysisPipeline.build(stages, resources, null);
      early.complete(new Early(source, pipeline.newWorker().analyzeHere(source)));
    } catch (Throwable t) {
      // An unreadable file, a bad encoding, a failed load: the run meets it again and reports it.
      early.complete(null);
    }
  }

  /** The stages the guess analyses with. */
  Set<Stage> stages() {
    return stages;
  }

  /**
   * The analysis of {@code source} when this head start made it from an equal text, waiting for
   * it if need be; null otherwise, or when it was handed out before.
   */
  ArticleAnalysis take(SourceText source) {
    if (!source.id().equals(id) || taken.get()) {
      return null;
    }
    Early e = early.join();
    if (e == null || !e.source().equals(source) || !taken.compareAndSet(false, true)) {
      return null;
    }
    return e.analysis();
  }
}
