package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
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
import nlnews.sentiment.ToneEvaluation;
import nlnews.sentiment.ToneModel;
import nlnews.sentiment.ToneTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** nlnews sentiment train: fits the tone model's group weights and label threshold. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the tone model (src/main/resources/nlnews/nl/sentiment/model.tsv) to labelled texts "
          + "(CSV files with the columns text and gold): a weight per cue group and sign, and the "
          + "label threshold, chosen by k-fold cross-validation over all the texts; writes it as a "
          + "model file with its provenance, and the cross-validated figures, overall and fold by fold, to standard error. "
          + "The rules score the texts without a model while training. See docs/sentiment.md for "
          + "the command that built the shipped model."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews sentiment train --output model.tsv testdata/sentiment/headlines.csv",
      "  nlnews sentiment train --folds 3 testdata/sentiment/headlines.csv"
    })
final class SentimentTrainCommand implements Callable<Integer> {

  @ParentCommand SentimentCommand parent;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TRAIN", arity = "1..*", description = "The labelled CSV files to fit on.")
  List<Path> train;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the model to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--group-penalty",
      paramLabel = "L2",
      description = "L2 penalty on each group weight's distance from 1 (default: ${DEFAULT-VALUE}).")
  double groupPenalty = ToneTrainer.Settings.defaults().groupPenalty();

  @Option(names = "--iterations", paramLabel = "N", description = "Steps of gradient descent (default: ${DEFAULT-VALUE}).")
  int iterations = ToneTrainer.Settings.defaults().iterations();

  @Option(
      names = "--folds",
      paramLabel = "K",
      description = "Folds of the cross-validation that sets the threshold; a text's fold follows from its "
          + "normalised text, as the split does (default: ${DEFAULT-VALUE}).")
  int folds = ToneTrainer.Settings.defaults().folds();

  @Option(
      names = "--paragraphs",
      paramLabel = "GOLD_DIR",
      description = "Also fit to the paragraph tones of the gold articles in GOLD_DIR (the format of 'nlnews eval'); "
          + "their cross-validation folds are by article, and the threshold is then chosen on them, the texts "
          + "being a second check. Repeatable.")
  List<Path> paragraphFolders = new ArrayList<>();

  @Option(
      names = "--paragraph-weight",
      paramLabel = "W",
      description = "How much a paragraph counts in the fit, relative to a text (default: ${DEFAULT-VALUE}).")
  double paragraphWeight = 1;

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    if (folds < 2) {
      throw new ParameterException(spec.commandLine(), "--folds must be at least 2, not " + folds);
    }
    if (!(paragraphWeight > 0)) {
      throw new ParameterException(spec.commandLine(), "--paragraph-weight must be above 0, not " + paragraphWeight);
    }
    List<GoldFile.Row> rows = new ArrayList<>();
    List<GoldParagraphs.Folder> paragraphs = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    try {
      for (Path file : train) {
        byte[] bytes = GoldFile.bytes(file.toString(), console.stdin());
        List<GoldFile.Row> read = GoldFile.parse(bytes, List.of("text"));
        rows.addAll(read);
        String name = file.toString().equals("-") ? "standard input" : String.valueOf(file.getFileName());
        sources.add(String.format(Locale.ROOT, "%s (%d texts, SHA-256 %s)", name, read.size(), sha256(bytes)));
      }
      for (Path folder : paragraphFolders) {
        GoldParagraphs.Folder read = GoldParagraphs.read(folder);
        paragraphs.add(read);
        sources.add(read.describe() + String.format(Locale.ROOT, ", each paragraph of weight %s", number(paragraphWeight)));
      }
    } catch (InputException e) {
      console.stderr().println(Messages.of(e.getMessage()));
      return ExitCodes.SOME_FAILED;
    }
    ToneExamples examples = ToneExamples.load();
    ToneTrainer.Settings settings = new ToneTrainer.Settings(groupPenalty, iterations, folds);
    List<ToneTrainer.Example> list = new ArrayList<>(rows.size());
    for (GoldFile.Row row : rows) {
      list.add(examples.example(row.text(), row.gold()));
    }
    int article = 0;
    for (GoldParagraphs.Folder folder : paragraphs) {
      for (GoldParagraphs.Article a : folder.articles()) {
        list.addAll(examples.paragraphs(a.source(), a.tones(), article++, paragraphWeight));
      }
    }
    ToneTrainer.Result result = ToneTrainer.train(list, settings);
    String figures = figures(result.crossValidation());
    printFigures(console, result, rows.size(), article);
    OutputTarget target = output == null ? OutputTarget.stream(console.stdout()) : OutputTarget.file(output);
    String name = output == null ? "standard output" : output.toString();
    Reports.Report report = out -> write(out, result, settings, sources, rows.size(), figures);
    return Reports.write(console, target, name, report, ExitCodes.OK, ExitCodes.OK);
  }

  /** The cross-validated figures on stderr: the paragraphs' (when any), the texts', their confusion, the texts' by fold. */
  private void printFigures(Console console, ToneTrainer.Result result, int texts, int articles) {
    if (result.paragraphs() != null) {
      ToneEvaluation p = result.paragraphs();
      console.stderr().println(String.format(Locale.ROOT,
          "nlnews: %d-fold cross-validation on %d paragraphs of %d gold articles (folds by article): %s; confusion (rows: gold -1, 0, 1;"
              + " columns: predicted):%s",
          folds, p.count(), articles, figures(p), confusion(p)));
    }
    ToneEvaluation cv = result.crossValidation();
    console.stderr().println(String.format(Locale.ROOT, "nlnews: %d-fold cross-validation on %d texts: %s; threshold at %.2f of the most probable label's boundary",
        folds, texts, figures(cv), result.factor()));
    console.stderr().println("nlnews: cross-validated confusion (rows: gold -1, 0, 1; columns: predicted):" + confusion(cv));
    StringBuilder perFold = new StringBuilder("nlnews: cross-validated by fold (texts, accuracy, macro-F1):");
    for (int f = 0; f < folds; f++) {
      ToneEvaluation e = result.perFold().get(f);
      perFold.append(String.format(Locale.ROOT, "%s %d: %d, %.3f, %.3f", f == 0 ? "" : ";", f, e.count(), e.accuracy(), e.macroF1()));
    }
    console.stderr().println(perFold);
  }

  private static String figures(ToneEvaluation e) {
    return String.format(Locale.ROOT, "accuracy %.3f, macro-F1 %.3f, alpha %.3f", e.accuracy(), e.macroF1(), e.alpha());
  }

  /** The confusion matrix in one line: " a b c / d e f / g h i". */
  private static String confusion(ToneEvaluation e) {
    StringBuilder b = new StringBuilder();
    for (int g : ToneEvaluation.VALUES) {
      b.append(g == -1 ? " " : " / ");
      for (int p : ToneEvaluation.VALUES) {
        b.append(p == -1 ? "" : " ").append(e.cell(g, p));
      }
    }
    return b.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private void write(Writer out, ToneTrainer.Result result, ToneTrainer.Settings settings, List<String> sources, int count, String figures)
      throws IOException {
    ToneModel model = result.model();
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
    b.append("# Use: a cue's contribution = the value the rules give it x the weight of its group and sign, rounded to two\n");
    b.append("#   decimals; s = the sum of the contributions; the score = s / sqrt(s^2 + 8). The weights are in threshold units:\n");
    b.append("#   s >= 1 scores >= 0.333 and is positive, s <= -1 negative.\n");
    b.append("# Provenance: written by `nlnews sentiment train`. Weights: ordinal logistic regression (cut points -h and h) of the\n");
    b.append(String.format(Locale.ROOT, "#   gold labels on the weighted cue sums, L2 penalty %s toward 1, %d steps of Adam, on %d texts:%n",
        java.math.BigDecimal.valueOf(settings.groupPenalty()).toPlainString(), settings.iterations(), count));
    for (String source : sources) {
      b.append("#     ").append(source).append('\n');
    }
    b.append(String.format(Locale.ROOT, "#   then divided by %.2f x the weighted sum where the fitted model's most probable label turns polar; the%n", result.factor()));
    if (result.paragraphs() == null) {
      b.append(String.format(Locale.ROOT, "#   factor %.2f had the best accuracy + macro-F1 in %d-fold cross-validation (folds by the normalised text):%n",
          result.factor(), settings.folds()));
      b.append("#   ").append(figures).append(".\n");
    } else {
      b.append(String.format(Locale.ROOT, "#   factor %.2f had the best accuracy + macro-F1 on the paragraphs in %d-fold cross-validation (folds by%n",
          result.factor(), settings.folds()));
      b.append("#   article; texts by the normalised text): paragraphs ").append(figures(result.paragraphs())).append(";\n");
      b.append("#   texts ").append(figures).append(".\n");
    }
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
