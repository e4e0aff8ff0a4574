package nlnews.pipeline;

import java.util.List;
import nlnews.input.MetadataHeader;
import nlnews.model.Article;
import nlnews.model.ArticleAnalysis;
import nlnews.model.SourceText;
import nlnews.text.ArticleParser;
import nlnews.text.DutchTextAnalyzer;
import nlnews.text.Language;

/** Small helpers that turn literal text into analysed articles for the stage tests. */
public final class Fixtures {

  private static final ArticleParser PARSER = new ArticleParser(Language.dutch().analyzer());

  private Fixtures() {}

  public static Article article(String text) {
    return PARSER.parse(SourceText.of("fixture", text));
  }

  public static ArticleAnalysis analyse(String text) {
    return Pipelines.all().newWorker().analyze(MetadataHeader.read("fixture", text));
  }

  /** Entities as "name/TYPE/count", in output order. */
  public static List<String> entities(String text) {
    return analyse(text).entities().stream().map(e -> e.name() + "/" + e.type() + "/" + e.count()).toList();
  }
}
