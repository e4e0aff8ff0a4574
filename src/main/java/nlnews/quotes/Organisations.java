package nlnews.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nlnews.model.Entity;
import nlnews.model.EntityType;
import nlnews.quotes.PhraseChunker.Phrase;
import nlnews.quotes.PhraseChunker.PhraseType;

/**
 * The organisations one article names, each known from a token on: those the entity stage found
 * from the start, and institutions of more than one word as the text names them ("het ministerie
 * van Defensie", "de gemeente Almere") from the end of the phrase that first names them. A
 * question asked at a token sees only what is known there, so that reading an article left to
 * right gives the same answers whatever is asked later. Immutable.
 */
final class Organisations {

  /** One organisation name, its words, and the token from which it is known. */
  private record Known(String name, List<String> words, int from) {}

  private final List<Known> known;

  private Organisations(List<Known> known) {
    this.known = List.copyOf(known);
  }

  /** The organisations of {@code entities}, and the institutions among the article's {@code phrases}. */
  static Organisations learn(List<Entity> entities, List<Phrase> phrases, MarkedTokens tokens) {
    Map<String, Integer> from = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.ORG) {
        from.putIfAbsent(e.name(), 0);
      }
    }
    for (Phrase p : phrases) {
      if (p.type() == PhraseType.INSTITUTION && p.end() - p.nameStart() > 1) {
        from.putIfAbsent(tokens.slice(p.nameStart(), p.end()), p.end());
      }
    }
    List<Known> known = new ArrayList<>();
    from.forEach((name, at) -> known.add(new Known(name, List.of(name.split(" ")), at)));
    return new Organisations(known);
  }

  /**
   * The one organisation known at token {@code at} whose fuller name holds {@code name} ("Genk"
   * when the article is about KRC Genk, "Defensie" after "het ministerie van Defensie");
   * otherwise, or when several do, the name itself (Moskou, Turkije).
   */
  String fullest(String name, int at) {
    String found = null;
    List<String> words = List.of(name.split(" "));
    for (Known other : known) {
      if (other.from() <= at && !other.name().equals(name) && !other.name().equals(found) && other.words().size() > words.size()
          && containsRun(other.words(), words)) {
        if (found != null) {
          return name;
        }
        found = other.name();
      }
    }
    return found != null ? found : name;
  }

  /** True when {@code run} occurs in {@code list} as consecutive elements. */
  static boolean containsRun(List<String> list, List<String> run) {
    if (run.isEmpty() || run.size() > list.size()) {
      return false;
    }
    for (int i = 0; i + run.size() <= list.size(); i++) {
      if (list.subList(i, i + run.size()).equals(run)) {
        return true;
      }
    }
    return false;
  }
}
