package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nlnews.input.InputException;
import nlnews.output.OutputTarget;
import nlnews.pipeline.ToneExamples;
import nlnews.sentiment.ToneModel;
import nlnews.sentiment.ToneTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** nlnews sentiment train: fits the tone model's group weights and thresholds. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the tone model (src/main/resources/nlnews/sentiment/model.tsv) to labelled texts: "
          + "a weight per cue group and sign on TRAIN (CSV with the columns text and gold), and "
          + "the label thresholds on --dev, and writes it as a model file with its provenance. "
          + "The rules score the texts without a model while training. See docs/sentiment.md "
          + "for the command that built the shipped model."
    })
final class SentimentTrainCommand implements Callable<Integer> {

  @ParentCommand SentimentCommand parent;

  @Parameters(paramLabel = "TRAIN", description = "The labelled CSV file to fit the weights on.")
  Path train;

  @Option(names = "--dev", paramLabel = "DEV", required = true, description = "The labelled CSV file to set the thresholds on.")
  Path dev;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the model to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--group-penalty",
      paramLabel = "L2",
      description = "L2 penalty on each group weight's distance from 1 (default: ${DEFAULT-VALUE}).")
  double groupPenalty = ToneTrainer.Settings.defaults().groupPenalty();

  @Option(names = "--iterations", paramLabel = "N", description = "Steps of gradient descent (default: ${DEFAULT-VALUE}).")
  int iterations = ToneTrainer.Settings.defaults().iterations();

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    List<GoldFile.Row> trainRows;
    List<GoldFile.Row> devRows;
    String trainHash;
    String devHash;
    try {
      trainRows = GoldFile.read(train.toString(), console.stdin(), List.of("text"));
      devRows = GoldFile.read(dev.toString(), console.stdin(), List.of("text"));
      trainHash = sha256(train);
      devHash = sha256(dev);
    } catch (InputException e) {
      console.stderr().println("nlnews: " + e.getMessage());
      return ExitCodes.SOME_FAILED;
    }
    ToneExamples examples = ToneExamples.load();
    ToneTrainer.Settings settings = new ToneTrainer.Settings(groupPenalty, iterations);
    ToneModel model = ToneTrainer.train(examples(examples, trainRows), examples(examples, devRows), settings);
    OutputTarget target = output == null ? OutputTarget.stream(console.stdout()) : OutputTarget.file(output);
    try {
      write(target.writer(), model, settings, trainRows.size(), trainHash, devRows.size(), devHash);
      target.commit();
    } catch (IOException e) {
      target.close();
      console.stderr().println("nlnews: cannot write " + (output == null ? "standard output" : output) + ": " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    return ExitCodes.OK;
  }

  private static List<ToneTrainer.Example> examples(ToneExamples examples, List<GoldFile.Row> rows) {
    List<ToneTrainer.Example> out = new ArrayList<>(rows.size());
    for (GoldFile.Row row : rows) {
      out.add(examples.example(row.text(), row.gold()));
    }
    return out;
  }

  private static String sha256(Path file) throws InputException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new InputException(InputException.Reason.UNREADABLE, file + ": " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private void write(Writer out, ToneModel model, ToneTrainer.Settings settings, int trainCount, String trainHash, int devCount, String devHash)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# nlnews tone model: the learned part of the paragraph tone score.\n");
    b.append("# File model.tsv: UTF-8, tab-separated, LF. Comment lines start with '#', then one header row, then one row per entry.\n");
    b.append("# Columns\n");
    b.append("#   kind     group     = a weight for the cues of one lexicon category (emotion ... other) or of the change\n");
    b.append("#                        compositions (change), and one sign: economy- weighs every negative economy cue;\n");
    b.append("#                        a group not listed weighs 1.\n");
    b.append("#            threshold = negative: a paragraph scoring at or below it is negative; positive: at or above it\n");
    b.append("#                        positive; neutral between.\n");
    b.append("#   name     the group and sign, or the threshold.\n");
    b.append("#   weight   the factor, or the score.\n");
    b.append("# Use: a cue's contribution = the value the rules give it x the weight of its group and sign; the score =\n");
    b.append("#   s / sqrt(s^2 + 1) of the summed contributions.\n");
    b.append("# Provenance: written by `nlnews sentiment train`. Weights: ordinal logistic regression of the gold labels on the\n");
    b.append(String.format(Locale.ROOT, "#   weighted cue sums, L2 penalty %s toward 1, %d steps of Adam, on %s (%d texts, SHA-256 %s).%n",
        java.math.BigDecimal.valueOf(settings.groupPenalty()).toPlainString(), settings.iterations(), train.getFileName(), trainCount, trainHash));
    b.append(String.format(Locale.ROOT, "#   Thresholds: the pair on a 0.05 grid with the best accuracy + macro-F1 on %s (%d texts, SHA-256 %s).%n",
        dev.getFileName(), devCount, devHash));
    b.append("#   The data and the command that rebuilds this file: docs/sentiment.md.\n");
    b.append("kind\tname\tweight\n");
    for (Map.Entry<String, Double> e : model.groups().entrySet()) {
      b.append("group\t").append(e.getKey()).append('\t').append(number(e.getValue())).append('\n');
    }
    b.append("threshold\tnegative\t").append(number(model.negativeThreshold())).append('\n');
    b.append("threshold\tpositive\t").append(number(model.positiveThreshold())).append('\n');
    out.write(b.toString());
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
