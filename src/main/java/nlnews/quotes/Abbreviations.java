package nlnews.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nlnews.quotes.PhraseChunker.Phrase;
import nlnews.quotes.PhraseChunker.PhraseType;

/**
 * The abbreviations one article introduces in brackets after an organisation's name, "Instituut
 * Mijnbouwschade Groningen (IMG)", each known from the end of that name on, so that "het IMG"
 * after it speaks for the institute. The first name an abbreviation is given for is the one it
 * keeps. Immutable.
 */
final class Abbreviations {

  /** What an abbreviation stands for, and the token from which it is known. */
  private record Expansion(String name, int from) {}

  private final Map<String, Expansion> byAbbreviation;

  private Abbreviations(Map<String, Expansion> byAbbreviation) {
    this.byAbbreviation = Map.copyOf(byAbbreviation);
  }

  /**
   * The abbreviations introduced after the name phrases among {@code phrases}; {@code
   * organisation} tells the name of the organisation a phrase names, or null for a person's.
   */
  static Abbreviations learn(List<Phrase> phrases, MarkedTokens tokens, Function<Phrase, String> organisation) {
    Map<String, Expansion> found = new HashMap<>();
    for (Phrase p : phrases) {
      String abbreviation = p.type() == PhraseType.NAME ? after(tokens, p) : null;
      if (abbreviation != null && !found.containsKey(abbreviation)) {
        String name = organisation.apply(p);
        if (name != null) {
          found.put(abbreviation, new Expansion(name, p.nameEnd()));
        }
      }
    }
    return new Abbreviations(found);
  }

  /** The word in capitals in brackets right after the name of {@code p}, a name of two words or more: "(IMG)"; else null. */
  static String after(MarkedTokens tokens, Phrase p) {
    int after = p.nameEnd();
    if (after + 2 < tokens.size() && tokens.tok(after).text().equals("(") && tokens.tok(after + 2).text().equals(")")
        && p.nameEnd() - p.nameStart() > 1) {
      String word = tokens.tok(after + 1).text();
      return word.equals(word.toUpperCase(Locale.ROOT)) ? word : null;
    }
    return null;
  }

  /** The name {@code text} abbreviates, as known at token {@code at}, or null. */
  String expand(String text, int at) {
    Expansion e = byAbbreviation.get(text);
    return e != null && e.from() <= at ? e.name() : null;
  }
}
