package nlnews.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nlnews.entities.EntityResolver;
import nlnews.entities.NameFinder;
import nlnews.entities.NameTagger;
import nlnews.entities.NerModel;
import nlnews.entities.StatisticalNameFinder;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.ArticleTone;
import nlnews.model.Entity;
import nlnews.model.EntityMention;
import nlnews.model.Note;
import nlnews.model.ParagraphTone;
import nlnews.model.Quote;
import nlnews.model.SourceText;
import nlnews.pipeline.Stage.Data;
import nlnews.quotes.QuoteFinder;
import nlnews.quotes.QuoteMarks;
import nlnews.quotes.SpeakerResolver;
import nlnews.sentiment.ToneScorer;
import nlnews.model.TextLanguage;
import nlnews.text.ArticleParser;
import nlnews.text.LanguageIdentifier;
import nlnews.text.LanguageModel;
import nlnews.text.LanguageWords;
import nlnews.text.TokenIndex;

/**
 * The one recipe that composes the stages: parse, then names, quotation marks, speakers and tone
 * as asked ({@link Stage}). Built once per run from the resources its stages read; shared by all
 * threads, each of which analyses through its own {@link Worker} (statistical taggers keep
 * per-thread state). A stage not asked for is left out and costs nothing.
 */
public final class AnalysisPipeline {

  private final ArticleParser parser;
  private final LanguageIdentifier languages;
  private final Supplier<NamesStep> names;
  private final QuoteMarksStep quoteMarks;
  private final SpeakersStep speakers;
  private final ToneStep tone;

  private AnalysisPipeline(Set<Stage> stages, PipelineResources r) {
    parser = new ArticleParser(r.language().analyzer());
    // Every command checks the language: the word lists are small and the model loads only when asked.
    languages = new LanguageIdentifier(LanguageWords.load(r.language()), new LanguageModel());
    names = stages.contains(Stage.ENTITIES) ? names(r) : () -> index -> List.of();
    quoteMarks = stages.contains(Stage.QUOTE_MARKS) ? quoteMarks(r) : index -> null;
    boolean mentions = stages.contains(Stage.MENTIONS);
    speakers =
        stages.contains(Stage.QUOTES) || mentions
            ? speakers(r, stages.contains(Stage.QUOTES), mentions)
            : (index, marks, found) -> Quotes.NONE;
    tone = stages.contains(Stage.TONE) ? tone(r) : (index, marks) -> Tones.NONE;
  }

  // Each stage built from the data it reads, once per run.

  /** Names per worker thread: the statistical tagger keeps per-thread state. */
  private static Supplier<NamesStep> names(PipelineResources r) {
    NameFinder finder = new StatisticalNameFinder(r.get(Data.NAME_MODEL), r.get(Data.GAZETTEER), r.get(Data.NAME_WORDS));
    EntityResolver resolver = new EntityResolver(r.get(Data.GAZETTEER), r.get(Data.NAME_WORDS));
    return () -> {
      NameTagger tagger = finder.newTagger();
      return index -> resolver.resolve(index.article(), tagger.tag(index));
    };
  }

  private static QuoteMarksStep quoteMarks(PipelineResources r) {
    return new QuoteFinder(r.get(Data.SPEECH_VERBS), r.get(Data.QUOTE_NOUNS))::find;
  }

  /**
   * Speakers, mentions or both: one step, because mentions by pronoun or role noun come from the
   * same reading of the article that finds the speakers, which is the costly part of either.
   */
  private static SpeakersStep speakers(PipelineResources r, boolean quotes, boolean mentions) {
    SpeakerResolver resolver =
        new SpeakerResolver(r.get(Data.SPEECH_VERBS), r.get(Data.QUOTE_NOUNS), r.get(Data.GAZETTEER));
    if (!mentions) {
      return (index, marks, found) -> new Quotes(resolver.attribute(index, marks, found), marks.notes(), List.of());
    }
    return (index, marks, found) -> {
      SpeakerResolver.Reading reading = resolver.read(index, marks, found);
      return quotes
          ? new Quotes(reading.quotes(), marks.notes(), reading.mentions())
          : new Quotes(List.of(), List.of(), reading.mentions());
    };
  }

  private static ToneStep tone(PipelineResources r) {
    ToneScorer scorer = new ToneScorer(r.get(Data.TONE_LEXICON), r.get(Data.TONE_MODEL));
    return (index, marks) -> {
      List<ParagraphTone> paragraphs = scorer.score(index, marks);
      return new Tones(paragraphs, scorer.articleTone(index.article(), paragraphs));
    };
  }

  /** Loads the resources for {@code requested} (and the stages they need). */
  public static AnalysisPipeline load(Set<Stage> requested) {
    return load(requested, null);
  }

  /**
   * Loads the resources for {@code requested} (and the stages they need), finding names with
   * {@code nerModel}, or with the model that ships in the jar when it is null; a model is read
   * only when names are needed.
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
    return new AnalysisPipeline(Stage.withNeeds(requested), r);
  }

  /** A worker for the calling thread; not to be shared between threads. */
  public Worker newWorker() {
    return new Worker(names.get());
  }

  /** Analyses articles on one thread. */
  public final class Worker {
    private final NamesStep names;

    private Worker(NamesStep names) {
      this.names = names;
    }

    /**
     * The analysis of {@code source}. Text that is not in composed form (NFC) or has zero-width
     * characters is analysed in its composed form, and every offset mapped back into the text as
     * written ({@link AnalysisText}).
     */
    public ArticleAnalysis analyze(SourceText source) {
      AnalysisText composed = AnalysisText.of(source);
      if (composed == null) {
        return analyzeAsIs(source);
      }
      return OffsetsBack.of(analyzeAsIs(composed.source(source)), composed);
    }

    private ArticleAnalysis analyzeAsIs(SourceText source) {
      Article article = parser.parse(source);
      TextLanguage language = languages.identify(article);
      TokenIndex index = new TokenIndex(article);
      List<Entity> entities = names.find(index);
      QuoteMarks marks = quoteMarks.find(index);
      Quotes quotes = speakers.attribute(index, marks, entities);
      Tones tones = tone.score(index, marks);
      return new ArticleAnalysis(
          article, entities, quotes.found(), tones.paragraphs(), tones.article(), quotes.notes(), quotes.mentions(), language,
          languages.paragraphs(article, language));
    }
  }

  // The stages as the recipe calls them. A stage not asked for is a step that returns nothing,
  // and no stage that needs its result is on: quote marks are null only when nothing reads them.

  private interface NamesStep {
    List<Entity> find(TokenIndex index);
  }

  private interface QuoteMarksStep {
    QuoteMarks find(TokenIndex index);
  }

  private interface SpeakersStep {
    Quotes attribute(TokenIndex index, QuoteMarks marks, List<Entity> entities);
  }

  private interface ToneStep {
    Tones score(TokenIndex index, QuoteMarks marks);
  }

  /**
   * The quotations of an article, with the notes on its quotation marks (an unclosed quote), and
   * the mentions of its entities.
   */
  private record Quotes(List<Quote> found, List<Note> notes, List<EntityMention> mentions) {
    static final Quotes NONE = new Quotes(List.of(), List.of(), List.of());
  }

  /** The tone of every paragraph and of the article. */
  private record Tones(List<ParagraphTone> paragraphs, ArticleTone article) {
    static final Tones NONE = new Tones(List.of(), ArticleTone.NEUTRAL);
  }
}
