package nlnews.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nlnews.model.Article;
import nlnews.model.SourceText;
import nlnews.quotes.QuoteFinder;
import nlnews.quotes.QuoteMarks;
import nlnews.quotes.QuoteNouns;
import nlnews.quotes.SpeechVerbs;
import nlnews.sentiment.HeadlineSplit;
import nlnews.sentiment.ToneLexicon;
import nlnews.sentiment.ToneScorer;
import nlnews.sentiment.ToneTrainer;
import nlnews.text.ArticleParser;
import nlnews.text.Language;
import nlnews.text.TokenIndex;

/**
 * Turns labelled texts into the examples the tone model is trained on, through the same
 * parsing, quotation marks and rules as the analysis, so training sees what scoring sees. Each
 * text is one paragraph. Thread-safe.
 */
public final class ToneExamples {

  private final ArticleParser parser;
  private final QuoteFinder quotes;
  private final ToneScorer rules;

  private ToneExamples(ArticleParser parser, QuoteFinder quotes, ToneScorer rules) {
    this.parser = parser;
    this.quotes = quotes;
    this.rules = rules;
  }

  public static ToneExamples load() {
    Language dutch = Language.dutch();
    return new ToneExamples(
        new ArticleParser(dutch.analyzer()),
        new QuoteFinder(SpeechVerbs.load(dutch), QuoteNouns.load(dutch)),
        new ToneScorer(ToneLexicon.load(dutch)));
  }

  /**
   * The examples of the paragraphs of one gold article: for each paragraph whose number is a key
   * of {@code gold}, its rule cues as the article's analysis finds them (names and quotations seen
   * in the whole article) with that label, all in {@code bucket}, each of weight {@code weight}.
   */
  public List<ToneTrainer.Example> paragraphs(SourceText source, Map<Integer, Integer> gold, int bucket, double weight) {
    Article article = parser.parse(source);
    TokenIndex index = new TokenIndex(article);
    QuoteMarks marks = quotes.find(index);
    List<List<ToneScorer.RuleCue>> cues = rules.ruleCues(index, marks);
    List<ToneTrainer.Example> examples = new ArrayList<>();
    for (int p = 0; p < cues.size(); p++) {
      Integer tone = gold.get(article.paragraphs().get(p).number());
      if (tone != null) {
        examples.add(new ToneTrainer.Example(cues.get(p), tone, bucket, weight, true));
      }
    }
    return examples;
  }

  /** The example for {@code text} (line breaks become spaces) with label {@code gold}. */
  public ToneTrainer.Example example(String text, int gold) {
    Article article = parser.parse(SourceText.of("example", text.replaceAll("\\s*\\R\\s*", " ")));
    TokenIndex index = new TokenIndex(article);
    QuoteMarks marks = quotes.find(index);
    List<List<ToneScorer.RuleCue>> paragraphs = rules.ruleCues(index, marks);
    return new ToneTrainer.Example(paragraphs.isEmpty() ? List.of() : paragraphs.get(0), gold, HeadlineSplit.bucket(text));
  }
}
