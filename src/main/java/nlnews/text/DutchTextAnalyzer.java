package nlnews.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nlnews.model.Sentence;
import nlnews.model.Token;
import nlnews.model.TokenKind;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Lucene chain that turns text into tokens with stems: {@link DutchTokenizer}, lower-casing,
 * a keyword marker for the words that must keep their exact form (negations such as niet, geen,
 * niets, which a stemmer would merge or a stop filter would drop), and the Snowball Dutch
 * stemmer. There is deliberately no stop filter: every token reaches the analysis. With it, the
 * {@link SentenceSplitter} that agrees with the tokenizer on which periods belong to an
 * abbreviation.
 *
 * <p>Thread-safe: Lucene keeps one chain per thread, and the word sets are immutable.
 */
public final class DutchTextAnalyzer {

  private static final String FIELD = "body";

  private final Analyzer analyzer;
  private final SentenceSplitter splitter;

  /**
   * A chain that keeps the {@code unstemmed} words from the stemmer and tokenizes and splits
   * sentences with {@code words}.
   */
  public DutchTextAnalyzer(CharArraySet unstemmed, TextWords words) {
    this.splitter = new SentenceSplitter(words.sentenceFinalAbbreviations(), words.sentenceStarters());
    this.analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            DutchTokenizer source = new DutchTokenizer(words);
            TokenStream chain = new LowerCaseFilter(source);
            chain = new SetKeywordMarkerFilter(chain, unstemmed);
            chain = new SnowballFilter(chain, new DutchStemmer());
            return new TokenStreamComponents(source, chain);
          }
        };
  }

  /** Tokens of {@code text[start, end)} with offsets into {@code text}. */
  public List<Token> tokens(String text, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    String region = text.substring(start, end);
    try (TokenStream stream = analyzer.tokenStream(FIELD, region)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int s = start + offset.startOffset();
        int e = start + offset.endOffset();
        String surface = text.substring(s, e);
        TokenKind kind = TokenKind.valueOf(type.type());
        // Most tokens are already lower case and their own stem: share the strings, a large
        // article holds millions of tokens.
        String lower = lower(surface);
        if (lower.isEmpty() || lower.equals(surface)) {
          lower = surface;
        }
        String stem = term.length() == 0 || term.toString().equals(lower) ? lower : term.toString();
        tokens.add(new Token(surface, lower, stem, kind, s, e));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String cannot fail
    }
    return tokens;
  }

  /** The sentences of one paragraph's {@code tokens}. */
  public List<Sentence> sentences(List<Token> tokens) {
    return splitter.split(tokens);
  }

  /** The Snowball stem of one lower-case word, as the chain computes it. */
  public String stem(String word) {
    List<Token> tokens = tokens(word, 0, word.length());
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.stem());
    }
    return b.toString();
  }

  /** The normalised lower-case form, matching what the chain feeds its stemmer. */
  public static String lower(String surface) {
    CharTermAttributeImpl out = new CharTermAttributeImpl();
    DutchTokenizer.appendNormalized(surface, 0, surface.length(), out);
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
