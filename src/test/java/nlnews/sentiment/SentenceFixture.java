package nlnews.sentiment;

import java.util.List;
import java.util.stream.Collectors;
import nlnews.model.SourceText;
import nlnews.quotes.QuoteFinder;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeechVerbs;
import nlnews.text.ArticleParser;
import nlnews.text.Language;
import nlnews.text.TokenIndex;

/** The first sentence of a hand-built text as the cue rules read it, with the shipped lexicon; no model. */
final class SentenceFixture {

  private static final Language DUTCH = Language.dutch();
  static final ToneLexicon LEXICON = ToneLexicon.load(DUTCH);
  private static final ArticleParser PARSER = new ArticleParser(DUTCH.analyzer());
  private static final QuoteFinder QUOTES = new QuoteFinder(SpeechVerbs.load(DUTCH), QuoteNouns.load(DUTCH));

  private SentenceFixture() {}

  static ToneSentence of(String text) {
    TokenIndex index = new TokenIndex(PARSER.parse(SourceText.of("fixture", text)));
    ToneTokens tokens = new ToneTokens(index, QUOTES.find(index));
    return new ToneSentence(LEXICON, LEXICON.words(), tokens, index.sentenceStart(0), index.sentenceEnd(0));
  }

  /** The stem the analyzer makes of the lower-case word {@code lower}. */
  static String stem(String lower) {
    return DUTCH.stem(lower);
  }

  /** The index of the first token of {@code s} written {@code word}. */
  static int token(ToneSentence s, String word) {
    for (int k = s.from; k < s.to; k++) {
      if (s.get(k).text().equals(word)) {
        return k;
      }
    }
    throw new IllegalArgumentException(word + " is no token of the sentence");
  }

  /** Cues as "text+" or "text-" by the sign of their value, joined by ";" ("" for none). */
  static String show(List<Cue> cues) {
    return cues.stream().map(SentenceFixture::show).collect(Collectors.joining(";"));
  }

  static String show(Cue c) {
    return c.text() + (c.value() > 0 ? "+" : c.value() < 0 ? "-" : "0");
  }
}
