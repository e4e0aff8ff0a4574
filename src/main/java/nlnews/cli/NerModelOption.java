package nlnews.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nlnews.entities.NerModel;
import picocli.CommandLine.Option;

/** The option every command that finds names shares: which name-finder model to use. */
public final class NerModelOption {

  /** The option's name; an argument naming it means the bundled model will not be used. */
  static final String NAME = "--ner-model";

  @Option(
      names = NAME,
      paramLabel = "MODEL",
      description =
          "Find names with this model (written by 'nlnews ner train') instead of the one that "
              + "ships with nlnews.")
  Path model;

  /** The model named by --ner-model, or null for the bundled one. */
  NerModel load() {
    if (model == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(model)) {
      return NerModel.read(in);
    } catch (NoSuchFileException e) {
      throw new UsageException(model + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw new UsageException(model + ": not a name-finder model (" + e.getMessage() + ")");
    }
  }

  /** The model named by --ner-model, or the bundled one. */
  NerModel loadOrBundled() {
    NerModel named = load();
    return named != null ? named : NerModel.bundled();
  }
}
