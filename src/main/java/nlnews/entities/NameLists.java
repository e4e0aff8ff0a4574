package nlnews.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nlnews.text.Endings;
import nlnews.text.Lookup;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The gazetteer as the model sees it: every known place, organisation, adjective, title, first
 * name, particle and common word with its kind. A trained model carries its own copy, so its
 * features mean what they meant in training even when the gazetteer files change later.
 */
public final class NameLists implements SerializableArtifact {

  /** Kinds of entries; names (LOC, ORG) may have several words. */
  public static final String LOC = "LOC";
  public static final String ORG = "ORG";
  public static final String ADJECTIVE = "ADJ";
  public static final String TITLE = "TITLE";
  public static final String FIRST_NAME = "FIRST";
  public static final String PARTICLE = "PART";
  public static final String COMMON = "COMMON";

  /** Entry (names as written, one space between words; other kinds lower case) to kind. */
  private final Map<String, String> entries;
  /** The single words of {@link #entries} (kept there behind a NUL) without the NUL: probed per token. */
  private final Map<String, String> words;
  /** For the first word of each place or organisation, the most words a name starting with it has. */
  private final Map<String, Integer> longestByFirstWord;
  private final Endings titleEndings;

  NameLists(Map<String, String> entries) {
    this.entries = Lookup.map(entries);
    Map<String, Integer> longest = new HashMap<>();
    List<String> titles = new ArrayList<>();
    Map<String, String> single = new HashMap<>();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (e.getKey().startsWith("\u0000")) {
        single.put(e.getKey().substring(1), e.getValue());
      }
      if (e.getValue().equals(LOC) || e.getValue().equals(ORG)) {
        String[] words = e.getKey().split(" ");
        longest.merge(words[0], words.length, Math::max);
      } else if (e.getValue().equals(TITLE)) {
        titles.add(e.getKey().substring(1)); // past the NUL that marks a single word
      }
    }
    this.longestByFirstWord = Lookup.map(longest);
    this.words = Lookup.map(single);
    this.titleEndings = new Endings(titles, Gazetteer.TITLE_TAIL);
  }

  /** The lists of the gazetteer files that ship in the jar. */
  public static NameLists of(Gazetteer gazetteer) {
    return new NameLists(gazetteer.featureEntries());
  }

  /** The kind of a place or organisation written exactly as {@code name}, or null. */
  public String name(String name) {
    String kind = entries.get(name);
    return LOC.equals(kind) || ORG.equals(kind) ? kind : null;
  }

  /** The kind of a single word that is not a name (ADJ, TITLE, FIRST, PART, COMMON), or null. */
  public String word(String word) {
    return words.get(word.toLowerCase(Locale.ROOT));
  }

  /** The title or role noun that ends a compound such as "Kremlin-woordvoerder", or false. */
  public boolean isTitle(String lowerWord) {
    if (TITLE.equals(words.get(lowerWord))) {
      return true;
    }
    int hyphen = lowerWord.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < lowerWord.length() - 1) {
      return TITLE.equals(words.get(lowerWord.substring(hyphen + 1)));
    }
    if (!titleEndings.mayHaveSuffixIn(lowerWord)) {
      return false;
    }
    for (int i = 1; i <= lowerWord.length() - titleEndings.length(); i++) {
      if (TITLE.equals(words.get(lowerWord.substring(i)))) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return entries.size();
  }

  /**
   * The kinds of the known names in {@code tokens}, longest match first, as "LOC-B", "ORG-I" ...
   * per token (null where none starts or continues). A sentence-initial name may start lower
   * case in the list ("de Verenigde Staten" is written "De Verenigde Staten" there).
   */
  public String[] nameTags(String[] tokens) {
    String[] tags = new String[tokens.length];
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].isEmpty() || !Character.isUpperCase(tokens[i].charAt(0)) && i > 0) {
        continue;
      }
      int max = Math.min(longestByFirstWord.getOrDefault(tokens[i], 0), tokens.length - i);
      for (int length = max; length >= 1; length--) {
        phrase.setLength(0);
        for (int k = i; k < i + length; k++) {
          if (k > i) {
            phrase.append(' ');
          }
          phrase.append(tokens[k]);
        }
        String kind = name(phrase.toString());
        if (kind == null) {
          continue;
        }
        for (int k = i; k < i + length; k++) {
          tags[k] = kind + (k == i ? "-B" : "-I");
        }
        i += length - 1;
        break;
      }
    }
    return tags;
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Reads and writes the lists inside a model: UTF-8 lines "kind TAB entry", sorted. */
  public static final class Serializer implements ArtifactSerializer<NameLists> {

    @Override
    public NameLists create(InputStream in) throws IOException {
      // The model's zip stream stays open: read to the end of the entry without closing it.
      BufferedReader reader = new BufferedReader(new InputStreamReader(nonClosing(in), StandardCharsets.UTF_8));
      Map<String, String> entries = new HashMap<>();
      String line;
      while ((line = reader.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          String kind = line.substring(0, tab);
          String entry = line.substring(tab + 1);
          entries.put(kind.equals(LOC) || kind.equals(ORG) ? entry : "\u0000" + entry, kind);
        }
      }
      return new NameLists(entries);
    }

    @Override
    public void serialize(NameLists lists, OutputStream out) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, String> e : new TreeMap<>(lists.entries).entrySet()) {
        String key = e.getKey();
        lines.add(e.getValue() + "\t" + (key.charAt(0) == '\u0000' ? key.substring(1) : key));
      }
      for (String line : lines) {
        writer.write(line);
        writer.write('\n');
      }
      writer.flush();
    }
  }

  static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
