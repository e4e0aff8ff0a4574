package nlnews.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nlnews.entities.ConllCorpus;
import nlnews.entities.DocumentTagger;
import nlnews.entities.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** nlnews ner bench: model load time and tagging speed on one thread, as figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the name finder on this machine: the time to load the model (the first load in "
          + "this JVM, then the median of five more), its size, and the tokens tagged per second "
          + "on one thread after a warm-up, over the tokens of the CoNLL files given; each also in "
          + "CPU time of the measuring thread, which other processes on the machine do not inflate."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews ner bench --seconds 1 testdata/ner/tiny.conll"
    })
final class NerBenchCommand implements Callable<Integer> {

  @ParentCommand NerCommand parent;

  @Mixin NerModelOption ner;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      defaultValue = "10",
      description = "Measure for about N seconds after an equal warm-up (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "CoNLL files whose tokens are tagged (labels ignored).")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    byte[] bytes;
    String name;
    if (ner.model == null) {
      try (InputStream in = NerModel.class.getResourceAsStream(NerModel.BUNDLED)) {
        bytes = in.readAllBytes();
      }
      name = "bundled " + NerModel.BUNDLED;
    } else {
      ner.load(); // the same checks and messages as every --ner-model
      bytes = Files.readAllBytes(ner.model);
      name = ner.model.toString();
    }
    List<ConllCorpus.Document> documents = new ArrayList<>();
    for (String file : files) {
      try {
        documents.addAll(ConllFiles.read(file, console));
      } catch (IOException e) {
        console.stderr().println(Messages.about(file, ConllFiles.message(e)));
        return ExitCodes.SOME_FAILED;
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long startCpu = cpu.getCurrentThreadCpuTime();
    NerModel model = NerModel.read(new ByteArrayInputStream(bytes));
    double firstLoad = (System.nanoTime() - start) / 1e6;
    double firstLoadCpu = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6;
    double[] loads = new double[5];
    double[] loadsCpu = new double[5];
    for (int i = 0; i < loads.length; i++) {
      long t = System.nanoTime();
      long c = cpu.getCurrentThreadCpuTime();
      NerModel.read(new ByteArrayInputStream(bytes));
      loads[i] = (System.nanoTime() - t) / 1e6;
      loadsCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(loads);
    Arrays.sort(loadsCpu);
    List<List<String[]>> docs = new ArrayList<>();
    long tokens = 0;
    for (ConllCorpus.Document d : documents) {
      List<String[]> sentences = new ArrayList<>();
      for (ConllCorpus.Sentence s : d.sentences()) {
        sentences.add(s.tokenArray());
        tokens += s.tokens().size();
      }
      docs.add(sentences);
    }
    if (tokens == 0) {
      console.stderr().println("nlnews: no tokens to tag");
      return ExitCodes.SOME_FAILED;
    }
    DocumentTagger tagger = model.newTagger();
    run(tagger, docs, seconds * 1_000_000_000L); // warm-up
    long t = System.nanoTime();
    long c = cpu.getCurrentThreadCpuTime();
    long rounds = run(tagger, docs, seconds * 1_000_000_000L);
    double elapsed = (System.nanoTime() - t) / 1e9;
    double elapsedCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
    Formatter f = new Formatter(Locale.ROOT);
    f.format("model              %s%n", name);
    f.format("model size         %d bytes%n", bytes.length);
    f.format("first load         %.0f ms (%.0f ms of CPU)%n", firstLoad, firstLoadCpu);
    f.format("load (median of 5) %.0f ms (%.0f ms of CPU)%n", loads[2], loadsCpu[2]);
    f.format("tokens per round   %d%n", tokens);
    f.format("tagging            %.0f tokens/s (one thread, %d rounds in %.1f s after warm-up)%n",
        rounds * tokens / elapsed, rounds, elapsed);
    f.format("tagging per CPU    %.0f tokens per CPU second (%.1f s of CPU: the figure when other processes share the cores)%n",
        rounds * tokens / elapsedCpu, elapsedCpu);
    String report = f.toString();
    return Reports.toStdout(console, out -> out.write(report), ExitCodes.OK, ExitCodes.OK);
  }

  /** Tags every document repeatedly until {@code nanos} have passed; returns the rounds. */
  private static long run(DocumentTagger tagger, List<List<String[]>> docs, long nanos) {
    long end = System.nanoTime() + nanos;
    long rounds = 0;
    do {
      for (List<String[]> d : docs) {
        tagger.tag(d);
      }
      rounds++;
    } while (System.nanoTime() < end);
    return rounds;
  }
}
