package nlnews.pipeline;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nlnews.entities.Gazetteer;
import nlnews.entities.NameContextWords;
import nlnews.entities.NerModel;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeechVerbs;
import nlnews.sentiment.ToneLexicon;
import nlnews.sentiment.ToneModel;
import nlnews.text.Language;

/**
 * The steps of an analysis after parsing, each with the steps it needs and the data it reads:
 * the one place that says so. {@link PipelineResources} reads the data of the steps asked for;
 * {@link AnalysisPipeline} builds each step from that data and runs them in its recipe, a step
 * after the steps it needs (they are declared here in that order too).
 *
 * <p>docs/architecture.md lists the files a new stage touches.
 */
public enum Stage {
  /** Names of people, places, organisations and other things, counted per article. */
  ENTITIES(List.of(), List.of(Data.NAME_MODEL, Data.GAZETTEER, Data.NAME_WORDS)),
  /** Where quotations open and close, and which are titles or scare quotes. */
  QUOTE_MARKS(List.of(), List.of(Data.SPEECH_VERBS, Data.QUOTE_NOUNS)),
  /** Quotations with their kinds and speakers: a speaker is one of the names, or a noun phrase. */
  QUOTES(List.of(ENTITIES, QUOTE_MARKS), List.of(Data.SPEECH_VERBS, Data.QUOTE_NOUNS, Data.GAZETTEER)),
  /**
   * Every mention of the entities, by name or by a pronoun or role noun the speaker stage's
   * resolution ties to one; read in the same pass as the speakers when both are asked for.
   */
  MENTIONS(List.of(ENTITIES, QUOTE_MARKS), List.of(Data.SPEECH_VERBS, Data.QUOTE_NOUNS, Data.GAZETTEER)),
  /** Tone per paragraph; words in scare quotes are no cues. */
  TONE(List.of(QUOTE_MARKS), List.of(Data.TONE_LEXICON, Data.TONE_MODEL));

  private final List<Stage> needs;
  private final List<Data<?>> reads;

  Stage(List<Stage> needs, List<Data<?>> reads) {
    this.needs = needs;
    this.reads = reads;
  }

  /** The stages {@code requested} and every stage they need. */
  public static Set<Stage> withNeeds(Set<Stage> requested) {
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    for (Stage s : requested) {
      s.addTo(stages);
    }
    return stages;
  }

  private void addTo(Set<Stage> stages) {
    if (stages.add(this)) {
      for (Stage s : needs) {
        s.addTo(stages);
      }
    }
  }

  /** What {@code stages} read, in the order {@link Data#LONGEST_FIRST}. */
  static Set<Data<?>> reads(Set<Stage> stages) {
    Set<Data<?>> wanted = new LinkedHashSet<>();
    for (Stage s : stages) {
      wanted.addAll(s.reads);
    }
    Set<Data<?>> ordered = new LinkedHashSet<>();
    for (Data<?> data : Data.LONGEST_FIRST) {
      if (wanted.remove(data)) {
        ordered.add(data);
      }
    }
    if (!wanted.isEmpty()) {
      // A Data missing from LONGEST_FIRST would never be read: fail here, not at first use.
      throw new IllegalStateException("data not in Stage.Data.LONGEST_FIRST: " + wanted);
    }
    return ordered;
  }

  /**
   * A data file or model a stage reads, and how it is read from the language's folder. Each is
   * read once per run, on a thread of its own, and handed to the stage's constructor.
   */
  static final class Data<T> {
    static final Data<NerModel> NAME_MODEL = new Data<>(language -> NerModel.bundled());
    static final Data<Gazetteer> GAZETTEER = new Data<>(Gazetteer::load);
    static final Data<NameContextWords> NAME_WORDS = new Data<>(NameContextWords::load);
    static final Data<SpeechVerbs> SPEECH_VERBS = new Data<>(SpeechVerbs::load);
    static final Data<QuoteNouns> QUOTE_NOUNS = new Data<>(QuoteNouns::load);
    static final Data<ToneLexicon> TONE_LEXICON = new Data<>(ToneLexicon::load);
    static final Data<ToneModel> TONE_MODEL = new Data<>(ToneModel::load);

    /**
     * The order the reads start in. The longest (the name model, the tone lexicon) go first: on
     * one article they are what the analysis waits for.
     */
    static final List<Data<?>> LONGEST_FIRST =
        List.of(NAME_MODEL, TONE_LEXICON, GAZETTEER, NAME_WORDS, SPEECH_VERBS, QUOTE_NOUNS, TONE_MODEL);

    private final Function<Language, T> read;

    private Data(Function<Language, T> read) {
      this.read = read;
    }

    T read(Language language) {
      return read.apply(language);
    }
  }
}
