package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nlnews.input.InputException;
import nlnews.model.ArticleAnalysis;
import nlnews.model.ParagraphTone;
import nlnews.model.SourceText;
import nlnews.model.ToneCue;
import nlnews.model.ToneLabel;
import nlnews.output.OutputTarget;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.Stage;
import nlnews.sentiment.ToneEvaluation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** nlnews sentiment eval: how well the tone labels agree with a gold standard. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every text of GOLD (a CSV file with the columns text and gold, gold being -1, 0 or "
          + "1) as a one-paragraph article and compares the labels with gold: accuracy, macro-F1, "
          + "Krippendorff's alpha (ordinal: the labels are ordered, their distances unknown) and "
          + "the confusion matrix.",
      "To measure on the held-out part of the ecosent training file:",
      "  nlnews sentiment split --part test ../shared/data/ecosent/ecosent_train.csv | nlnews sentiment eval -"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews sentiment eval testdata/sentiment/headlines.csv",
      "  nlnews sentiment eval --predictions p.csv testdata/sentiment/headlines.csv",
      "  nlnews sentiment split --part test testdata/sentiment/headlines.csv \\",
      "    | nlnews sentiment eval -"
    })
final class SentimentEvalCommand implements Callable<Integer> {

  /** Output formats of the figures. */
  enum Format {
    text, csv
  }

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  @ParentCommand SentimentCommand parent;

  @Parameters(paramLabel = "GOLD", description = "The labelled CSV file, or '-' for standard input.")
  String gold;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, or csv with rows metric,value: accuracy, macro_f1, alpha, then one row per "
          + "confusion cell (gold_G_predicted_P) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "Also write every text with its gold label, predicted label, score and cues to FILE (CSV), "
          + "to study the disagreements.")
  Path predictions;

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    List<GoldFile.Row> rows;
    try {
      rows = GoldFile.read(gold, console.stdin(), List.of("text"));
    } catch (InputException e) {
      console.stderr().println(Messages.about(gold, e.getMessage()));
      return ExitCodes.SOME_FAILED;
    }
    AnalysisPipeline.Worker worker = AnalysisPipeline.load(EnumSet.of(Stage.TONE)).newWorker();
    int[] goldLabels = new int[rows.size()];
    int[] predicted = new int[rows.size()];
    ParagraphTone[] tones = new ParagraphTone[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      // One paragraph whatever the line breaks, and no metadata marker: the text is scored as given.
      String text = rows.get(i).text().replaceAll("\\s*\\R\\s*", " ");
      ArticleAnalysis analysis = worker.analyze(SourceText.of(gold + ":" + rows.get(i).line(), text));
      tones[i] = analysis.tones().isEmpty() ? null : analysis.tones().get(0);
      goldLabels[i] = rows.get(i).gold();
      predicted[i] = tones[i] == null ? 0 : value(tones[i].label());
    }
    ToneEvaluation evaluation = ToneEvaluation.of(goldLabels, predicted);
    if (predictions != null) {
      try (OutputTarget target = OutputTarget.file(predictions)) {
        writePredictions(target.writer(), rows, predicted, tones);
        target.commit();
      } catch (IOException e) {
        console.stderr().println(Messages.of("cannot write " + predictions + ": " + Messages.cause(e)));
        return ExitCodes.INTERNAL;
      }
    }
    Reports.Report report = format == Format.csv ? out -> writeCsv(out, evaluation) : out -> writeText(out, evaluation);
    return Reports.toStdout(console, report, ExitCodes.OK, ExitCodes.OK);
  }

  private static int value(ToneLabel label) {
    return switch (label) {
      case NEGATIVE -> -1;
      case NEUTRAL -> 0;
      case POSITIVE -> 1;
    };
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "nan" : String.format(Locale.ROOT, "%.3f", value);
  }

  private void writeText(Writer out, ToneEvaluation e) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(gold).append(": ").append(e.count()).append(" texts\n");
    b.append("accuracy  ").append(number(e.accuracy())).append('\n');
    b.append("macro-F1  ").append(number(e.macroF1())).append('\n');
    b.append("alpha     ").append(number(e.alpha())).append("  (Krippendorff, ordinal)\n");
    b.append("confusion (rows: gold, columns: predicted)\n");
    b.append(String.format(Locale.ROOT, "%8s%8s%8s%8s%n", "", "-1", "0", "1"));
    for (int g : ToneEvaluation.VALUES) {
      b.append(String.format(Locale.ROOT, "%8s", g));
      for (int p : ToneEvaluation.VALUES) {
        b.append(String.format(Locale.ROOT, "%8d", e.cell(g, p)));
      }
      b.append('\n');
    }
    out.write(b.toString());
  }

  private static void writeCsv(Writer out, ToneEvaluation e) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSV);
    csv.printRecord("metric", "value");
    csv.printRecord("accuracy", number(e.accuracy()));
    csv.printRecord("macro_f1", number(e.macroF1()));
    csv.printRecord("alpha", number(e.alpha()));
    for (int g : ToneEvaluation.VALUES) {
      for (int p : ToneEvaluation.VALUES) {
        csv.printRecord("gold_" + g + "_predicted_" + p, e.cell(g, p));
      }
    }
    csv.flush();
  }

  private static void writePredictions(Writer out, List<GoldFile.Row> rows, int[] predicted, ParagraphTone[] tones)
      throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSV);
    csv.printRecord("text", "gold", "predicted", "score", "positive_cues", "negative_cues");
    for (int i = 0; i < rows.size(); i++) {
      ParagraphTone t = tones[i];
      csv.printRecord(
          rows.get(i).text(),
          rows.get(i).gold(),
          predicted[i],
          t == null ? "0.000" : number(t.score()),
          t == null ? "" : cues(t.positiveCues()),
          t == null ? "" : cues(t.negativeCues()));
    }
    csv.flush();
  }

  private static String cues(List<ToneCue> cues) {
    return cues.stream().map(ToneCue::describe).collect(Collectors.joining("|"));
  }
}
