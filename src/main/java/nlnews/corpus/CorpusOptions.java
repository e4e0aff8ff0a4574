package nlnews.corpus;

import java.util.EnumSet;
import java.util.Set;
import nlnews.model.EntityType;

/**
 * How the corpus tables are cut: the period of the timeline and the tone table, the most
 * entities, speakers and pairs to keep ({@code top}, 0 for all), the fewest articles an entity,
 * speaker or pair must occur in, and the entity types to keep.
 */
public record CorpusOptions(Period by, int top, int minArticles, Set<EntityType> types) {

  public CorpusOptions {
    if (top < 0 || minArticles < 0) {
      throw new IllegalArgumentException("top and minArticles are at least 0");
    }
    types = types.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(types);
  }
}
