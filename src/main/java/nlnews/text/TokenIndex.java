package nlnews.text;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.Paragraph;
import nlnews.model.Sentence;
import nlnews.model.Token;

/**
 * A parsed article as every stage reads it: the article, its tokens as one list, the paragraph
 * and sentence of each token, and the token ranges of every sentence and paragraph, for stages
 * that look across those boundaries. Built once per article by the pipeline and shared by all
 * its stages; immutable.
 */
public final class TokenIndex {

  private final Article article;
  private final List<Token> tokens;
  private final int[] paragraphOf;
  private final int[] sentenceOf;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;
  private final int[] paragraphStart;
  private final int[] paragraphEnd;
  private final int[] paragraphNumber;
  /** Per sentence: its own token list (the sentence's, not a view of {@link #tokens}), and its paragraph's number. */
  private final List<List<Token>> sentenceTokens;
  private final int[] sentenceParagraphNumber;

  public TokenIndex(Article article) {
    this.article = article;
    List<Token> all = new ArrayList<>(article.tokenCount());
    int sentences = article.sentenceCount();
    int paragraphs = article.paragraphs().size();
    sentenceStart = new int[sentences];
    sentenceEnd = new int[sentences];
    paragraphStart = new int[paragraphs];
    paragraphEnd = new int[paragraphs];
    paragraphNumber = new int[paragraphs];
    sentenceParagraphNumber = new int[sentences];
    List<List<Token>> perSentence = new ArrayList<>(sentences);
    List<Integer> pOf = new ArrayList<>();
    List<Integer> sOf = new ArrayList<>();
    int s = 0;
    int p = 0;
    for (Paragraph paragraph : article.paragraphs()) {
      paragraphStart[p] = all.size();
      paragraphNumber[p] = paragraph.number();
      for (Sentence sentence : paragraph.sentences()) {
        sentenceStart[s] = all.size();
        sentenceParagraphNumber[s] = paragraph.number();
        perSentence.add(sentence.tokens());
        for (Token t : sentence.tokens()) {
          all.add(t);
          pOf.add(p);
          sOf.add(s);
        }
        sentenceEnd[s] = all.size();
        s++;
      }
      paragraphEnd[p] = all.size();
      p++;
    }
    tokens = List.copyOf(all);
    sentenceTokens = List.copyOf(perSentence);
    paragraphOf = pOf.stream().mapToInt(Integer::intValue).toArray();
    sentenceOf = sOf.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The article these tokens come from. */
  public Article article() {
    return article;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  /** Index (from 0) of the paragraph of token {@code i}. */
  public int paragraphOf(int i) {
    return paragraphOf[i];
  }

  /** Paragraph number (from 1) of token {@code i}, as printed. */
  public int paragraphNumberOf(int i) {
    return paragraphNumber[paragraphOf[i]];
  }

  public int sentenceOf(int i) {
    return sentenceOf[i];
  }

  public int sentenceStart(int sentence) {
    return sentenceStart[sentence];
  }

  public int sentenceEnd(int sentence) {
    return sentenceEnd[sentence];
  }

  /** The tokens of sentence {@code sentence} (from 0), as the sentence holds them. */
  public List<Token> sentenceTokens(int sentence) {
    return sentenceTokens.get(sentence);
  }

  /** Paragraph number (from 1) of sentence {@code sentence}, as printed. */
  public int paragraphNumberOfSentence(int sentence) {
    return sentenceParagraphNumber[sentence];
  }

  public int sentenceCount() {
    return sentenceStart.length;
  }

  public int paragraphCount() {
    return paragraphStart.length;
  }

  public int paragraphStart(int paragraph) {
    return paragraphStart[paragraph];
  }

  public int paragraphEnd(int paragraph) {
    return paragraphEnd[paragraph];
  }

  /** The index of the token that starts at {@code offset}, or -1 when none does. */
  public int tokenStartingAt(int offset) {
    int i = tokenAtOrAfter(offset);
    return i < tokens.size() && tokens.get(i).start() == offset ? i : -1;
  }

  /** The index of the first token starting at or after {@code offset}, or size(). */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
