package nlnews.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nlnews.entities.NerModel;
import nlnews.text.Language;

/**
 * The data files and model a set of stages reads ({@link Stage}), being read in the background.
 * The reads are independent, so they run side by side; and they can start before the command
 * line is even parsed, so that a single-article run waits for the slowest read rather than their
 * sum.
 */
public final class PipelineResources {

  private static final int LOADER_THREADS = 3;

  private final Set<Stage> stages;
  private final NerModel givenModel;
  private final Language language;
  private final Map<Stage.Data<?>, CompletableFuture<?>> reads = new HashMap<>();

  private PipelineResources(Set<Stage> requested, NerModel nerModel) {
    stages = Stage.withNeeds(requested);
    givenModel = nerModel;
    ExecutorService loaders =
        Executors.newFixedThreadPool(
            LOADER_THREADS,
            r -> {
              Thread t = new Thread(r, "nlnews-load");
              t.setDaemon(true);
              return t;
            });
    // The language (one short word list and the analyzer) is read on this thread: every other
    // read needs it, and it takes a millisecond.
    language = Language.dutch();
    for (Stage.Data<?> data : Stage.reads(stages)) {
      reads.put(
          data,
          data == Stage.Data.NAME_MODEL && nerModel != null
              ? CompletableFuture.completedFuture(nerModel)
              : CompletableFuture.supplyAsync(() -> data.read(language), loaders));
    }
    loaders.shutdown(); // the queued reads still run; the threads end with them
  }

  /**
   * Starts reading what {@code requested} needs, with {@code nerModel} as the name finder's
   * model, or the one that ships in the jar when it is null.
   */
  public static PipelineResources start(Set<Stage> requested, NerModel nerModel) {
    return new PipelineResources(requested, nerModel);
  }

  /** True when these resources serve {@code requested} with the given model (null: the bundled one). */
  public boolean covers(Set<Stage> requested, NerModel nerModel) {
    return stages.containsAll(Stage.withNeeds(requested)) && nerModel == givenModel;
  }

  Language language() {
    return language;
  }

  /** The loaded value; a failed read rethrows its own exception, as a read on this thread would. */
  <T> T get(Stage.Data<T> data) {
    @SuppressWarnings("unchecked") // put in by the constructor under the same key
    CompletableFuture<T> future = (CompletableFuture<T>) reads.get(data);
    if (future == null) {
      throw new IllegalStateException("not read for stages " + stages);
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
