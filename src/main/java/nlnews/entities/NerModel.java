package nlnews.entities;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A trained name-finder model: an OpenNLP {@link TokenNameFinderModel} carrying its feature
 * descriptor, name lists and word clusters. Immutable and thread-safe; each thread tags through
 * its own {@link DocumentTagger}, which computes the features as fingerprints
 * ({@link HashedNameFinder}) when the model was trained on the bundled descriptor.
 */
public final class NerModel {

  /** Where the model that ships with nlnews lives on the class path. */
  public static final String BUNDLED = "/nlnews/entities/ner-nl.bin";

  private final TokenNameFinderModel model;

  NerModel(TokenNameFinderModel model) {
    this.model = model;
  }

  /** Reads a model written by {@link #write} (or by OpenNLP's own trainer). */
  public static NerModel read(InputStream in) throws IOException {
    try {
      return new NerModel(new DecodedModel(new BufferedInputStream(in)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // OpenNLP reports a zip that is no name-finder model this way
      throw new IOException("not a name-finder model: " + e.getMessage(), e);
    }
  }

  /** The model that ships in the jar, read from the class path. */
  public static NerModel bundled() {
    try (InputStream in = NerModel.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + BUNDLED);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /**
   * A model just trained, written and read back: the writer drops features without weights, so
   * this way it tags exactly as it will when read from the file it is saved to.
   */
  static NerModel of(TokenNameFinderModel trained) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      trained.serialize(bytes);
      return read(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the trained model", e);
    }
  }

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  /** A tagger for the calling thread. */
  public DocumentTagger newTagger() {
    HashedNameFinder hashed = model instanceof DecodedModel decoded ? decoded.newHashedFinder() : null;
    return hashed != null ? new DocumentTagger(hashed) : DocumentTagger.of(new NameFinderME(model));
  }

  TokenNameFinderModel openNlpModel() {
    return model;
  }

  /** An OpenNLP model that decodes with a {@link GreedyDecoder} wherever one can stand in for its beam search. */
  private static final class DecodedModel extends TokenNameFinderModel {

    /** Where OpenNLP keeps the statistical model inside a name-finder model. */
    private static final String CLASSIFIER_ENTRY = "nameFinder.model";
    /** Where OpenNLP keeps the feature descriptor. */
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

    private final GreedyDecoder decoder;
    /** True when the model was trained on the bundled descriptor, whose features {@link HashedNameFinder} computes. */
    private final boolean bundledFeatures;
    /** The words whose features are kept hashed, shared by the finders of every thread (about 0.55 kB a word: some 18 MB). */
    private static final int PRINTED_WORDS = 1 << 15;
    private final WordPrints.Cache prints;

    DecodedModel(InputStream in) throws IOException {
      super(in);
      String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      Object classifier = getArtifact(CLASSIFIER_ENTRY);
      decoder = classifier instanceof MaxentModel maxent
          ? GreedyDecoder.of(maxent, beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam.trim()))
          : null;
      Object descriptor = getArtifact(DESCRIPTOR_ENTRY);
      bundledFeatures = decoder != null
          && getFactory().getClass() == TokenNameFinderFactory.class // a subclass may build other features
          && descriptor instanceof byte[] bytes
          && Arrays.equals(bytes, NerTrainer.defaultFeatures())
          && getArtifact(NerTrainer.LISTS) instanceof NameLists
          && getArtifact(NerTrainer.CLUSTERS) instanceof WordClusters;
      prints = bundledFeatures ? new WordPrints.Cache(getArtifact(NerTrainer.LISTS), getArtifact(NerTrainer.CLUSTERS), PRINTED_WORDS) : null;
    }

    /** A finder that hashes the features as it computes them, or null when this model's features are not the bundled ones. */
    HashedNameFinder newHashedFinder() {
      return bundledFeatures
          ? new HashedNameFinder(decoder, getFactory().createSequenceCodec(), prints)
          : null;
    }

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
      return decoder != null ? decoder : super.getNameFinderSequenceModel();
    }
  }
}
