package nlnews.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import nlnews.entities.ConllCorpus;
import nlnews.entities.DocumentTagger;
import nlnews.entities.NerEvaluator;
import nlnews.entities.NerModel;
import nlnews.entities.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** nlnews ner eval: precision, recall and F1 of the name finder on labelled CoNLL files. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Tags labelled CoNLL files with the name finder and prints precision, recall and F1 per "
          + "type and overall (row ALL), by the conlleval convention: a name counts only when its "
          + "span and type are both exactly right.",
      "Columns: type, precision, recall, f1, gold, predicted, correct."
    })
final class NerEvalCommand implements Callable<Integer> {

  /** Output formats of the scores. */
  enum Format {
    text, csv
  }

  @ParentCommand NerCommand parent;

  @Mixin NerModelOption ner;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (an aligned table) or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Labelled CoNLL files ('-' for standard input).")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    NerModel model;
    try {
      model = ner.loadOrBundled();
    } catch (NerModelOption.ModelException e) {
      console.stderr().println(e.getMessage());
      return ExitCodes.USAGE;
    }
    DocumentTagger tagger = model.newTagger();
    NerScores scores = new NerScores();
    int failed = 0;
    for (String file : files) {
      List<ConllCorpus.Document> documents;
      try {
        documents = ConllFiles.read(file, console);
      } catch (IOException e) {
        console.stderr().println("nlnews: " + file + ": " + ConllFiles.message(e));
        failed++;
        continue;
      }
      NerEvaluator.score(tagger, documents, scores);
    }
    console.stderr().flush();
    Writer out = new BufferedWriter(new OutputStreamWriter(console.stdout(), StandardCharsets.UTF_8));
    try {
      if (format == Format.csv) {
        NerScoresWriter.csv(scores, out);
      } else {
        NerScoresWriter.text(scores, out);
      }
      out.flush();
    } catch (IOException e) {
      return ExitCodes.OK; // a closed pipe ends the run quietly
    }
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
