package nlnews.entities;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import nlnews.model.Article;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.model.Mention;
import nlnews.text.TokenScanner;

/**
 * Turns tagged names into the entities of an article: the variants of one name become one
 * entity named by its fullest form ("Volodymyr Zelensky", later "Zelensky"; "J.P. Balkenende",
 * "Jan Peter Balkenende", "Balkenende"; "VS" and "Verenigde Staten"), name-derived adjectives are
 * linked to their place ("Oekraïense" to "Oekraïne"), and entities are sorted by count, then
 * name. Thread-safe.
 */
public final class EntityResolver {

  private final Gazetteer gazetteer;
  private final VariantMerger variants;

  public EntityResolver(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.variants = new VariantMerger(gazetteer, words);
  }

  public List<Entity> resolve(Article article, List<NameSpan> spans) {
    Map<String, NameGroup> groups = new LinkedHashMap<>();
    List<Mention> shortPersons = new ArrayList<>();
    List<NameGroup> persons = new ArrayList<>();
    Map<String, List<NameGroup>> personsBySurname = new HashMap<>();
    for (NameSpan span : spans) {
      String text = normaliseSpace(article.slice(span.start(), span.end()));
      Mention mention = new Mention(text, span.start(), span.end(), span.paragraph());
      if (span.type() == EntityType.PER) {
        if (text.indexOf(' ') < 0) {
          shortPersons.add(mention);
          continue;
        }
        NameGroup g = personGroup(groups, persons, personsBySurname, text);
        g.add(mention);
        continue;
      }
      String key;
      String linked = "";
      if (span.type() == EntityType.MISC && gazetteer.placeOfAdjective(text) != null) {
        linked = gazetteer.placeOfAdjective(text);
        key = "MISC:adjective:" + linked;
      } else {
        Gazetteer.Entry entry = gazetteer.name(text);
        key = span.type() + ":" + (entry != null && entry.type() == span.type() ? entry.canonical() : text);
      }
      String linkedTo = linked;
      groups.computeIfAbsent(key, k -> new NameGroup(span.type(), linkedTo)).add(mention);
    }
    attachSingleWordPersons(groups, persons, shortPersons);
    variants.merge(new ArrayList<>(groups.values()));
    return entities(groups);
  }

  /**
   * Single-word persons: the surname (or first name) of a person named in full (the one last
   * mentioned before, where several share the word), else a person of their own.
   */
  private static void attachSingleWordPersons(Map<String, NameGroup> groups, List<NameGroup> persons, List<Mention> shortPersons) {
    Map<String, List<Integer>> byWord = personsByWord(persons);
    for (Mention m : shortPersons) {
      NameGroup target = null;
      int candidates = 0;
      for (int i : sharingWord(byWord, m.text())) {
        NameGroup g = persons.get(i);
        if (sharesWord(g.nameTokens, m.text())) {
          candidates++;
          if (target == null || lastMentionBefore(g, m.start()) > lastMentionBefore(target, m.start())) {
            target = g;
          }
        }
      }
      if (candidates == 0) {
        target = groups.computeIfAbsent("PER:" + spellingKey(m.text().toLowerCase(Locale.ROOT)), k -> {
          NameGroup g = new NameGroup(EntityType.PER, "");
          g.nameTokens = new String[] {m.text()};
          return g;
        });
      }
      target.add(m);
    }
  }

  /**
   * The persons named in full (their places in {@code persons}) under each key by which
   * {@link #sharesWord} can match a single word: the first and last word as written, the
   * spelling key of the last word, the first word in lower case. A look-up per single-word
   * mention, not a scan of every person: an article can name thousands.
   */
  private static Map<String, List<Integer>> personsByWord(List<NameGroup> persons) {
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < persons.size(); i++) {
      String[] name = persons.get(i).nameTokens;
      if (name.length < 2) {
        continue;
      }
      String last = name[name.length - 1];
      for (String key : List.of("=" + name[0], "=" + last, "~" + spellingKey(last.toLowerCase(Locale.ROOT)), "^" + name[0].toLowerCase(Locale.ROOT))) {
        List<Integer> places = byWord.computeIfAbsent(key, k -> new ArrayList<>());
        if (places.isEmpty() || places.get(places.size() - 1) != i) {
          places.add(i);
        }
      }
    }
    return byWord;
  }

  /** The places in persons, in order and once each, of the persons {@code word} may name. */
  private static SortedSet<Integer> sharingWord(Map<String, List<Integer>> byWord, String word) {
    SortedSet<Integer> places = new TreeSet<>();
    places.addAll(byWord.getOrDefault("=" + word, List.of()));
    places.addAll(byWord.getOrDefault("~" + spellingKey(word.toLowerCase(Locale.ROOT)), List.of()));
    if (word.equals(word.toUpperCase(Locale.ROOT))) {
      places.addAll(byWord.getOrDefault("^" + word.toLowerCase(Locale.ROOT), List.of()));
    }
    return places;
  }

  /** The entities of the groups with mentions, by count, then name. */
  private static List<Entity> entities(Map<String, NameGroup> groups) {
    List<Entity> entities = new ArrayList<>();
    for (NameGroup g : groups.values()) {
      if (g.mentions.isEmpty()) {
        continue;
      }
      g.mentions.sort(Comparator.comparingInt(Mention::start));
      List<String> variants = new ArrayList<>(g.variants);
      String name = fullestForm(g);
      entities.add(new Entity(name, g.type, g.mentions, variants, g.linkedTo));
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
    entities.sort(
        Comparator.comparingInt(Entity::count)
            .reversed()
            .thenComparing(Entity::name, collator)
            .thenComparing(Entity::name)
            .thenComparing(Entity::type));
    return entities;
  }

  /**
   * The group of a multi-word person name, merged with a compatible one seen before. Only names
   * with the same surname can be compatible, so {@code bySurname} holds the persons by surname
   * (a longer name a group takes on has the same surname), in the order they were seen.
   */
  private NameGroup personGroup(Map<String, NameGroup> groups, List<NameGroup> persons, Map<String, List<NameGroup>> bySurname, String text) {
    String[] tokens = text.split(" ");
    List<NameGroup> sameSurname = bySurname.computeIfAbsent(surname(tokens, surnameStart(tokens)), k -> new ArrayList<>());
    for (NameGroup g : sameSurname) {
      if (compatible(g.nameTokens, tokens)) {
        if (tokens.length > g.nameTokens.length) {
          g.nameTokens = tokens;
        }
        return g;
      }
    }
    NameGroup g = new NameGroup(EntityType.PER, "");
    g.nameTokens = tokens;
    groups.put("PER:" + text, g);
    persons.add(g);
    sameSurname.add(g);
    return g;
  }

  /**
   * Two full names are one person when their surnames match, particles included and in any case
   * ("Marleen de Graaf", "De Graaf"), and their given names agree: equal, one missing, or initials
   * that match ("J.P." and "Jan Peter").
   */
  boolean compatible(String[] a, String[] b) {
    int surnameA = surnameStart(a);
    int surnameB = surnameStart(b);
    if (!surname(a, surnameA).equals(surname(b, surnameB))) {
      return false;
    }
    String givenA = initials(a, surnameA);
    String givenB = initials(b, surnameB);
    return givenA.startsWith(givenB) || givenB.startsWith(givenA);
  }

  /** Where the surname starts: the last word with the particles before it (van der, De). */
  private int surnameStart(String[] name) {
    int start = name.length - 1;
    while (start > 0 && gazetteer.isParticle(name[start - 1].toLowerCase(Locale.ROOT))) {
      start--;
    }
    return start;
  }

  private static String surname(String[] name, int start) {
    return spellingKey(String.join(" ", Arrays.asList(name).subList(start, name.length)).toLowerCase(Locale.ROOT));
  }

  /**
   * A name in lower case with the transliterations of a final -i sound made one: "zelensky",
   * "zelenski" and "zelenskyj" are the same name written by different outlets.
   */
  static String spellingKey(String lower) {
    int end = lower.length();
    while (end > 0 && "iyj".indexOf(lower.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == lower.length() || end == 0 ? lower : lower.substring(0, end) + "i";
  }

  private static String initials(String[] name, int surnameStart) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < surnameStart; i++) {
      String part = name[i];
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
        continue;
      }
      for (String piece : part.split("[.\\-]")) {
        if (!piece.isEmpty()) {
          b.append(piece.charAt(0));
        }
      }
    }
    return b.toString();
  }

  /**
   * True when {@code word} is the last or first word of the full name {@code nameTokens}, as
   * written, in capitals ("COLOMBIE" for "Max Colombie") or in another transliteration
   * ("Zelenski" for "Volodymyr Zelensky").
   */
  private static boolean sharesWord(String[] nameTokens, String word) {
    if (nameTokens.length < 2) {
      return false;
    }
    String last = nameTokens[nameTokens.length - 1];
    if (last.equals(word) || nameTokens[0].equals(word)) {
      return true;
    }
    String key = spellingKey(word.toLowerCase(Locale.ROOT));
    boolean capitals = word.equals(word.toUpperCase(Locale.ROOT));
    return spellingKey(last.toLowerCase(Locale.ROOT)).equals(key)
        || capitals && nameTokens[0].toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT));
  }

  private static int lastMentionBefore(NameGroup g, int offset) {
    int last = -1;
    for (Mention m : g.mentions) {
      if (m.start() < offset) {
        last = Math.max(last, m.start());
      }
    }
    return last;
  }

  /** The longest variant; among equals, the most used; then the first. */
  private static String fullestForm(NameGroup g) {
    String best = null;
    int bestCount = 0;
    for (String v : g.variants) {
      int count = 0;
      for (Mention m : g.mentions) {
        if (m.text().equals(v)) {
          count++;
        }
      }
      if (g.type == EntityType.MISC && !g.linkedTo.isEmpty()) {
        // adjectives: the most used form names the entity
        if (best == null || count > bestCount) {
          best = v;
          bestCount = count;
        }
        continue;
      }
      if (best == null || v.length() > best.length() || (v.length() == best.length() && count > bestCount)) {
        best = v;
        bestCount = count;
      }
    }
    return best;
  }

  /** The name with every run of spacing (line breaks, no-break and zero-width spaces) as one space. */
  static String normaliseSpace(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = TokenScanner.isSpace(c);
      if (space && (c != ' ' || i + 1 < s.length() && TokenScanner.isSpace(s.charAt(i + 1)))) {
        b = new StringBuilder(s.length());
        break;
      }
    }
    if (b == null) {
      return s;
    }
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TokenScanner.isSpace(c)) {
        if (!inSpace) {
          b.append(' ');
        }
        inSpace = true;
      } else {
        b.append(c);
        inSpace = false;
      }
    }
    return b.toString();
  }
}
