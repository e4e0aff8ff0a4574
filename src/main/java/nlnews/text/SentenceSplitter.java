package nlnews.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.TokenKind;

/**
 * Groups the tokens of a paragraph into sentences. A sentence ends at . ! ? or … (closing quote
 * marks and brackets right after it stay with it) when the next token could start a sentence: a
 * capitalised word, a number, an opening quote or a dash. Abbreviations and initials carry their
 * own periods (see {@link TokenScanner}), so "o.a." and "J.P. Balkenende" never end one; the
 * abbreviations that often close a sentence ("enz.", "etc.") do so before a capital. Built by
 * {@link DutchTextAnalyzer} from the language's data; immutable.
 */
public final class SentenceSplitter {

  /** The abbreviations that often close a sentence ({@link TextWords#sentenceFinalAbbreviations}). */
  private final Set<String> sentenceFinal;
  /** Words that start a sentence after an initial: "… tegen Dennis V. De officier eiste …". */
  private final Set<String> starters;

  SentenceSplitter(Set<String> sentenceFinal, Set<String> starters) {
    this.sentenceFinal = sentenceFinal;
    this.starters = starters;
  }

  /** The sentences of one paragraph's {@code tokens}. */
  List<Sentence> split(List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int begin = 0;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      boolean terminal = isTerminal(t);
      boolean abbreviation = t.kind() == TokenKind.ABBREVIATION && endsSentence(tokens, i);
      if (!terminal && !abbreviation) {
        continue;
      }
      int last = i;
      if (terminal) {
        // Closing marks glued to the period stay in the sentence: positief." or (zie boven).
        while (last + 1 < n && isClosingAttached(tokens.get(last), tokens.get(last + 1))) {
          last++;
        }
      }
      if (last + 1 >= n) {
        break;
      }
      Token next = tokens.get(last + 1);
      boolean starts = abbreviation ? next.isWord() && next.isCapitalized() : canStartSentence(next);
      if (starts) {
        sentences.add(sentence(tokens, begin, last + 1));
        begin = last + 1;
      }
      i = last;
    }
    if (begin < n) {
      sentences.add(sentence(tokens, begin, n));
    }
    return sentences;
  }

  /**
   * True when the abbreviation {@code tokens[i]} may end its sentence: one that often does, or
   * an initial before a capitalised sentence opener.
   */
  private boolean endsSentence(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return sentenceFinal.contains(t.lower())
        || isInitial(t) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
            && starters.contains(tokens.get(i + 1).lower());
  }

  private static boolean isInitial(Token t) {
    String s = t.text();
    return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.'; // "V."
  }

  private static Sentence sentence(List<Token> tokens, int from, int to) {
    List<Token> part = tokens.subList(from, to);
    return new Sentence(part.get(0).start(), part.get(part.size() - 1).end(), part);
  }

  private static boolean isTerminal(Token t) {
    if (t.kind() != TokenKind.PUNCTUATION) {
      return false;
    }
    String s = t.text();
    char c = s.charAt(0);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isClosingAttached(Token previous, Token t) {
    if (t.start() != previous.end()) {
      return false;
    }
    if (t.kind() == TokenKind.QUOTE) {
      return true;
    }
    if (t.kind() == TokenKind.PUNCTUATION) {
      char c = t.text().charAt(0);
      return c == ')' || c == ']' || c == '}';
    }
    return false;
  }

  private static boolean canStartSentence(Token t) {
    switch (t.kind()) {
      case WORD:
      case ABBREVIATION:
        return t.isCapitalized() || t.text().startsWith("'") || t.text().startsWith("\u2019");
      case NUMBER:
      case QUOTE:
      case DASH:
        return true;
      case PUNCTUATION:
        return t.text().charAt(0) == '(' || t.text().charAt(0) == '[';
      default:
        return false;
    }
  }
}
