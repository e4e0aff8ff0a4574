package nlnews.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nlnews.entities.ConllCorpus;
import nlnews.entities.Gazetteer;
import nlnews.entities.NerEvaluator;
import nlnews.entities.NerModel;
import nlnews.entities.NerScores;
import nlnews.entities.NerTrainer;
import nlnews.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** nlnews ner train: trains a name-finder model on labelled CoNLL data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a name-finder model on a labelled CoNLL file and writes it to MODEL, for use with "
          + "--ner-model. The model carries its feature descriptor, the gazetteer lists and the "
          + "word clusters it was trained with. With --dev, prints the new model's scores on "
          + "that file (the columns of 'nlnews ner eval')."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews ner train --train testdata/ner/tiny.conll --out tiny-ner.bin",
      "  nlnews ner train --iterations 50 --train testdata/ner/tiny.conll --out m.bin",
      "  nlnews ner eval --ner-model tiny-ner.bin testdata/ner/tiny.conll"
    })
final class NerTrainCommand implements Callable<Integer> {

  @ParentCommand NerCommand parent;

  @Option(names = "--train", paramLabel = "FILE", required = true, description = "Labelled CoNLL training data.")
  String train;

  @Option(names = "--dev", paramLabel = "FILE", description = "Labelled CoNLL data to score the new model on.")
  String dev;

  @Option(names = "--out", paramLabel = "MODEL", required = true, description = "Where to write the model.")
  Path out;

  @Option(
      names = "--algorithm",
      paramLabel = "NAME",
      defaultValue = "perceptron",
      description = "perceptron, perceptron_sequence or maxent (default: ${DEFAULT-VALUE}).")
  NerTrainer.Algorithm algorithm;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "300",
      description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--cutoff",
      paramLabel = "N",
      defaultValue = "0",
      description = "Leave out features seen fewer than N times (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(
      names = "--beam-size",
      paramLabel = "N",
      defaultValue = "1",
      description = "Label sequences the model keeps while tagging; 1 is greedy and fastest (default: ${DEFAULT-VALUE}).")
  int beamSize;

  @Option(
      names = "--features",
      paramLabel = "XML",
      description =
          "An OpenNLP feature-generator descriptor to train with instead of nlnews's own "
              + "(see docs/ner.md); it may use the resources names.lists and words.clusters.")
  Path features;

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    if (iterations < 1 || cutoff < 0 || beamSize < 1) {
      console.stderr().println("nlnews: --iterations and --beam-size must be at least 1, --cutoff at least 0");
      return ExitCodes.USAGE;
    }
    byte[] descriptor;
    try {
      descriptor = features == null ? NerTrainer.defaultFeatures() : Files.readAllBytes(features);
    } catch (NoSuchFileException e) {
      console.stderr().println(Messages.about(features, "no such file"));
      return ExitCodes.USAGE;
    }
    List<ConllCorpus.Document> trainDocs;
    List<ConllCorpus.Document> devDocs = null;
    String reading = train;
    try {
      trainDocs = ConllFiles.read(train, console);
      if (dev != null) {
        reading = dev;
        devDocs = ConllFiles.read(dev, console);
      }
    } catch (IOException e) {
      console.stderr().println(Messages.about(reading, ConllFiles.message(e)));
      return ExitCodes.SOME_FAILED;
    }
    int sentences = trainDocs.stream().mapToInt(d -> d.sentences().size()).sum();
    if (sentences == 0) {
      console.stderr().println(Messages.about(train, "no sentences to train on"));
      return ExitCodes.SOME_FAILED;
    }
    console.stderr().printf(
        Locale.ROOT, "nlnews: training on %d documents, %d sentences (%s, %d iterations) ...%n",
        trainDocs.size(), sentences, algorithm.name().toLowerCase(Locale.ROOT), iterations);
    console.stderr().flush();
    long start = System.nanoTime();
    NerModel model;
    try {
      model = NerTrainer.train(trainDocs, new NerTrainer.Settings(algorithm, iterations, cutoff, descriptor, beamSize), Gazetteer.load(Language.dutch()));
    } catch (IOException | RuntimeException e) {
      console.stderr().println(Messages.of("cannot train: " + e.getMessage()));
      return ExitCodes.USAGE;
    }
    write(model, out);
    console.stderr().printf(
        Locale.ROOT, "nlnews: wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - start) / 1e9);
    console.stderr().flush();
    if (devDocs == null) {
      return ExitCodes.OK;
    }
    NerScores scores = NerEvaluator.score(model, devDocs);
    return Reports.toStdout(console, w -> NerScoresWriter.text(scores, w), ExitCodes.OK, ExitCodes.OK);
  }

  /** Writes under a temporary name and renames, so an interrupted run leaves no half model. */
  private static void write(NerModel model, Path out) throws IOException {
    Path absolute = out.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(temporary)) {
        model.write(o);
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
