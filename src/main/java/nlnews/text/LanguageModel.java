package nlnews.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The OpenNLP language-detection model (103 languages, character n-grams; Apache OpenNLP's
 * {@code opennlp-models-langdetect}, Apache-2.0), read from the class path the first time it is
 * asked, so a run whose articles the cheap check decides never pays the second it takes to load.
 * Thread-safe: one detector for the run, asked one text at a time.
 */
public final class LanguageModel {

  /** Where the model is in its jar. */
  static final String RESOURCE = "/langdetect-183.bin";

  /** Enough text for the model: character n-grams saturate long before a whole article. */
  static final int MAX_CHARS = 2000;

  // Loaded once, on first use, then read only: the memo of a lazy load, not shared state.
  private LanguageDetectorME detector;

  /** The ISO 639-3 code of the most likely language of {@code text}. */
  public synchronized String detect(CharSequence text) {
    if (detector == null) {
      detector = load();
    }
    CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
    return detector.predictLanguage(sample).getLang();
  }

  private static LanguageDetectorME load() {
    try (InputStream in = LanguageModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the language model " + RESOURCE + " is not on the class path");
      }
      return new LanguageDetectorME(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language model", e);
    }
  }
}
