package nlnews.text;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import nlnews.model.TokenKind;

/**
 * A Lucene tokenizer over {@link TokenScanner}: one term per token, the token kind as its type,
 * and every token that is not a word marked as a keyword so that stemmers leave it alone. The
 * term is the surface form with soft hyphens removed, typographic apostrophes made straight and
 * decomposed accents composed, so that "zo’n" and "zo'n" normalise alike.
 */
public final class DutchTokenizer extends Tokenizer {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final TokenScanner scanner;
  private final StringBuilder buffer = new StringBuilder();
  private final char[] chunk = new char[8192];
  private int finalOffset;

  /** A tokenizer that decides abbreviations, elisions and hyphens with {@code words}. */
  public DutchTokenizer(TextWords words) {
    this.scanner = new TokenScanner(words);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    buffer.setLength(0);
    int n;
    while ((n = input.read(chunk)) != -1) {
      buffer.append(chunk, 0, n);
    }
    scanner.reset(buffer, 0, buffer.length());
    finalOffset = correctOffset(buffer.length());
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (!scanner.next()) {
      return false;
    }
    int start = scanner.start();
    int end = scanner.end();
    TokenKind kind = scanner.kind();
    termAtt.setEmpty();
    if (kind == TokenKind.QUOTE) {
      termAtt.append(buffer, start, end); // a closing ’ is a quote mark here, not an apostrophe
    } else {
      appendNormalized(buffer, start, end, termAtt);
    }
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(kind.name());
    keywordAtt.setKeyword(kind != TokenKind.WORD);
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  /** Appends the normalised form of {@code text[start, end)}: see the class comment. */
  static void appendNormalized(CharSequence text, int start, int end, CharTermAttribute out) {
    boolean decomposed = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u00AD') {
        continue;
      }
      if (c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u00B4') {
        c = '\'';
      }
      if (c >= '\u0300' && c <= '\u036F') {
        decomposed = true;
      }
      out.append(c);
    }
    if (decomposed) {
      String composed = Normalizer.normalize(out, Normalizer.Form.NFC);
      out.setEmpty().append(composed);
    }
  }
}
