package nlnews.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import nlnews.entities.ConllCorpus;
import nlnews.entities.DocumentTagger;
import nlnews.entities.NerEvaluator;
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
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews ner eval testdata/ner/tiny.conll",
      "  nlnews ner eval --format csv testdata/ner/tiny.conll"
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
    DocumentTagger tagger = ner.loadOrBundled().newTagger();
    NerScores scores = new NerScores();
    int failed = 0;
    for (String file : files) {
      List<ConllCorpus.Document> documents;
      try {
        documents = ConllFiles.read(file, console);
      } catch (IOException e) {
        console.stderr().println(Messages.about(file, ConllFiles.message(e)));
        failed++;
        continue;
      }
      NerEvaluator.score(tagger, documents, scores);
    }
    console.stderr().flush();
    Reports.Report report = format == Format.csv ? out -> NerScoresWriter.csv(scores, out) : out -> NerScoresWriter.text(scores, out);
    return Reports.toStdout(console, report, failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK, ExitCodes.OK);
  }
}
