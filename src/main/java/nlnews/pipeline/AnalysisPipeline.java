package nlnews.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import nlnews.entities.EntityResolver;
import nlnews.entities.Gazetteer;
import nlnews.entities.NameFinder;
import nlnews.entities.NameSpan;
import nlnews.entities.NameTagger;
import nlnews.entities.NerModel;
import nlnews.entities.StatisticalNameFinder;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.ArticleTone;
import nlnews.model.Entity;
import nlnews.model.Note;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.SourceText;
import nlnews.quotes.QuoteFinder;
import nlnews.quotes.QuoteMarks;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeakerResolver;
import nlnews.quotes.SpeechVerbs;
import nlnews.sentiment.ToneLexicon;
import nlnews.sentiment.ToneModel;
import nlnews.sentiment.ToneScorer;
import nlnews.text.ArticleParser;
import nlnews.text.DutchTextAnalyzer;

/**
 * The one recipe that composes the stages: parse, then names, quotes and tone as asked. Built
 * once per run with only the resources its stages need; shared by all threads, each of which
 * analyses through its own {@link Worker} (statistical taggers keep per-thread state).
 */
public final class AnalysisPipeline {

  private final Set<Stage> stages;
  private final ArticleParser parser;
  private final NameFinder names;
  private final EntityResolver resolver;
  private final QuoteFinder quoteFinder;
  private final SpeakerResolver speakers;
  private final ToneScorer toneScorer;

  private AnalysisPipeline(
      Set<Stage> stages,
      ArticleParser parser,
      NameFinder names,
      EntityResolver resolver,
      QuoteFinder quoteFinder,
      SpeakerResolver speakers,
      ToneScorer toneScorer) {
    this.stages = stages;
    this.parser = parser;
    this.names = names;
    this.resolver = resolver;
    this.quoteFinder = quoteFinder;
    this.speakers = speakers;
    this.toneScorer = toneScorer;
  }

  /** Loads the resources for {@code requested} (and the stages they depend on). */
  public static AnalysisPipeline load(Set<Stage> requested) {
    return load(requested, null);
  }

  /**
   * Loads the resources for {@code requested} (and the stages they depend on), finding names
   * with {@code nerModel}, or with the model that ships in the jar when it is null; a model is
   * read only when names are needed.
   */
  public static AnalysisPipeline load(Set<Stage> requested, NerModel nerModel) {
    Set<Stage> stages = requested.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(requested);
    if (stages.contains(Stage.QUOTES)) {
      stages.add(Stage.ENTITIES);
    }
    boolean names = stages.contains(Stage.ENTITIES);
    boolean marks = stages.contains(Stage.QUOTES) || stages.contains(Stage.TONE);
    boolean tone = stages.contains(Stage.TONE);
    // The data files and the model are independent: read them side by side, which takes a
    // single-article run's start-up from the sum of the loads to the longest one.
    ExecutorService loaders = Executors.newFixedThreadPool(3, daemon());
    try {
      CompletableFuture<DutchTextAnalyzer> analyzer = supply(loaders, DutchTextAnalyzer::withDefaultKeywords);
      CompletableFuture<Gazetteer> gazetteer = names ? supply(loaders, Gazetteer::load) : done(null);
      CompletableFuture<NerModel> model =
          !names ? done(null) : nerModel != null ? done(nerModel) : supply(loaders, NerModel::bundled);
      CompletableFuture<SpeechVerbs> verbs = marks ? supply(loaders, SpeechVerbs::load) : done(null);
      CompletableFuture<QuoteNouns> nouns = marks ? supply(loaders, QuoteNouns::load) : done(null);
      CompletableFuture<ToneLexicon> lexicon =
          tone ? analyzer.thenApplyAsync(ToneLexicon::load, loaders) : done(null);
      CompletableFuture<ToneModel> toneModel = tone ? supply(loaders, ToneModel::load) : done(null);

      ArticleParser parser = new ArticleParser(join(analyzer));
      NameFinder finder = null;
      EntityResolver resolver = null;
      if (names) {
        finder = new StatisticalNameFinder(join(model), join(gazetteer));
        resolver = new EntityResolver(join(gazetteer));
      }
      QuoteFinder quoteFinder = null;
      SpeakerResolver speakers = null;
      if (marks) {
        quoteFinder = new QuoteFinder(join(verbs), join(nouns));
        if (stages.contains(Stage.QUOTES)) {
          speakers = new SpeakerResolver(join(verbs), join(nouns), join(gazetteer));
        }
      }
      ToneScorer toneScorer = tone ? new ToneScorer(join(lexicon), join(toneModel)) : null;
      return new AnalysisPipeline(stages, parser, finder, resolver, quoteFinder, speakers, toneScorer);
    } finally {
      loaders.shutdown();
    }
  }

  private static <T> CompletableFuture<T> supply(ExecutorService loaders, Supplier<T> load) {
    return CompletableFuture.supplyAsync(load, loaders);
  }

  private static <T> CompletableFuture<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  /** The loaded value; a failed load rethrows its own exception, as a sequential load would. */
  private static <T> T join(CompletableFuture<T> future) {
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

  private static ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "nlnews-load");
      t.setDaemon(true);
      return t;
    };
  }

  public Set<Stage> stages() {
    return EnumSet.copyOf(stages.isEmpty() ? EnumSet.noneOf(Stage.class) : stages);
  }

  /** A worker for the calling thread; not to be shared between threads. */
  public Worker newWorker() {
    return new Worker(names == null ? null : names.newTagger());
  }

  /** Analyses articles on one thread. */
  public final class Worker {
    private final NameTagger tagger;

    private Worker(NameTagger tagger) {
      this.tagger = tagger;
    }

    public ArticleAnalysis analyze(SourceText source) {
      Article article = parser.parse(source);
      List<Note> notes = new ArrayList<>();
      List<Entity> entities = List.of();
      if (tagger != null) {
        List<NameSpan> spans = tagger.tag(article);
        entities = resolver.resolve(article, spans);
      }
      QuoteMarks marks = null;
      List<Quote> quotes = List.of();
      if (quoteFinder != null) {
        marks = quoteFinder.find(article);
        if (speakers != null) {
          notes.addAll(marks.notes());
          quotes = speakers.attribute(article, marks, entities);
        }
      }
      List<ParagraphTone> tones = List.of();
      ArticleTone articleTone = ArticleTone.NEUTRAL;
      if (toneScorer != null) {
        tones = toneScorer.score(article, marks);
        articleTone = toneScorer.articleTone(article, tones);
      }
      if (!stages.contains(Stage.QUOTES)) {
        quotes = List.of();
      }
      return new ArticleAnalysis(article, entities, quotes, tones, articleTone, notes);
    }
  }
}
