package nlnews.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nlnews.text.Lookup;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word clusters: for each word, its class at a few granularities, coarse to fine. Words that
 * occur in similar contexts share classes, so a name the training data never showed still
 * looks like the names it did. Read from UTF-8 lines "word TAB class TAB class ..." ("# "
 * comment lines allowed); a model carries its own copy.
 */
public final class WordClusters implements SerializableArtifact {

  private final Map<String, String[]> classes;

  WordClusters(Map<String, String[]> classes) {
    this.classes = Lookup.map(classes);
  }

  /** The classes of {@code word} as written, else of its lower-case form, or null. */
  public String[] classes(String word) {
    String[] c = classes.get(word);
    if (c != null) {
      return c;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals(word) ? null : classes.get(lower); // a lower-case word was just asked for
  }

  public int size() {
    return classes.size();
  }

  /** Reads the cluster file format. */
  public static WordClusters read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(NameLists.nonClosing(in), StandardCharsets.UTF_8));
    Map<String, String[]> classes = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("# ")) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length >= 2) {
        String[] c = new String[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
          c[i - 1] = parts[i].intern();
        }
        classes.put(parts[0], c);
      }
    }
    return new WordClusters(classes);
  }

  /** Writes the cluster file format, words sorted. */
  public void write(OutputStream out) throws IOException {
    write(out, List.of());
  }

  /** Writes the cluster file format after {@code comments} (each becomes a "# " line). */
  public void write(OutputStream out, List<String> comments) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (String c : comments) {
      writer.write("# " + c + "\n");
    }
    for (Map.Entry<String, String[]> e : new TreeMap<>(classes).entrySet()) {
      writer.write(e.getKey());
      for (String c : e.getValue()) {
        writer.write('\t');
        writer.write(c);
      }
      writer.write('\n');
    }
    writer.flush();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes the clusters inside a model. */
  public static final class Serializer implements ArtifactSerializer<WordClusters> {
    @Override
    public WordClusters create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(WordClusters clusters, OutputStream out) throws IOException {
      clusters.write(out);
    }
  }
}
