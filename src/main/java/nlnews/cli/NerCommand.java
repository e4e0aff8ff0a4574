package nlnews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** nlnews ner: check the name finder on labelled data, retrain it, or tag CoNLL files. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Checks, retrains or runs the name finder on data in CoNLL format: one token per line with "
          + "its label (O, B-TYPE, I-TYPE) in the last column, a blank line between sentences, "
          + "-DOCSTART- lines between documents."
    },
    subcommands = {NerEvalCommand.class, NerTrainCommand.class, NerTagCommand.class, NerClustersCommand.class, NerBenchCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews ner eval testdata/ner/tiny.conll",
      "  nlnews ner tag testdata/ner/tiny.conll | head",
      "  nlnews ner train --train testdata/ner/tiny.conll --out tiny-ner.bin"
    })
final class NerCommand implements Runnable {

  @ParentCommand Main main;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: eval, train, tag, clusters or bench");
  }
}
