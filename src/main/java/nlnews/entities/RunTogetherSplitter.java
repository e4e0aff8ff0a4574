package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Splits what greedy tagging ran together, and trims what it glued on, the first rule that
 * applies deciding:
 *
 * <ol>
 *   <li>articles that end a name are no part of it ("Laakdal Het": a dateline glued to the
 *       sentence after it);
 *   <li>a name written twice in a row is two mentions ("Nederland Nederland" in a score block);
 *   <li>a person's name ends before a lower-case word that is no particle ("B. stak Lammers"),
 *       and two persons joined by a conjunction are two ("Ten Hag of Mourinho");
 *   <li>a title compound before a person ("PVV-leider Wilders", "GroenLinks-raadslid Ema
 *       Najetovic") is the compound and a person, a compound naming a kind of thing before a name
 *       ("Brugse IT-bedrijf Tectrade") the compound and a name of that kind; a capitalised title
 *       inside a name ("ANP Premier Schoof") ends what comes before it and starts a person;
 *   <li>a surname without a given name does not run over a particle into a known name
 *       ("Bussemaker de Kamer");
 *   <li>a known place or organisation does not run over "van" into a person ("het Engeland van
 *       Sarina Wiegman"), nor over a capitalised article into another name ("NEC De Goffert");
 *   <li>a word before a first name that is no part of the name ("Nederlander Bas Hoekstra",
 *       "Defensie Kajsa Ollongren": the person starts at the first name), unless the name is a
 *       venue ("Koning Willem II-stadion").
 * </ol>
 *
 * Thread-safe.
 */
final class RunTogetherSplitter {

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  RunTogetherSplitter(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** The names in the model's {@code span}, which starts at {@code place} (null: at no token). */
  List<NameSpan> split(NameSpan span, TokenPlace place) {
    if (place == null) {
      return List.of(span);
    }
    List<Token> tokens = place.sentence();
    int from = place.index();
    int to = from;
    while (to < tokens.size() && tokens.get(to).end() <= span.end()) {
      to++;
    }
    while (to - from > 1 && tokens.get(to - 1).isCapitalized() && gazetteer.isArticle(tokens.get(to - 1).lower())) {
      to--;
      span = part(span, tokens, from, to, span.type(), "-trimmed");
    }
    List<NameSpan> parts = repeated(span, tokens, from, to);
    if (parts == null && span.type() == EntityType.PER) {
      parts = beforeLowerCaseWord(span, tokens, from, to);
    }
    if (parts == null) {
      parts = atTitle(span, tokens, from, to);
    }
    if (parts == null) {
      parts = atParticleBeforeKnownName(span, tokens, from, to);
    }
    if (parts == null) {
      parts = afterKnownName(span, tokens, from, to);
    }
    if (parts == null) {
      parts = atFirstName(span, tokens, from, to);
    }
    return parts != null ? parts : List.of(span);
  }

  /** The name {@code tokens[a, b)} with {@code type}, the evidence of {@code span} and {@code suffix}. */
  private static NameSpan part(NameSpan span, List<Token> tokens, int a, int b, EntityType type, String suffix) {
    return new NameSpan(tokens.get(a).start(), tokens.get(b - 1).end(), type, span.paragraph(), span.evidence() + suffix);
  }

  /** Two mentions where the name's words are the same twice over: "Nederland Nederland". */
  private static List<NameSpan> repeated(NameSpan span, List<Token> tokens, int from, int to) {
    int n = to - from;
    if (n < 2 || n % 2 != 0) {
      return null;
    }
    for (int k = 0; k < n / 2; k++) {
      if (!tokens.get(from + k).text().equals(tokens.get(from + n / 2 + k).text())) {
        return null;
      }
    }
    return List.of(part(span, tokens, from, from + n / 2, span.type(), ""), part(span, tokens, from + n / 2, to, span.type(), ""));
  }

  /**
   * A person's name ends before a lower-case word that is no particle ("B. stak"); a conjunction
   * between two capitalised names joins two persons ("Ten Hag of Mourinho").
   */
  private List<NameSpan> beforeLowerCaseWord(NameSpan span, List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      Token t = tokens.get(k);
      if (t.kind() != TokenKind.WORD || t.isCapitalized() || gazetteer.isParticle(t.lower())) {
        continue;
      }
      if (gazetteer.isConjunction(t.lower()) && k + 1 < to && NameShapes.startsName(tokens.get(k + 1))) {
        return List.of(part(span, tokens, from, k, span.type(), ""), part(span, tokens, k + 1, to, span.type(), "-coordinated"));
      }
      return List.of(part(span, tokens, from, k, span.type(), ""));
    }
    return null;
  }

  /**
   * A title compound in the name ("PVV-leider Wilders"): what comes before it, the compound, and a
   * person after it; a compound naming a kind of thing ("Brugse IT-bedrijf Tectrade"): the same,
   * the name after it of the compound's kind (name-kinds.tsv); a capitalised title inside it ("ANP
   * Premier Schoof"): what comes before, and a person after it.
   */
  private List<NameSpan> atTitle(NameSpan span, List<Token> tokens, int from, int to) {
    if (to - from < 2 || gazetteer.name(text(tokens, from, to)) != null) {
      return null;
    }
    for (int k = from; k < to - 1; k++) {
      Token t = tokens.get(k);
      int hyphen = NameShapes.compoundHyphen(t.text());
      if (hyphen <= 0) {
        continue;
      }
      String tail = t.lower().substring(hyphen + 1);
      EntityType after = gazetteer.titleOfCompound(tail) != null ? EntityType.PER : words.kindOf(tail);
      if (after == null) {
        continue;
      }
      List<NameSpan> parts = new ArrayList<>();
      if (k > from) {
        parts.add(part(span, tokens, from, k, span.type(), ""));
      }
      parts.add(part(span, tokens, k, k + 1, span.type(), ""));
      parts.add(part(span, tokens, k + 1, to, after, after == EntityType.PER ? "-after-title" : "-after-kind"));
      return parts;
    }
    for (int k = from + 1; k < to - 1; k++) {
      Token t = tokens.get(k);
      if (t.kind() == TokenKind.WORD && t.isCapitalized() && gazetteer.title(t.lower()) != null && gazetteer.firstName(t.text()) == null
          && !gazetteer.isParticle(tokens.get(k - 1).lower())) {
        return List.of(part(span, tokens, from, k, span.type(), ""), part(span, tokens, k + 1, to, EntityType.PER, "-after-title"));
      }
    }
    return null;
  }

  /**
   * A surname without a given name before it does not run over a particle into a name the
   * gazetteer knows or an ordinary word: "Bussemaker de Kamer" is Bussemaker and the Kamer.
   */
  private List<NameSpan> atParticleBeforeKnownName(NameSpan span, List<Token> tokens, int from, int to) {
    if (span.type() != EntityType.PER) {
      return null;
    }
    for (int k = from + 1; k < to - 1; k++) {
      Token t = tokens.get(k);
      if (t.kind() != TokenKind.WORD || t.isCapitalized() || !gazetteer.isParticle(t.lower())) {
        continue;
      }
      if (allPartOfName(tokens, from, k)) {
        return null; // "Jet de Kamer"
      }
      String rest = text(tokens, k + 1, to);
      Gazetteer.Entry known = gazetteer.name(rest);
      if (known == null && !(k + 2 == to && gazetteer.isCommonWord(tokens.get(k + 1).lower()))) {
        return null;
      }
      EntityType type = known != null ? known.type() : EntityType.MISC;
      return List.of(part(span, tokens, from, k, EntityType.PER, ""), part(span, tokens, k + 1, to, type, "-after-particle"));
    }
    return null;
  }

  /**
   * A known place or organisation does not run over "van" into a person ("Engeland van Sarina
   * Wiegman"), nor over a capitalised article into another name ("NEC De Goffert").
   */
  private List<NameSpan> afterKnownName(NameSpan span, List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      Token t = tokens.get(k);
      boolean van = words.rules().of().contains(t.lower()) && !t.isCapitalized() && gazetteer.firstName(tokens.get(k + 1).text()) != null;
      boolean article = t.isCapitalized() && gazetteer.isArticle(t.lower());
      if (!van && !article) {
        continue;
      }
      String left = text(tokens, from, k);
      if (gazetteer.name(left) == null && !(article && NameShapes.isAcronym(left))) {
        return null;
      }
      return van
          ? List.of(part(span, tokens, from, k, span.type(), ""), part(span, tokens, k + 1, to, EntityType.PER, "-first-name"))
          : List.of(part(span, tokens, from, k, span.type(), ""), part(span, tokens, k, to, span.type(), ""));
    }
    return null;
  }

  /** A word before a first name that is no part of the name: "Nederlander Bas Hoekstra". */
  private List<NameSpan> atFirstName(NameSpan span, List<Token> tokens, int from, int to) {
    String last = tokens.get(to - 1).lower();
    int hyphen = last.lastIndexOf('-');
    if (hyphen > 0 && words.endsPlaceName(last.substring(hyphen + 1))) {
      return null; // "Koning Willem II-stadion" is a venue
    }
    for (int k = from + 1; k < to - 1; k++) {
      Token t = tokens.get(k);
      if (gazetteer.firstName(t.text()) == null) {
        continue;
      }
      Token before = tokens.get(k - 1);
      if (allPartOfName(tokens, from, k) || before.kind() == TokenKind.WORD && !before.isCapitalized()) {
        return null; // "Jan Peter Balkenende"; "Huis van Anne Frank"
      }
      return List.of(part(span, tokens, from, k, span.type(), ""), part(span, tokens, k, to, EntityType.PER, "-first-name"));
    }
    return null;
  }

  /** True when {@code tokens[from, to)} are first names, initials and particles: what may precede a first name in a name. */
  private boolean allPartOfName(List<Token> tokens, int from, int to) {
    for (int b = from; b < to; b++) {
      Token before = tokens.get(b);
      if (gazetteer.firstName(before.text()) == null && before.kind() != TokenKind.ABBREVIATION
          && !gazetteer.isParticle(before.lower())) {
        return false;
      }
    }
    return true;
  }

  private static String text(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }
}
