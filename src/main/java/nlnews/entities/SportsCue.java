package nlnews.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * In a match report a country or town is the team unless a place preposition puts it on the map:
 * "Genk won van Anderlecht", "de nederlaag tegen België", "het Engeland van Sarina Wiegman" are
 * ORG, "de wedstrijd in Genk" stays LOC; the cue is about the mention, so one article can have
 * both. A pairing of two towns or countries in one word ("Genk-Anderlecht") is two teams. A reserve
 * side ("Jong Utrecht", "Jong PSV") is a team wherever it is named. Thread-safe.
 */
final class SportsCue {

  static final String LABEL = "team";

  /**
   * How many distinct words of match reports (sports-words.tsv) an article with a score needs to
   * be one: three. A single "zege" or "trainer" is as common in politics and business; three with
   * a score ("2-0") are a match. Without a score the article needs {@value #WORDS_WITHOUT_SCORE}.
   */
  static final int WORDS_WITH_SCORE = 3;

  /** How many distinct words of match reports an article without a score needs: a preview or an interview. */
  static final int WORDS_WITHOUT_SCORE = 4;

  /** A score as one token: "4-0", "2-1". */
  private static final Pattern SCORE = Pattern.compile("[0-9]{1,2}-[0-9]{1,2}");


  /** The place kinds that name teams: countries and towns, not regions, seas or buildings. */
  private static final Set<String> TEAM_PLACES = Set.of("country", "capital", "city");

  private final Gazetteer gazetteer;
  private final NameContextWords words;

  SportsCue(Gazetteer gazetteer, NameContextWords words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  /** True when the article of {@code index} reads as a match report. */
  boolean isMatchReport(TokenIndex index) {
    Set<String> seen = new HashSet<>();
    boolean score = false;
    List<Token> tokens = index.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.WORD && words.isSportsWord(t.lower())) {
        seen.add(t.lower());
      } else if (t.kind() == TokenKind.NUMBER && !score) {
        score = SCORE.matcher(t.text()).matches() || isSpacedScore(tokens, i);
      }
    }
    return seen.size() >= (score ? WORDS_WITH_SCORE : WORDS_WITHOUT_SCORE);
  }

  /** "4 - 0": two short numbers around a dash. */
  private static boolean isSpacedScore(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && tokens.get(i).text().length() <= 2 && tokens.get(i + 1).kind() == TokenKind.DASH
        && tokens.get(i + 2).kind() == TokenKind.NUMBER && tokens.get(i + 2).text().length() <= 2;
  }

  /**
   * The two teams of a pairing such as "Genk-Anderlecht" that {@code span} covers in a match
   * report, as two names of type ORG with the evidence {@value #PAIRING}; or null when the span is
   * no such pairing.
   */
  List<NameSpan> pairing(TokenIndex index, NameSpan span) {
    int i = index.tokenStartingAt(span.start());
    if (i < 0 || index.get(i).end() != span.end()) {
      return null;
    }
    String word = index.get(i).text();
    int hyphen = word.indexOf('-');
    if (hyphen <= 0 || hyphen != word.lastIndexOf('-') || !isTeamPlace(word.substring(0, hyphen))
        || !isTeamPlace(word.substring(hyphen + 1))) {
      return null;
    }
    int middle = span.start() + hyphen;
    return List.of(new NameSpan(span.start(), middle, EntityType.ORG, span.paragraph(), PAIRING),
        new NameSpan(middle + 1, span.end(), EntityType.ORG, span.paragraph(), PAIRING));
  }

  /** What a team of a pairing has for evidence: it is typed ORG in its mention alone. */
  static final String PAIRING = "team-pairing";

  private boolean isTeamPlace(String name) {
    Gazetteer.Entry place = gazetteer.name(name);
    return place != null && place.type() == EntityType.LOC && TEAM_PLACES.contains(place.kind())
        && !name.toUpperCase(Locale.ROOT).equals(name);
  }

  /** A reserve side is a team anywhere: ORG for "Jong Utrecht", else null. */
  TypeCue reserveSide(SpanTokens t) {
    if (t.size() < 2 || !words.rules().reserveSides().contains(t.first().text())) {
      return null;
    }
    Token second = t.sentence().get(t.from() + 1);
    Gazetteer.Entry club = gazetteer.name(t.article().slice(second.start(), t.last().end()));
    return club != null ? TypeCue.of(EntityType.ORG, LABEL) : null;
  }

  /** In a match report, ORG for a country or town named without a place word before it, else null. */
  TypeCue team(SpanTokens t) {
    if (!isTeamPlace(t.text())) {
      return null;
    }
    return afterPlaceWord(t) ? null : new TypeCue(EntityType.ORG, LABEL, true);
  }

  /**
   * True when a place preposition or noun comes before the name, or before the list of names it
   * ends ("clubs uit Assen en Hoogeveen": "uit" governs both).
   */
  private boolean afterPlaceWord(SpanTokens t) {
    int k = 1;
    Token before = t.before(k);
    while (before != null && (words.rules().teamCoordinators().contains(before.lower()) || SpanTokens.is(before, ","))) {
      Token name = t.before(k + 1);
      if (name == null || !name.isCapitalized()) {
        return false;
      }
      k += 2;
      before = t.before(k);
    }
    return before != null && before.kind() == TokenKind.WORD && words.announcesPlace(before.lower());
  }
}
