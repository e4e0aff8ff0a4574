package nlnews.entities;

import java.util.List;
import nlnews.model.Article;

/** Tags the names of one article at a time; one per thread. */
public interface NameTagger {

  /** The names of {@code article} in text order, without overlaps. */
  List<NameSpan> tag(Article article);
}
