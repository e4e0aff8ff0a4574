package nlnews.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The function words of Dutch and of the languages most often confused with it (Frisian,
 * Afrikaans, German, English, French), from {@code text/language-words.tsv}, and the English
 * names of languages by ISO 639-3 code, from {@code text/language-names.tsv}. Immutable.
 */
public final class LanguageWords {

  private final Map<String, Set<String>> words;
  private final Map<String, String> names;
  /** Each listed word with a bit for each language whose list has it, in {@link #languages()} order. */
  private final Map<String, Integer> masks;

  private LanguageWords(Map<String, Set<String>> words, Map<String, String> names) {
    this.words = words;
    this.names = names;
    // One look-up a word instead of one a language: the check runs over every article.
    Map<String, Integer> m = new HashMap<>();
    int bit = 0;
    for (Set<String> list : words.values()) {
      for (String w : list) {
        m.merge(w, 1 << bit, (a, b) -> a | b);
      }
      bit++;
    }
    this.masks = Map.copyOf(m);
  }

  /** The lists of {@code language}'s folder. */
  public static LanguageWords load(Language language) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    DataFile file = language.file("text/language-words.tsv");
    for (DataFile.Row row : file.rows()) {
      List<String> list = lists.computeIfAbsent(row.get("language"), k -> new ArrayList<>());
      String word = row.get("word");
      if (list.contains(word)) {
        throw new IllegalStateException(file.name() + ":" + row.line() + ": " + word + " listed twice");
      }
      list.add(word);
    }
    Map<String, Set<String>> words = new LinkedHashMap<>();
    lists.forEach((code, list) -> words.put(code, Lookup.set(list)));
    if (words.size() > Integer.SIZE) {
      throw new IllegalStateException(file.name() + ": more than " + Integer.SIZE + " languages");
    }
    Map<String, String> names = new HashMap<>();
    for (DataFile.Row row : language.file("text/language-names.tsv").rows()) {
      names.put(row.get("code"), row.get("name"));
    }
    // In file order, Dutch first: a tie between two profiles goes the same way every run.
    return new LanguageWords(Collections.unmodifiableMap(words), Map.copyOf(names));
  }

  /** The codes of the languages with a list, in file order (Dutch first). */
  public List<String> languages() {
    return List.copyOf(words.keySet());
  }

  /** The function words of {@code code}, lower case. */
  Set<String> words(String code) {
    return words.get(code);
  }

  /**
   * The languages whose lists hold the lower-case {@code word}, as bits in {@link #languages()}
   * order (bit 0 the first); 0 for none.
   */
  int mask(String word) {
    Integer m = masks.get(word);
    return m == null ? 0 : m;
  }

  /** "Frisian" for "fry": the listed name, else Java's, else the code itself. */
  public String name(String code) {
    String listed = names.get(code);
    if (listed != null) {
      return listed;
    }
    String java = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return java.isEmpty() || java.equals(code) ? code : java;
  }
}
