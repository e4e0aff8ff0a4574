package nlnews.entities;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A trained name-finder model: an OpenNLP {@link TokenNameFinderModel} carrying its feature
 * descriptor, name lists and word clusters. Immutable and thread-safe; each thread tags through
 * its own {@link DocumentTagger}.
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
      return new NerModel(new TokenNameFinderModel(new BufferedInputStream(in)));
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

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  /** A tagger for the calling thread. */
  public DocumentTagger newTagger() {
    return new DocumentTagger(model);
  }

  TokenNameFinderModel openNlpModel() {
    return model;
  }
}
