package nlnews.sentiment;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.SourceText;
import nlnews.model.Token;
import nlnews.quotes.QuoteFinder;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeechVerbs;
import nlnews.text.ArticleParser;
import nlnews.text.Language;
import nlnews.text.TokenIndex;

/**
 * A hand-marked Dutch sentence for the shaping rules' tests, with the cue written into the text:
 * {@code [word]} or {@code [two words]} is a cue of consecutive words; several {@code [...]} make
 * one composition of those words, {@code {word}} marking its one-word change verb after its target
 * ("De [economie] {groeit} nauwelijks"); {@code <words>} is another expression of the sentence,
 * which the rules see beside the cue. The cue's value is {@value #VALUE} and its group "test".
 */
record ShapingFixture(ToneSentence sentence, Cue cue, List<Cue> cues) {

  static final double VALUE = -0.6;

  private static final Language DUTCH = Language.dutch();
  static final ToneLexicon LEXICON = ToneLexicon.load(DUTCH);
  private static final ArticleParser PARSER = new ArticleParser(DUTCH.analyzer());
  private static final QuoteFinder QUOTES = new QuoteFinder(SpeechVerbs.load(DUTCH), QuoteNouns.load(DUTCH));

  /** A span of the plain text, what marked it ('[', '{' or '<'), and its tokens once parsed. */
  private record Mark(char kind, int start, int end) {}

  static ShapingFixture of(String marked) {
    StringBuilder plain = new StringBuilder();
    List<Mark> marks = new ArrayList<>();
    int open = -1;
    char kind = 0;
    for (char c : marked.toCharArray()) {
      if (c == '[' || c == '{' || c == '<') {
        open = plain.length();
        kind = c;
      } else if (c == ']' || c == '}' || c == '>') {
        marks.add(new Mark(kind, open, plain.length()));
      } else {
        plain.append(c);
      }
    }
    TokenIndex index = new TokenIndex(PARSER.parse(SourceText.of("fixture", plain.toString())));
    ToneTokens tokens = new ToneTokens(index, QUOTES.find(index));
    List<int[]> parts = new ArrayList<>();
    List<Cue> others = new ArrayList<>();
    int finite = -1;
    StringBuilder text = new StringBuilder();
    for (Mark m : marks) {
      int[] span = tokens(index, m);
      String words = plain.substring(m.start(), m.end());
      if (m.kind() == '<') {
        others.add(Cue.span(span[0], span[1], words, "test", VALUE, List.of()));
        continue;
      }
      if (m.kind() == '{') {
        finite = span[0];
      }
      parts.add(span);
      text.append(text.length() == 0 ? "" : " ").append(words);
    }
    Cue cue;
    if (parts.size() == 1 && finite < 0) {
      cue = Cue.span(parts.get(0)[0], parts.get(0)[1], text.toString(), "test", VALUE, List.of());
    } else {
      cue = Cue.composition(parts.stream().mapToInt(p -> p[0]).sorted().toArray(), text.toString(), VALUE, finite);
    }
    int s = index.sentenceOf(cue.from());
    ToneSentence sentence = new ToneSentence(LEXICON, LEXICON.words(), tokens, index.sentenceStart(s), index.sentenceEnd(s));
    List<Cue> cues = new ArrayList<>(others);
    cues.add(cue);
    cues.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return new ShapingFixture(sentence, cue, List.copyOf(cues));
  }

  /** The tokens {@code [from, to)} that lie inside a mark. */
  private static int[] tokens(TokenIndex index, Mark m) {
    int from = -1;
    int to = -1;
    for (int k = 0; k < index.size(); k++) {
      Token t = index.get(k);
      if (t.start() >= m.start() && t.end() <= m.end()) {
        from = from < 0 ? k : from;
        to = k + 1;
      }
    }
    if (from < 0) {
      throw new IllegalArgumentException("no token inside the mark at " + m.start());
    }
    return new int[] {from, to};
  }

  /** A factor as the tests write it: "negated x-0.8", "before-contrast /1.5"; "" for none. */
  static String describe(Factor f) {
    return f == null ? "" : f.flag() + (f.divides() ? " /" : " x") + f.value();
  }

  static String describe(List<Factor> factors) {
    List<String> all = new ArrayList<>();
    for (Factor f : factors) {
      all.add(describe(f));
    }
    return String.join(" ", all);
  }
}
