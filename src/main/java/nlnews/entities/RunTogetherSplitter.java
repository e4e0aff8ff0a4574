package nlnews.entities;

import java.util.List;
import nlnews.model.EntityType;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Splits what greedy tagging ran together: a word before a first name that is no part of the
 * name ("Nederlander Bas Hoekstra", "Defensie Kajsa Ollongren": the person starts at the first
 * name), and a person's name running on over a lower-case word that is no particle ("B. stak
 * Lammers" ends before "stak"). Thread-safe.
 */
final class RunTogetherSplitter {

  private final Gazetteer gazetteer;

  RunTogetherSplitter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
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
    if (span.type() == EntityType.PER) {
      for (int k = from + 1; k < to; k++) {
        Token t = tokens.get(k);
        if (t.kind() == TokenKind.WORD && !t.isCapitalized() && !gazetteer.isParticle(t.lower())) {
          return List.of(new NameSpan(span.start(), tokens.get(k - 1).end(), span.type(), span.paragraph(), span.evidence()));
        }
      }
    }
    for (int k = from + 1; k < to - 1; k++) {
      Token t = tokens.get(k);
      if (gazetteer.firstName(t.text()) == null) {
        continue;
      }
      if (allPartOfName(tokens, from, k)) {
        return List.of(span);
      }
      return List.of(
          new NameSpan(span.start(), tokens.get(k - 1).end(), span.type(), span.paragraph(), span.evidence()),
          new NameSpan(t.start(), span.end(), EntityType.PER, span.paragraph(), span.evidence() + "-first-name"));
    }
    return List.of(span);
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
}
