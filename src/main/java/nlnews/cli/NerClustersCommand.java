package nlnews.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nlnews.entities.ClusterBuilder;
import nlnews.entities.ConllCorpus;
import nlnews.entities.WordClusters;
import nlnews.model.Token;
import nlnews.text.DutchTextAnalyzer;
import nlnews.text.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** nlnews ner clusters: learns word clusters from unlabelled Dutch text for the name finder. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Learns word clusters (predictive exchange clustering) from unlabelled Dutch text and "
          + "writes them as 'word TAB class TAB class ...', coarse to fine: the file nlnews "
          + "ships as nlnews/entities/word-clusters.tsv and 'ner train' puts into every model."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlnews ner clusters --conll testdata/ner/tiny.conll --out clusters.tsv",
      "  nlnews ner clusters --classes 8,16 --text testdata/eval/brug.txt --out c.tsv"
    })
final class NerClustersCommand implements Callable<Integer> {

  @ParentCommand NerCommand parent;

  @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL files whose tokens are text (labels ignored).")
  List<String> conll = new ArrayList<>();

  @Option(names = "--text", paramLabel = "FILE", description = "Plain text files, one sentence or headline per line.")
  List<String> text = new ArrayList<>();

  @Option(
      names = "--csv-column",
      paramLabel = "NAME",
      description = "Read the --text files as CSV with a header row and take only this column.")
  String csvColumn;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the clusters.")
  Path out;

  @Option(
      names = "--classes",
      paramLabel = "N,N...",
      split = ",",
      defaultValue = "64,256,1024",
      description = "Class counts, coarse to fine (default: ${DEFAULT-VALUE}).")
  int[] classes;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "2",
      description = "Cluster only words seen at least N times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "20",
      description = "Exchange passes over the vocabulary at most (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Override
  public Integer call() throws IOException {
    Console console = parent.main.console();
    if (conll.isEmpty() && text.isEmpty()) {
      console.stderr().println("nlnews: give text with --conll FILE or --text FILE");
      return ExitCodes.USAGE;
    }
    ClusterBuilder builder = new ClusterBuilder();
    DutchTextAnalyzer analyzer = Language.dutch().analyzer();
    String reading = null;
    try {
      for (String file : conll) {
        reading = file;
        for (ConllCorpus.Document d : ConllFiles.read(file, console)) {
          for (ConllCorpus.Sentence s : d.sentences()) {
            builder.add(s.tokenArray());
          }
        }
      }
      for (String file : text) {
        reading = file;
        for (String line : lines(file, console)) {
          List<Token> tokens = analyzer.tokens(line, 0, line.length());
          if (!tokens.isEmpty()) {
            builder.add(tokens.stream().map(Token::text).toArray(String[]::new));
          }
        }
      }
    } catch (IOException e) {
      console.stderr().println(Messages.about(reading, ConllFiles.message(e)));
      return ExitCodes.SOME_FAILED;
    }
    console.stderr().printf(Locale.ROOT, "nlnews: clustering %d tokens ...%n", builder.tokens());
    console.stderr().flush();
    long start = System.nanoTime();
    WordClusters clusters = builder.build(new ClusterBuilder.Settings(classes, minCount, iterations));
    Path absolute = out.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(temporary)) {
        clusters.write(o, header());
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    console.stderr().printf(
        Locale.ROOT, "nlnews: wrote %d words to %s in %.1f s%n", clusters.size(), out, (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  /** Where the clusters came from and how, for the file's header. */
  private List<String> header() {
    List<String> h = new ArrayList<>();
    h.add("word-clusters.tsv - word clusters for the nlnews name finder, written by 'nlnews ner clusters'.");
    List<String> sources = new ArrayList<>();
    if (!conll.isEmpty()) {
      sources.add("the tokens of " + String.join(", ", conll.stream().map(f -> Path.of(f).getFileName().toString()).toList()));
    }
    if (!text.isEmpty()) {
      sources.add("the lines of " + String.join(", ", text.stream().map(f -> Path.of(f).getFileName().toString()).toList())
          + (csvColumn == null ? "" : " (column " + csvColumn + ")"));
    }
    h.add("Text: " + String.join(" and ", sources) + ".");
    h.add("Settings: --classes " + String.join(",", java.util.Arrays.stream(classes).mapToObj(Integer::toString).toList())
        + " --min-count " + minCount + " --iterations " + iterations + ". Provenance and licence: docs/ner.md.");
    h.add("Columns: word, then its class at each granularity, coarse to fine (tab-separated, UTF-8).");
    return h;
  }

  private List<String> lines(String file, Console console) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = ConllFiles.reader(file, console)) {
      if (csvColumn == null) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
        }
        return lines;
      }
      CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
      if (!parser.getHeaderMap().containsKey(csvColumn)) {
        throw new IOException("no column '" + csvColumn + "'");
      }
      for (CSVRecord r : parser) {
        lines.add(r.get(csvColumn));
      }
    }
    return lines;
  }
}
