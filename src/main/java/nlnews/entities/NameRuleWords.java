package nlnews.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nlnews.text.DataFile;
import nlnews.text.Language;
import nlnews.text.Lookup;

/**
 * The single words and endings that one name-typing rule is about, each a rule of {@code
 * entities/rule-words.tsv} (its header says which rule reads it and why). Lower case as listed,
 * except {@code reserveSides} and {@code nameArticles}, which the rules compare with a name's
 * capitalised first word and which are capitalised here. Immutable, thread-safe.
 *
 * @param of van: "X van Petercam"
 * @param and en: "het duo Bart en Christel"
 * @param teamCoordinators en, of between team names in a row
 * @param kindArticles de, het, een before the kind noun of an apposition
 * @param adjectiveEndings e: "Vlaamse"
 * @param inhabitantEndings enaren, enaar, aren, aar, ers, er: longest first
 * @param placeEndings en: Groning(en)-er
 * @param reserveSides Jong: "Jong Ajax"
 * @param nameArticles De, Het, Den: "De Goffert"
 */
record NameRuleWords(
    Set<String> of,
    Set<String> and,
    Set<String> teamCoordinators,
    Set<String> kindArticles,
    List<String> adjectiveEndings,
    List<String> inhabitantEndings,
    List<String> placeEndings,
    Set<String> reserveSides,
    Set<String> nameArticles) {

  private static final String FILE = "entities/rule-words.tsv";

  NameRuleWords {
    of = Lookup.set(of);
    and = Lookup.set(and);
    teamCoordinators = Lookup.set(teamCoordinators);
    kindArticles = Lookup.set(kindArticles);
    adjectiveEndings = List.copyOf(adjectiveEndings);
    inhabitantEndings = List.copyOf(inhabitantEndings);
    placeEndings = List.copyOf(placeEndings);
    reserveSides = Lookup.set(reserveSides);
    nameArticles = Lookup.set(nameArticles);
  }

  /** Reads the rule words of {@code language}; a rule no code reads, or one missing, is refused. */
  static NameRuleWords load(Language language) {
    DataFile file = language.file(FILE);
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (String rule : List.of("of", "and", "team-coordinator", "kind-article", "adjective-ending", "inhabitant-ending",
        "place-ending", "reserve-side", "name-article")) {
      rules.put(rule, new ArrayList<>());
    }
    for (DataFile.Row row : file.rows()) {
      List<String> words = rules.get(row.get("rule"));
      if (words == null || row.get("word").isEmpty() || words.contains(row.get("word"))) {
        throw new IllegalStateException(file.name() + ":" + row.line() + ": an unknown rule, an empty word or a word listed twice");
      }
      words.add(row.get("word"));
    }
    rules.forEach((rule, words) -> {
      if (words.isEmpty()) {
        throw new IllegalStateException(file.name() + ": no word for the rule " + rule);
      }
    });
    return new NameRuleWords(
        Lookup.set(rules.get("of")),
        Lookup.set(rules.get("and")),
        Lookup.set(rules.get("team-coordinator")),
        Lookup.set(rules.get("kind-article")),
        rules.get("adjective-ending"),
        rules.get("inhabitant-ending"),
        rules.get("place-ending"),
        capitalised(rules.get("reserve-side")),
        capitalised(rules.get("name-article")));
  }

  private static Set<String> capitalised(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return Set.copyOf(out);
  }
}
