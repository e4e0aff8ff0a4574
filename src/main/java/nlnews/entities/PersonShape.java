package nlnews.entities;

import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Whether a name is shaped like a person's: a known first name opening a name of two words or
 * more ("Jan van Dijk"), initials opening it ("J. Smit"), or a lower-case particle inside it
 * ("Marleen de Graaf"). The cues that type a name by the words around it yield to this shape.
 */
final class PersonShape {

  private PersonShape() {}

  static boolean of(SpanTokens t, Gazetteer gazetteer) {
    Token first = t.first();
    if (t.size() > 1 && (gazetteer.firstName(first.text()) != null || first.kind() == TokenKind.ABBREVIATION)) {
      return true;
    }
    for (int k = t.from() + 1; k < t.to() - 1; k++) {
      Token inside = t.sentence().get(k);
      if (inside.kind() == TokenKind.WORD && !inside.isCapitalized() && gazetteer.isParticle(inside.lower())) {
        return true;
      }
    }
    return false;
  }
}
