package nlnews.eval;

import java.util.Objects;
import nlnews.model.ArticleAnalysis;

/** One article's gold annotation beside what the tool made of the same article. */
public record Scored(GoldArticle gold, ArticleAnalysis analysis) {

  public Scored {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(analysis, "analysis");
  }
}
