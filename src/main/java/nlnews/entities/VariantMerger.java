package nlnews.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nlnews.model.EntityType;

/**
 * Merges the groups of one article that are one organisation or place written in different forms
 * (persons are merged by {@link EntityResolver} itself):
 *
 * <ul>
 *   <li>the same name in capitals ("HUMO" and "Humo", "EINDHOVEN" and "Eindhoven"), for names of
 *       {@value #SHORTEST_CAPITALS_NAME} letters or more ("AD" is a newspaper, "Ad" a first name);
 *   <li>one word the gazetteer does not know that opens exactly one longer name of the same type,
 *       after its article if it has one ("Veiligheidsregio" and "Veiligheidsregio Zeeland",
 *       "Goffert" and "De Goffert"; "Utrecht" and "Utrecht Centraal" are a town and a station);
 *   <li>an acronym and the one longer name of the same type whose initials it is ("CBV" and
 *       "Coaches Betaald Voetbal", "PvdA" and "Partij van de Arbeid").
 * </ul>
 *
 * Two longer names that fit ("Veiligheidsregio Zeeland" and "Veiligheidsregio Utrecht") leave the
 * short form alone. Adjectives linked to a place are left alone. Thread-safe; it changes only the
 * groups it is given, which no one shares.
 */
final class VariantMerger {

  /** The fewest letters of a name merged with its form in capitals: "HUMO" and "Humo", not "AD" and "Ad". */
  static final int SHORTEST_CAPITALS_NAME = 4;

  private final Gazetteer gazetteer;
  /** Capitalised articles that open a name: "De Goffert" ({@code name-article} of rule-words.tsv). */
  private final Set<String> nameArticles;

  VariantMerger(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.nameArticles = words.rules().nameArticles();
  }

  /** Merges the {@code groups} (persons and adjectives among them are left alone); emptied groups stay, empty. */
  void merge(List<NameGroup> groups) {
    for (NameGroup g : groups) {
      if (!mergeable(g)) {
        continue;
      }
      NameGroup into = sameInCapitals(groups, g);
      if (into == null) {
        into = onlyLongerName(groups, g);
      }
      if (into != null) {
        into.absorb(g);
      }
    }
  }

  private static boolean mergeable(NameGroup g) {
    return !g.mentions.isEmpty() && g.type != EntityType.PER && g.linkedTo.isEmpty();
  }

  /** The group written the same but not in capitals, when {@code g} is in capitals. */
  private static NameGroup sameInCapitals(List<NameGroup> groups, NameGroup g) {
    String text = g.firstVariant();
    if (text.length() < SHORTEST_CAPITALS_NAME || !text.equals(text.toUpperCase(Locale.ROOT))) {
      return null;
    }
    for (NameGroup other : groups) {
      String o = other.firstVariant();
      if (other != g && mergeable(other) && o.equalsIgnoreCase(text) && !o.equals(o.toUpperCase(Locale.ROOT))) {
        return other;
      }
    }
    return null;
  }

  /** The one longer name of the same type that {@code g}'s one word opens or abbreviates, or null. */
  private NameGroup onlyLongerName(List<NameGroup> groups, NameGroup g) {
    String text = g.firstVariant();
    if (text.indexOf(' ') >= 0) {
      return null;
    }
    boolean opener = gazetteer.name(text) == null;
    boolean acronym = capitals(text) >= 2;
    NameGroup found = null;
    for (NameGroup other : groups) {
      if (other == g || other.type != g.type || !mergeable(other)) {
        continue;
      }
      String longer = longestVariant(other);
      if (longer.indexOf(' ') < 0 || !(opener && opens(text, longer) || acronym && abbreviates(text, longer))) {
        continue;
      }
      if (found != null) {
        return null; // two names fit
      }
      found = other;
    }
    return found;
  }

  /** True when {@code word} is the first word of {@code name}, or its first after a capitalised article. */
  private boolean opens(String word, String name) {
    String[] words = name.split(" ");
    return words[0].equals(word) || nameArticles.contains(words[0]) && words[1].equals(word);
  }

  static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * True when the capitals of {@code acronym} are the initials of the capitalised words of
   * {@code name} ("NVM": Nederlandse Vereniging van Makelaars), or of all its words ("PvdA":
   * Partij van de Arbeid).
   */
  static boolean abbreviates(String acronym, String name) {
    StringBuilder capitalised = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (String w : name.split("[ \\-]")) {
      if (w.isEmpty()) {
        continue;
      }
      all.append(Character.toUpperCase(w.charAt(0)));
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised.append(w.charAt(0));
      }
    }
    String letters = acronym.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2 && (letters.contentEquals(capitalised) || letters.contentEquals(all));
  }

  private static String longestVariant(NameGroup g) {
    String longest = "";
    for (String v : g.variants) {
      if (v.length() > longest.length()) {
        longest = v;
      }
    }
    return longest;
  }
}
