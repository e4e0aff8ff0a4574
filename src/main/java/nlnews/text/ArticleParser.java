package nlnews.text;

import java.util.ArrayList;
import java.util.List;
import nlnews.model.Article;
import nlnews.model.Paragraph;
import nlnews.model.SourceText;
import nlnews.model.Token;

/** Turns a decoded article into paragraphs, sentences and stemmed tokens. Thread-safe. */
public final class ArticleParser {

  private final DutchTextAnalyzer analyzer;

  public ArticleParser(DutchTextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public Article parse(SourceText source) {
    String text = source.text();
    List<int[]> spans = ParagraphSplitter.split(text, source.bodyStart(), text.length());
    List<Paragraph> paragraphs = new ArrayList<>(spans.size());
    int number = 1;
    for (int[] span : spans) {
      List<Token> tokens = analyzer.tokens(text, span[0], span[1]);
      if (tokens.isEmpty()) {
        continue; // a block of symbols the tokenizer skips entirely, such as zero-width spaces
      }
      boolean heading = HeadingRule.isHeading(text, span[0], span[1], tokens);
      paragraphs.add(
          new Paragraph(number++, span[0], span[1], heading, analyzer.sentences(tokens)));
    }
    return new Article(source.id(), source.date(), source.source(), text, paragraphs);
  }
}
