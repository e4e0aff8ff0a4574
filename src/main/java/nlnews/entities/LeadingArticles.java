package nlnews.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nlnews.model.Article;
import nlnews.model.Token;
import nlnews.text.TokenIndex;

/**
 * Where an article opens a name, it belongs to the name only where it is written with a capital
 * inside a sentence ("naar De Goffert", "in De Telegraaf"): a lower-case article is no part of
 * it ("de Volksbank" names Volksbank), nor is a capitalised one that opens the sentence when the
 * article also writes the name without it ("De Volksbank heeft ..." after "bij Volksbank" or "de
 * Volksbank"). The other way round, a capitalised particle that opens the sentence before a name
 * belongs to it where the article names it with the particle elsewhere ("De Croo reageerde" after
 * "aldus De Croo"). Thread-safe and pure.
 */
final class LeadingArticles {

  private final Gazetteer gazetteer;

  LeadingArticles(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The {@code names} (in text order) with the articles that are no part of them left off. */
  List<NameSpan> trim(TokenIndex index, List<NameSpan> names) {
    Article article = index.article();
    Set<String> bare = new HashSet<>();
    List<NameSpan> firstPass = new ArrayList<>(names.size());
    for (NameSpan name : names) {
      TokenPlace place = TokenPlace.of(index, name.start());
      boolean opens = place != null && opensWithArticle(place, name);
      NameSpan trimmed = opens && !place.first().isCapitalized() ? afterFirst(place, name) : name;
      if (!opens || trimmed != name) {
        bare.add(text(article, trimmed)); // written without an article, or after a lower-case one
      }
      firstPass.add(trimmed);
    }
    Set<String> all = new HashSet<>();
    firstPass.forEach(n -> all.add(text(article, n)));
    List<NameSpan> out = new ArrayList<>(names.size());
    for (NameSpan name : firstPass) {
      TokenPlace place = TokenPlace.of(index, name.start());
      boolean opensSentence = place != null && opensWithArticle(place, name)
          && NameShapes.capitalSaysNothing(place.sentence(), place.index());
      NameSpan rest = opensSentence ? afterFirst(place, name) : null;
      if (rest != null && bare.contains(text(article, rest))) {
        out.add(rest);
      } else {
        out.add(withParticleBefore(place, name, article, all));
      }
    }
    return out;
  }

  /** The name with the capitalised particle that opens its sentence before it, where the article writes it so elsewhere. */
  private NameSpan withParticleBefore(TokenPlace place, NameSpan name, Article article, Set<String> all) {
    if (place == null || place.index() == 0) {
      return name;
    }
    Token before = place.token(-1);
    if (!before.isCapitalized() || !gazetteer.isParticle(before.lower()) || !NameShapes.capitalSaysNothing(place.sentence(), place.index() - 1)
        || !all.contains(before.text() + " " + text(article, name))) {
      return name;
    }
    return new NameSpan(before.start(), name.end(), name.type(), name.paragraph(), name.evidence() + "+particle");
  }

  private static String text(Article article, NameSpan name) {
    return EntityResolver.normaliseSpace(article.slice(name.start(), name.end()));
  }

  /** True when the name has more than one token and its first is an article. */
  private boolean opensWithArticle(TokenPlace place, NameSpan name) {
    Token first = place.first();
    return first.end() < name.end() && gazetteer.isArticle(first.lower()) && place.index() + 1 < place.sentence().size()
        && place.token(1).isCapitalized();
  }

  private static NameSpan afterFirst(TokenPlace place, NameSpan name) {
    return new NameSpan(place.token(1).start(), name.end(), name.type(), name.paragraph(), name.evidence() + "-article");
  }
}
