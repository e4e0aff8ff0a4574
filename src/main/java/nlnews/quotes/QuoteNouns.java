package nlnews.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nlnews.text.DataFile;
import nlnews.text.Endings;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The nouns of {@code quotes/quote-nouns.tsv}: nouns for works and operations (whose
 * quoted names are titles), for unnamed people, for suspects, for institutions, for
 * organisations named before ("het bedrijf"), and groups of role synonyms (premier,
 * minister-president); with them, the function words the quote rules read phrases with
 * ({@link QuoteWords}), loaded at the same time so that every quote stage gets both. Immutable;
 * thread-safe.
 */
public final class QuoteNouns {

  /** What a noun is to the quote stage. */
  public enum Kind {
    WORK, PERSON, SUSPECT, INSTITUTION, ORGANISATION, NAMING, MAKER
  }

  /** One noun: its class and the gender it tells, m, f or -. */
  public record Noun(String word, Kind kind, String gender) {}

  private static final int SHORTEST_PART = 4;

  private final Map<String, Noun> nouns;
  /** The nouns' last letters: most words end in none of them and need no suffix cut. */
  private final Endings endings;
  private final Map<String, Set<String>> aliases;
  private final QuoteWords words;

  QuoteNouns(Map<String, Noun> nouns, Map<String, Set<String>> aliases, QuoteWords words) {
    this.nouns = Lookup.map(nouns);
    this.endings = new Endings(nouns.keySet(), SHORTEST_PART);
    this.aliases = Lookup.map(aliases);
    this.words = words;
  }

  /** Reads {@code quotes/quote-nouns.tsv} and the word lists of {@link QuoteWords} of {@code language}. */
  public static QuoteNouns load(Language language) {
    Map<String, Noun> nouns = new HashMap<>();
    Map<String, Set<String>> aliases = new HashMap<>();
    for (DataFile.Row row : language.file("quotes/quote-nouns.tsv").rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      String kind = row.get("class");
      if (kind.equals("alias")) {
        Set<String> group = new HashSet<>();
        group.add(word);
        for (String other : row.get("means").split("\\|")) {
          String o = other.trim().toLowerCase(Locale.ROOT);
          if (!o.isEmpty()) {
            group.add(o);
          }
        }
        for (String w : group) {
          aliases.computeIfAbsent(w, k -> new HashSet<>()).addAll(group);
        }
        continue;
      }
      nouns.put(word, new Noun(word, Kind.valueOf(kind.toUpperCase(Locale.ROOT)), row.get("gender")));
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    aliases.forEach((k, v) -> frozen.put(k, Lookup.set(v)));
    return new QuoteNouns(nouns, frozen, QuoteWords.load(language));
  }

  /**
   * The noun {@code lowerWord} or the noun a compound of it ends in: after a hyphen
   * (oud-medewerkster, tv-reeks), or a solid compound's last part of at least four letters
   * (langspeelfilm, buurtbewoner). Null when there is none.
   */
  public Noun noun(String lowerWord) {
    Noun n = nouns.get(lowerWord);
    if (n != null) {
      return n;
    }
    int hyphen = lowerWord.lastIndexOf('-');
    if (hyphen >= 0 && hyphen < lowerWord.length() - 1) {
      return nouns.get(lowerWord.substring(hyphen + 1));
    }
    if (!endings.mayHaveSuffixIn(lowerWord)) {
      return null;
    }
    for (int i = 1; i <= lowerWord.length() - SHORTEST_PART; i++) {
      n = nouns.get(lowerWord.substring(i));
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  public boolean is(String lowerWord, Kind kind) {
    Noun n = noun(lowerWord);
    return n != null && n.kind() == kind;
  }

  /** True when {@code lower} is a word of a group of role synonyms ("bewindsvrouw"). */
  public boolean isAlias(String lower) {
    return aliases.containsKey(lower);
  }

  /** The role words of every group {@code role} belongs to, itself included. */
  public Set<String> sameRole(String role) {
    Set<String> out = new HashSet<>(aliases.getOrDefault(role, Set.of()));
    out.add(role);
    return out;
  }

  /** The function words the quote rules read phrases with. */
  QuoteWords words() {
    return words;
  }

  /** Every noun of {@code kind}, for tests. */
  List<String> words(Kind kind) {
    return nouns.values().stream().filter(n -> n.kind() == kind).map(Noun::word).sorted().toList();
  }
}
