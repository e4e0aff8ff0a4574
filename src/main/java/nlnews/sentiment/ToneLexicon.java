package nlnews.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nlnews.text.DataFile;
import nlnews.text.DutchTextAnalyzer;

/**
 * The tone vocabulary of {@code nlnews/sentiment/}: polar words and multiword expressions, negators
 * with their scope, intensifiers and downtoners, contrast markers, words of change (stijgen,
 * dalen) and the things whose change is good or bad (werkloosheid, groei). Entries are matched on
 * the Snowball stems of their words, so inflections match (optimistisch, optimistische); an
 * entry whose exact lower-case form is listed wins over one that only shares its stem. Immutable;
 * thread-safe.
 */
public final class ToneLexicon {

  /** A polar word or expression: its stems, weight in [-1, 1] and category. */
  public record Entry(String lemma, String[] stems, double weight, String category) {

    /** The words of the lemma ("om", "de", "tafel"). */
    public String[] words() {
      return lemma.split(" ");
    }
  }

  /** A negator: flip (niet, geen) or dampen (nauwelijks), with its scope in words and direction. */
  public record Negator(String word, boolean flip, int scope, boolean forward, boolean backward) {}

  /** A contrast marker: "after" (maar: what follows weighs more) or "concessive" (hoewel, weliswaar). */
  public record Contrast(String word, boolean concessive, double weight) {}

  /** A word of change: direction +1 (stijgen) or -1 (dalen), with a strength. */
  public record Change(String lemma, String[] stems, int direction, double strength) {}

  private final Map<String, Entry> wordsByLower;
  private final Map<String, List<Entry>> wordsByStem;
  private final Map<String, List<Entry>> phrasesByFirstStem;
  private final Map<String, Negator> negators;
  private final Map<String, List<Negator>> negatorPhrases;
  private final Map<String, Double> intensifiers;
  private final Map<String, Contrast> contrasts;
  private final Map<String, Change> changesByLower;
  private final Map<String, Change> changesByStem;
  private final Map<String, List<Change>> changePhrases;
  private final Map<String, Integer> targetsByLower;
  private final Map<String, Integer> targetsByStem;
  private final int size;

  private ToneLexicon(Builder b) {
    this.wordsByLower = Map.copyOf(b.wordsByLower);
    Map<String, List<Entry>> byStem = new HashMap<>();
    b.wordsByStem.forEach((k, v) -> byStem.put(k, List.copyOf(v)));
    this.wordsByStem = Map.copyOf(byStem);
    Map<String, List<Entry>> phrases = new HashMap<>();
    b.phrasesByFirstStem.forEach(
        (k, v) -> {
          List<Entry> sorted = new ArrayList<>(v);
          sorted.sort(Comparator.comparingInt((Entry e) -> e.stems().length).reversed().thenComparing(Entry::lemma));
          phrases.put(k, List.copyOf(sorted));
        });
    this.phrasesByFirstStem = Map.copyOf(phrases);
    this.negators = Map.copyOf(b.negators);
    Map<String, List<Negator>> negatorPhrases = new HashMap<>();
    b.negatorPhrases.forEach((k, v) -> negatorPhrases.put(k, List.copyOf(v)));
    this.negatorPhrases = Map.copyOf(negatorPhrases);
    this.intensifiers = Map.copyOf(b.intensifiers);
    this.contrasts = Map.copyOf(b.contrasts);
    this.changesByLower = Map.copyOf(b.changesByLower);
    this.changesByStem = Map.copyOf(b.changesByStem);
    Map<String, List<Change>> changePhrases = new HashMap<>();
    b.changePhrases.forEach((k, v) -> changePhrases.put(k, List.copyOf(v)));
    this.changePhrases = Map.copyOf(changePhrases);
    this.targetsByLower = Map.copyOf(b.targetsByLower);
    this.targetsByStem = Map.copyOf(b.targetsByStem);
    this.size = b.size;
  }

  /** Loads the lexicon files from the jar, stemming every entry with {@code analyzer}. */
  public static ToneLexicon load(DutchTextAnalyzer analyzer) {
    Builder b = new Builder();
    for (DataFile.Row row : DataFile.load("sentiment/lexicon.tsv").rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      String[] stems = stems(analyzer, lemma);
      if (stems.length == 0) {
        continue;
      }
      Entry e = new Entry(lemma, stems, Double.parseDouble(row.get("weight")), row.get("category"));
      b.size++;
      if (stems.length == 1) {
        b.wordsByLower.putIfAbsent(lemma, e);
        b.wordsByStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(e);
      } else {
        b.phrasesByFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(e);
      }
    }
    for (DataFile.Row row : DataFile.load("sentiment/negators.tsv").rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      String direction = row.get("direction");
      Negator n =
          new Negator(
              word,
              row.get("effect").equals("flip"),
              Integer.parseInt(row.get("scope")),
              !direction.equals("backward"),
              direction.equals("backward") || direction.equals("both"));
      if (word.indexOf(' ') < 0) {
        b.negators.put(word, n);
      } else {
        b.negatorPhrases.computeIfAbsent(word.substring(0, word.indexOf(' ')), k -> new ArrayList<>()).add(n);
      }
    }
    for (DataFile.Row row : DataFile.load("sentiment/intensifiers.tsv").rows()) {
      b.intensifiers.put(row.get("word").toLowerCase(Locale.ROOT), Double.parseDouble(row.get("factor")));
    }
    for (DataFile.Row row : DataFile.load("sentiment/contrast.tsv").rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      b.contrasts.put(word, new Contrast(word, row.get("role").startsWith("concessive"), Double.parseDouble(row.get("weight"))));
    }
    for (DataFile.Row row : DataFile.load("sentiment/change.tsv").rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      String[] stems = stems(analyzer, lemma);
      if (stems.length == 0) {
        continue;
      }
      Change c = new Change(lemma, stems, row.get("direction").equals("up") ? 1 : -1, Double.parseDouble(row.get("strength")));
      if (stems.length == 1) {
        b.changesByLower.putIfAbsent(lemma, c);
        b.changesByStem.putIfAbsent(stems[0], c);
      } else {
        b.changePhrases.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(c);
      }
    }
    for (DataFile.Row row : DataFile.load("sentiment/targets.tsv").rows()) {
      String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
      String[] stems = stems(analyzer, lemma);
      if (stems.length != 1) {
        continue; // multiword targets are matched by their head word
      }
      int polarity = (int) Math.signum(Double.parseDouble(row.get("polarity")));
      b.targetsByLower.putIfAbsent(lemma, polarity);
      b.targetsByStem.putIfAbsent(stems[0], polarity);
    }
    return new ToneLexicon(b);
  }

  private static String[] stems(DutchTextAnalyzer analyzer, String lemma) {
    String s = analyzer.stem(lemma);
    return s.isEmpty() ? new String[0] : s.split(" ");
  }

  /**
   * The single-word entry for a token: by exact form first, then by stem when the token is an
   * inflection of the entry ({@link Inflection}); or null.
   */
  public Entry word(String lower, String stem) {
    Entry e = wordsByLower.get(lower);
    if (e != null) {
      return e;
    }
    List<Entry> candidates = wordsByStem.get(stem);
    if (candidates != null) {
      for (Entry c : candidates) {
        if (Inflection.of(c.lemma(), lower)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Multiword entries whose first stem is {@code stem}, longest first. */
  public List<Entry> phrases(String stem) {
    return phrasesByFirstStem.getOrDefault(stem, List.of());
  }

  public Negator negator(String lower) {
    return negators.get(lower);
  }

  /** Multiword negators ("bij lange na niet") starting with {@code lower}. */
  public List<Negator> negatorPhrases(String lower) {
    return negatorPhrases.getOrDefault(lower, List.of());
  }

  /** The factor of an intensifier (above 1) or downtoner (below 1), or 0 when not one. */
  public double intensifier(String lower) {
    return intensifiers.getOrDefault(lower, 0.0);
  }

  public Contrast contrast(String lower) {
    return contrasts.get(lower);
  }

  public Change change(String lower, String stem) {
    Change c = changesByLower.get(lower);
    return c != null ? c : changesByStem.get(stem);
  }

  public List<Change> changePhrases(String stem) {
    return changePhrases.getOrDefault(stem, List.of());
  }

  /** +1 when more of the thing is good, -1 when bad, 0 when not a target. */
  public int target(String lower, String stem) {
    Integer p = targetsByLower.get(lower);
    if (p == null) {
      p = targetsByStem.get(stem);
    }
    return p == null ? 0 : p;
  }

  /** The number of polar entries (words and expressions). */
  public int size() {
    return size;
  }

  private static final class Builder {
    final Map<String, Entry> wordsByLower = new HashMap<>();
    final Map<String, List<Entry>> wordsByStem = new HashMap<>();
    final Map<String, List<Entry>> phrasesByFirstStem = new HashMap<>();
    final Map<String, Negator> negators = new HashMap<>();
    final Map<String, List<Negator>> negatorPhrases = new HashMap<>();
    final Map<String, Double> intensifiers = new HashMap<>();
    final Map<String, Contrast> contrasts = new HashMap<>();
    final Map<String, Change> changesByLower = new HashMap<>();
    final Map<String, Change> changesByStem = new HashMap<>();
    final Map<String, List<Change>> changePhrases = new HashMap<>();
    final Map<String, Integer> targetsByLower = new HashMap<>();
    final Map<String, Integer> targetsByStem = new HashMap<>();
    int size;
  }
}
