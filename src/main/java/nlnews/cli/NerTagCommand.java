package nlnews.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import nlnews.entities.ConllCorpus;
import nlnews.entities.DocumentTagger;
import nlnews.entities.NerEvaluator;
import nlnews.output.OutputClosedException;
import nlnews.output.OutputTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** nlnews ner tag: the input CoNLL lines with the predicted label appended, for external scorers. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Prints each CoNLL file with the name finder's label (IOB2) appended to every token line, "
          + "so that conlleval or another scorer can compare the last two columns. Blank lines "
          + "and -DOCSTART- lines (which get the label O) are kept. The input needs a label "
          + "column; for unlabelled text put O there."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews ner tag testdata/ner/tiny.conll",
      "  nlnews ner tag testdata/ner/tiny.conll | awk 'NF && $NF != \"O\"'"
    })
final class NerTagCommand implements Callable<Integer> {

  @ParentCommand NerCommand parent;

  @Mixin NerModelOption ner;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "CoNLL files ('-' for standard input).")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    DocumentTagger tagger = ner.loadOrBundled().newTagger();
    OutputTarget target = OutputTarget.stream(console.stdout());
    Writer out = target.writer();
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
      try {
        write(tagger, documents, out);
        out.flush();
      } catch (OutputClosedException e) {
        return ExitCodes.OK;
      } catch (IOException e) {
        return Reports.cannotWrite(console, target, "standard output", e);
      }
    }
    target.commit();
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private static void write(DocumentTagger tagger, List<ConllCorpus.Document> documents, Writer out) throws IOException {
    for (ConllCorpus.Document d : documents) {
      if (d.docStart() != null) {
        out.write(d.docStart());
        out.write(d.docStart().indexOf('\t') >= 0 ? "\tO\n" : " O\n");
      }
      List<List<String>> labels = NerEvaluator.labels(tagger, d);
      for (int i = 0; i < labels.size(); i++) {
        ConllCorpus.Sentence s = d.sentences().get(i);
        for (int k = 0; k < s.lines().size(); k++) {
          String line = s.lines().get(k).stripTrailing();
          out.write(line);
          out.write(line.indexOf('\t') >= 0 ? '\t' : ' ');
          out.write(labels.get(i).get(k));
          out.write('\n');
        }
        out.write('\n');
      }
    }
  }
}
