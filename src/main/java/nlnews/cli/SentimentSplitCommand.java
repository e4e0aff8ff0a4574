package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import nlnews.input.InputException;
import nlnews.sentiment.HeadlineSplit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** nlnews sentiment split: one part of the deterministic train/dev/test split of a labelled file. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the rows of FILE (a CSV with a headline or text column and a gold column, such as "
          + "ecosent_train.csv) that fall in one part of the deterministic split, as CSV with the "
          + "columns text,gold for 'nlnews sentiment eval'. A row's part follows from the SHA-256 of "
          + "its normalised text (lower case, letters and digits only): 70%% train, 15%% dev, 15%% test, "
          + "and repeated headlines always land in the same part. The tone model was fitted on "
          + "train and dev together, its choices made by cross-validation over both; test is held out."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews sentiment split --part train testdata/sentiment/headlines.csv",
      "  nlnews sentiment split --part test testdata/sentiment/headlines.csv \\",
      "    | nlnews sentiment eval -"
    })
final class SentimentSplitCommand implements Callable<Integer> {

  @ParentCommand SentimentCommand parent;

  @Option(
      names = "--part",
      paramLabel = "PART",
      required = true,
      description = "train, dev or test.")
  HeadlineSplit.Part part;

  @Parameters(paramLabel = "FILE", description = "The labelled CSV file, or '-' for standard input.")
  String file;

  @Override
  public Integer call() {
    Console console = parent.main.console();
    List<GoldFile.Row> rows;
    try {
      rows = GoldFile.read(file, console.stdin(), List.of("text", "headline"));
    } catch (InputException e) {
      console.stderr().println(Messages.about(file, e.getMessage()));
      return ExitCodes.SOME_FAILED;
    }
    return Reports.toStdout(console, out -> write(rows, out), ExitCodes.OK, ExitCodes.OK);
  }

  private void write(List<GoldFile.Row> rows, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    csv.printRecord("text", "gold");
    for (GoldFile.Row row : rows) {
      if (HeadlineSplit.of(row.text()) == part) {
        csv.printRecord(row.text(), row.gold());
      }
    }
    csv.flush();
  }
}
