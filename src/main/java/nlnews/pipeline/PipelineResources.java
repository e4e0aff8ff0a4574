package nlnews.pipeline;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nlnews.entities.Gazetteer;
import nlnews.entities.NerModel;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeechVerbs;
import nlnews.sentiment.ToneLexicon;
import nlnews.sentiment.ToneModel;
import nlnews.text.Language;

/**
 * The data files and model a set of stages needs, being read in the background. The reads are
 * independent, so they run side by side; and they can start before the command line is even
 * parsed, so that a single-article run waits for the slowest read rather than their sum.
 */
public final class PipelineResources {

  private final Set<Stage> stages;
  private final boolean bundledModel;
  final CompletableFuture<Language> language;
  final CompletableFuture<Gazetteer> gazetteer;
  final CompletableFuture<NerModel> model;
  final CompletableFuture<SpeechVerbs> verbs;
  final CompletableFuture<QuoteNouns> nouns;
  final CompletableFuture<ToneLexicon> lexicon;
  final CompletableFuture<ToneModel> toneModel;

  private PipelineResources(Set<Stage> requested, NerModel nerModel) {
    stages = withDependencies(requested);
    bundledModel = nerModel == null;
    boolean names = stages.contains(Stage.ENTITIES);
    boolean marks = needsQuoteMarks(stages);
    boolean tone = stages.contains(Stage.TONE);
    ExecutorService loaders =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "nlnews-load");
              t.setDaemon(true);
              return t;
            });
    // The longest reads (the name model, the tone lexicon) go first: on one article they are what
    // the analysis waits for. The language (one short word list and the analyzer) is read before
    // them on this thread: every other read needs it, and it takes a millisecond.
    Language dutch = Language.dutch();
    language = done(dutch);
    model = !names ? done(null) : nerModel != null ? done(nerModel) : supply(loaders, NerModel::bundled);
    lexicon = tone ? supply(loaders, () -> ToneLexicon.load(dutch)) : done(null);
    gazetteer = names ? supply(loaders, () -> Gazetteer.load(dutch)) : done(null);
    verbs = marks ? supply(loaders, () -> SpeechVerbs.load(dutch)) : done(null);
    nouns = marks ? supply(loaders, () -> QuoteNouns.load(dutch)) : done(null);
    toneModel = tone ? supply(loaders, () -> ToneModel.load(dutch)) : done(null);
    loaders.shutdown(); // the queued reads still run; the threads end with them
  }

  /**
   * Starts reading what {@code requested} needs, with {@code nerModel} as the name finder's
   * model, or the one that ships in the jar when it is null.
   */
  public static PipelineResources start(Set<Stage> requested, NerModel nerModel) {
    return new PipelineResources(requested, nerModel);
  }

  /** The stages with the ones they depend on: quotes need names. */
  static Set<Stage> withDependencies(Set<Stage> requested) {
    Set<Stage> stages = requested.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(requested);
    if (stages.contains(Stage.QUOTES)) {
      stages.add(Stage.ENTITIES);
    }
    return stages;
  }

  /** True when {@code stages} find quotation marks: quotes do, and tone to leave scare quotes out. */
  static boolean needsQuoteMarks(Set<Stage> stages) {
    return stages.contains(Stage.QUOTES) || stages.contains(Stage.TONE);
  }

  /** True when these resources serve {@code requested} with the given model (null: the bundled one). */
  public boolean covers(Set<Stage> requested, NerModel nerModel) {
    return stages.containsAll(withDependencies(requested)) && (nerModel == null ? bundledModel : model.getNow(null) == nerModel);
  }

  /** The loaded value; a failed read rethrows its own exception, as a read on this thread would. */
  static <T> T join(CompletableFuture<T> future) {
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

  private static <T> CompletableFuture<T> supply(ExecutorService loaders, Supplier<T> load) {
    return CompletableFuture.supplyAsync(load, loaders);
  }

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
