package nlnews.entities;

import java.util.List;
import nlnews.text.TokenIndex;

/** Tags the names of one article at a time; one per thread. */
public interface NameTagger {

  /** The names of the article {@code index} was built from, in text order, without overlaps. */
  List<NameSpan> tag(TokenIndex index);
}
