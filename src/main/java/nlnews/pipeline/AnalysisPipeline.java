package nlnews.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nlnews.entities.EntityResolver;
import nlnews.entities.Gazetteer;
import nlnews.entities.NameContextWords;
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
import nlnews.sentiment.ToneScorer;
import nlnews.text.ArticleParser;
import nlnews.text.TokenIndex;

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
    return load(requested, nerModel, null);
  }

  /**
   * As {@link #load(Set, NerModel)}, taking what it can from {@code started}, resources whose
   * reading began earlier (null, or resources for other stages or another model, are ignored).
   */
  public static AnalysisPipeline load(Set<Stage> requested, NerModel nerModel, PipelineResources started) {
    PipelineResources r =
        started != null && started.covers(requested, nerModel) ? started : PipelineResources.start(requested, nerModel);
    Set<Stage> stages = PipelineResources.withDependencies(requested);
    boolean names = stages.contains(Stage.ENTITIES);
    boolean marks = PipelineResources.needsQuoteMarks(stages);
    ArticleParser parser = new ArticleParser(PipelineResources.join(r.language).analyzer());
    NameFinder finder = null;
    EntityResolver resolver = null;
    if (names) {
      Gazetteer gazetteer = PipelineResources.join(r.gazetteer);
      finder = new StatisticalNameFinder(
          PipelineResources.join(r.model), gazetteer, NameContextWords.load(PipelineResources.join(r.language)));
      resolver = new EntityResolver(gazetteer);
    }
    QuoteFinder quoteFinder = null;
    SpeakerResolver speakers = null;
    if (marks) {
      SpeechVerbs verbs = PipelineResources.join(r.verbs);
      QuoteNouns nouns = PipelineResources.join(r.nouns);
      quoteFinder = new QuoteFinder(verbs, nouns);
      if (stages.contains(Stage.QUOTES)) {
        speakers = new SpeakerResolver(verbs, nouns, PipelineResources.join(r.gazetteer));
      }
    }
    ToneScorer toneScorer =
        stages.contains(Stage.TONE)
            ? new ToneScorer(PipelineResources.join(r.lexicon), PipelineResources.join(r.toneModel))
            : null;
    return new AnalysisPipeline(stages, parser, finder, resolver, quoteFinder, speakers, toneScorer);
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
      TokenIndex index = new TokenIndex(article);
      List<Note> notes = new ArrayList<>();
      List<Entity> entities = List.of();
      if (tagger != null) {
        List<NameSpan> spans = tagger.tag(index);
        entities = resolver.resolve(article, spans);
      }
      QuoteMarks marks = null;
      List<Quote> quotes = List.of();
      if (quoteFinder != null) {
        marks = quoteFinder.find(index);
        if (speakers != null) {
          notes.addAll(marks.notes());
          quotes = speakers.attribute(index, marks, entities);
        }
      }
      List<ParagraphTone> tones = List.of();
      ArticleTone articleTone = ArticleTone.NEUTRAL;
      if (toneScorer != null) {
        tones = toneScorer.score(index, marks);
        articleTone = toneScorer.articleTone(article, tones);
      }
      if (!stages.contains(Stage.QUOTES)) {
        quotes = List.of();
      }
      return new ArticleAnalysis(article, entities, quotes, tones, articleTone, notes);
    }
  }
}
