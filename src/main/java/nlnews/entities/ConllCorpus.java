package nlnews.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Named-entity data in CoNLL format: one token per line with its label in the last column,
 * a blank line between sentences, and {@code -DOCSTART-} lines opening documents. Labels are
 * {@code O} or {@code B-TYPE}/{@code I-TYPE} (IOB1 or IOB2; an entity is read the way conlleval
 * reads it).
 */
public final class ConllCorpus {

  /** One sentence: the lines as read, their tokens and labels. */
  public record Sentence(List<String> lines, List<String> tokens, List<String> labels) {

    public Sentence {
      lines = List.copyOf(lines);
      tokens = List.copyOf(tokens);
      labels = List.copyOf(labels);
    }

    public String[] tokenArray() {
      return tokens.toArray(String[]::new);
    }
  }

  /**
   * The sentences between two {@code -DOCSTART-} lines (or the whole file without them);
   * {@code docStart} is the line that opened it, or null.
   */
  public record Document(String docStart, List<Sentence> sentences) {

    public Document {
      sentences = List.copyOf(sentences);
    }
  }

  /** A line that is not CoNLL, with its line number. */
  public static final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;

    FormatException(int line, String message) {
      super("line " + line + ": " + message);
    }
  }

  private ConllCorpus() {}

  /** True for the line that opens a document. */
  public static boolean isDocStart(String line) {
    return line.startsWith("-DOCSTART-");
  }

  /** Reads every document; sentences keep their order. */
  public static List<Document> read(BufferedReader in) throws IOException {
    List<Document> documents = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    String docStart = null;
    List<String> lines = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        addSentence(sentences, lines, tokens, labels);
        continue;
      }
      if (isDocStart(trimmed)) {
        addSentence(sentences, lines, tokens, labels);
        if (!sentences.isEmpty() || docStart != null) {
          documents.add(new Document(docStart, sentences));
          sentences = new ArrayList<>();
        }
        docStart = line.stripTrailing();
        continue;
      }
      String[] columns = trimmed.split("\\s+");
      if (columns.length < 2) {
        throw new FormatException(number, "expected a token and a label, found '" + trimmed + "'");
      }
      String label = columns[columns.length - 1];
      if (!isLabel(label)) {
        throw new FormatException(number, "the label '" + label + "' is not O, B-TYPE or I-TYPE");
      }
      lines.add(line);
      tokens.add(columns[0]);
      labels.add(label);
    }
    addSentence(sentences, lines, tokens, labels);
    if (!sentences.isEmpty() || docStart != null) {
      documents.add(new Document(docStart, sentences));
    }
    return documents;
  }

  private static void addSentence(List<Sentence> sentences, List<String> lines, List<String> tokens, List<String> labels) {
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(lines, tokens, labels));
      lines.clear();
      tokens.clear();
      labels.clear();
    }
  }

  static boolean isLabel(String label) {
    return label.equals("O")
        || label.length() > 2 && (label.startsWith("B-") || label.startsWith("I-"));
  }

  /**
   * The entities of a label sequence as conlleval reads them: an entity starts at B-X, or at I-X
   * after O or another type, and runs over the I-X that follow.
   */
  public static List<Span> spans(List<String> labels) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= labels.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "O";
      String t = label.equals("O") ? null : label.substring(2);
      boolean begins = t != null && (label.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (begins) {
        start = i;
        type = t;
      }
    }
    return spans;
  }

  /** IOB2 labels for {@code spans} over {@code length} tokens. */
  public static List<String> labels(Span[] spans, int length) {
    String[] labels = new String[length];
    java.util.Arrays.fill(labels, "O");
    for (Span s : spans) {
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        labels[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
      }
    }
    return List.of(labels);
  }
}
