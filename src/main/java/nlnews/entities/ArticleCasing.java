package nlnews.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import nlnews.text.TokenIndex;

/**
 * How an article writes its words, as evidence for names: the words it writes in lower case
 * somewhere (an ordinary word, even where a sentence opens with it: "Tijdens"), and the words and
 * initials it capitalises where a capital says something, inside a sentence ("Dennis V." makes a
 * later "V. ontkende" a name). Read in one pass over the article's tokens; immutable.
 */
final class ArticleCasing {

  private final Set<String> lowerCase;
  private final Set<String> capitalisedInside;
  private final Set<String> initialsInside;

  /** Takes the sets {@link #of} built and no one else holds: copying them would cost a pass per article. */
  private ArticleCasing(Set<String> lowerCase, Set<String> capitalisedInside, Set<String> initialsInside) {
    this.lowerCase = lowerCase;
    this.capitalisedInside = capitalisedInside;
    this.initialsInside = initialsInside;
  }

  /** The casing of the article of {@code index}. */
  static ArticleCasing of(TokenIndex index) {
    Set<String> lowerCase = new HashSet<>();
    Set<String> capitalisedInside = new HashSet<>();
    Set<String> initialsInside = new HashSet<>();
    for (int s = 0; s < index.sentenceCount(); s++) {
      List<Token> tokens = index.sentenceTokens(s);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.ABBREVIATION) {
          if (NameShapes.isInitials(t.text()) && !NameShapes.capitalSaysNothing(tokens, i)) {
            initialsInside.add(t.text());
          }
        } else if (t.kind() == TokenKind.WORD) {
          if (!t.isCapitalized()) {
            lowerCase.add(t.lower());
          } else if (!NameShapes.capitalSaysNothing(tokens, i)) {
            capitalisedInside.add(t.text());
          }
        }
      }
    }
    return new ArticleCasing(lowerCase, capitalisedInside, initialsInside);
  }

  /** True when the article writes {@code lower} in lower case somewhere. */
  boolean writesLowerCase(String lower) {
    return lowerCase.contains(lower);
  }

  /** True when the article capitalises the word {@code text} inside a sentence somewhere. */
  boolean capitalisesInside(String text) {
    return capitalisedInside.contains(text);
  }

  /** True when the article capitalises the word or initials {@code text} inside a sentence somewhere. */
  boolean capitalisesOrInitialsInside(String text) {
    return capitalisedInside.contains(text) || initialsInside.contains(text);
  }
}
