package nlnews.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nlnews.model.EntityType;

/**
 * Which names of the corpus stand for one entity, conservatively and with a reason for every
 * join. Articles already join the forms of a name within themselves ("Zelensky" after "Volodymyr
 * Zelensky"); across articles:
 *
 * <ul>
 *   <li>the same name of the same type is one entity ("Rusland" LOC in every article);
 *   <li>a person's shorter name that ends a longer one ("Zelensky", "De Wit") joins that longer
 *       name only when the corpus has exactly one person whose name ends so: two Jansens keep
 *       "Jansen" apart, since the tool cannot tell whom an article meant;
 *   <li>an anonymised name ("Dennis V.", "Mohamed B.") never joins across articles: the same
 *       initials in two court cases are as a rule two people. Each article's is its own entity.
 * </ul>
 *
 * Names of other types join only by being the same name: the entity stage has already put a
 * place's or organisation's variants under one name (VS, Verenigde Staten).
 */
public final class Identities {

  /** A name whose last word is an initial: the form Dutch and Belgian news gives suspects and victims. */
  private static final Pattern ANONYMISED = Pattern.compile(".*\\s\\p{Lu}\\.?$|^\\p{Lu}\\.$");

  /** One name of one type as the articles give it; {@code article} is -1 except for an anonymised name, whose article it is. */
  public record Key(EntityType type, String name, int article) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = name.compareTo(o.name);
      if (c == 0) {
        c = type.compareTo(o.type);
      }
      return c != 0 ? c : Integer.compare(article, o.article);
    }
  }

  private Identities() {}

  /** True when {@code name} of {@code type} is anonymised: a person's name ending in an initial. */
  public static boolean anonymised(EntityType type, String name) {
    return type == EntityType.PER && ANONYMISED.matcher(name).matches();
  }

  /** The key of {@code name} of {@code type} as it appears in article {@code article} (its number in the corpus). */
  public static Key key(EntityType type, String name, int article) {
    return new Key(type, name, anonymised(type, name) ? article : -1);
  }

  /**
   * The identity each of {@code keys} (distinct) belongs to: a key joined to another maps to that
   * one's identity; every other key maps to itself.
   */
  public static Map<Key, Key> resolve(Iterable<Key> keys) {
    // A person's names that can take shorter ones: not anonymised, by lower-cased word endings.
    Map<String, List<Key>> byEnding = new HashMap<>();
    List<Key> people = new ArrayList<>();
    for (Key k : keys) {
      if (k.type() != EntityType.PER || k.article() >= 0) {
        continue;
      }
      people.add(k);
      String[] words = lower(k.name()).split(" ");
      for (int i = 1; i < words.length; i++) {
        String ending = String.join(" ", Arrays.asList(words).subList(i, words.length));
        byEnding.computeIfAbsent(ending, e -> new ArrayList<>()).add(k);
      }
    }
    // Longest names first, so that the longer names a shorter one could join already have their
    // identity: "Balkenende" after "Peter Balkenende" has joined "Jan Peter Balkenende" is one person's.
    people.sort(Comparator.<Key>comparingInt(k -> -lower(k.name()).split(" ").length).thenComparing(Comparator.naturalOrder()));
    Map<Key, Key> identity = new TreeMap<>();
    for (Key k : people) {
      Set<Key> candidates = new TreeSet<>();
      for (Key longer : byEnding.getOrDefault(lower(k.name()), List.of())) {
        candidates.add(identity.get(longer));
      }
      identity.put(k, candidates.size() == 1 ? candidates.iterator().next() : k);
    }
    for (Key k : keys) {
      identity.putIfAbsent(k, k);
    }
    return identity;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
