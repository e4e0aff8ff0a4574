package nlnews.entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Trains a {@link NerModel} on CoNLL documents with a feature descriptor. */
public final class NerTrainer {

  /** The descriptor that ships in the jar and built the bundled model. */
  public static final String DEFAULT_FEATURES = "/nlnews/entities/ner-features.xml";

  /** Where the bundled word clusters live on the class path. */
  public static final String BUNDLED_CLUSTERS = "/nlnews/entities/word-clusters.tsv";

  /** The resource names a feature descriptor can use. */
  public static final String LISTS = "names.lists";

  public static final String CLUSTERS = "words.clusters";

  /** The learner and its settings. */
  public enum Algorithm {
    PERCEPTRON("PERCEPTRON"),
    /** Collins's structured perceptron: updates on whole sentences. */
    PERCEPTRON_SEQUENCE("PERCEPTRON_SEQUENCE"),
    MAXENT("MAXENT");

    final String openNlpName;

    Algorithm(String openNlpName) {
      this.openNlpName = openNlpName;
    }
  }

  /**
   * How to train: the learner, its iterations and feature cutoff, the feature descriptor, and
   * the beam the model will decode with (1 is greedy: on testa as good as 3, and about twice as
   * fast).
   */
  public record Settings(Algorithm algorithm, int iterations, int cutoff, byte[] features, int beamSize) {

    /** The settings the bundled model was trained with. */
    public static Settings defaults() {
      return new Settings(Algorithm.PERCEPTRON, 300, 0, defaultFeatures(), 1);
    }
  }

  private NerTrainer() {}

  public static byte[] defaultFeatures() {
    return resource(DEFAULT_FEATURES);
  }

  static byte[] resource(String name) {
    try (InputStream in = NerTrainer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The word clusters that ship in the jar. */
  public static WordClusters bundledClusters() {
    try (InputStream in = NerTrainer.class.getResourceAsStream(BUNDLED_CLUSTERS)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + BUNDLED_CLUSTERS);
      }
      return WordClusters.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Trains on {@code documents}. The resources the descriptor names ({@value #LISTS}: the
   * gazetteer's lists, {@value #CLUSTERS}: the bundled word clusters) are stored in the model.
   */
  public static NerModel train(List<ConllCorpus.Document> documents, Settings settings, Gazetteer gazetteer)
      throws IOException {
    Map<String, Object> resources = new HashMap<>();
    for (String name : GeneratorFactory.extractArtifactSerializerMappings(new ByteArrayInputStream(settings.features())).keySet()) {
      switch (name) {
        case LISTS -> resources.put(name, NameLists.of(gazetteer));
        case CLUSTERS -> resources.put(name, bundledClusters());
        default -> throw new IOException("the feature descriptor names a resource '" + name + "'; nlnews has only " + LISTS + " and " + CLUSTERS);
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm().openNlpName);
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, settings.beamSize());
    TokenNameFinderFactory factory = new TokenNameFinderFactory(settings.features(), resources, new BioCodec());
    return NerModel.of(NameFinderME.train("nl", null, new Samples(documents), params, factory));
  }

  /** The sentences as name samples; the first of each document clears the adaptive data. */
  private static final class Samples implements ObjectStream<NameSample> {
    private final List<ConllCorpus.Document> documents;
    private Iterator<NameSample> it;

    Samples(List<ConllCorpus.Document> documents) {
      this.documents = documents;
      reset();
    }

    @Override
    public NameSample read() {
      return it.hasNext() ? it.next() : null;
    }

    @Override
    public void reset() {
      List<NameSample> samples = new ArrayList<>();
      for (ConllCorpus.Document d : documents) {
        boolean first = true;
        for (ConllCorpus.Sentence s : d.sentences()) {
          Span[] names = ConllCorpus.spans(s.labels()).toArray(Span[]::new);
          samples.add(new NameSample(s.tokenArray(), names, first));
          first = false;
        }
      }
      it = samples.iterator();
    }
  }
}
