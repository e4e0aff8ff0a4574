package nlnews.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nlnews.model.EntityType;
import nlnews.model.Mention;

/**
 * An entity being assembled from the mentions of one article: its type, the place an adjective
 * links to, its mentions and the forms they are written in, and for a person the words of the
 * fullest name. Mutable while {@link EntityResolver} builds it; never shared.
 */
final class NameGroup {
  final EntityType type;
  final String linkedTo;
  final List<Mention> mentions = new ArrayList<>();
  final Set<String> variants = new LinkedHashSet<>();
  String[] nameTokens;

  NameGroup(EntityType type, String linkedTo) {
    this.type = type;
    this.linkedTo = linkedTo;
  }

  void add(Mention m) {
    mentions.add(m);
    variants.add(m.text());
  }

  /** Takes over the mentions of {@code other}, which is then empty. */
  void absorb(NameGroup other) {
    for (Mention m : other.mentions) {
      add(m);
    }
    other.mentions.clear();
    other.variants.clear();
  }

  /** The first variant written, as the group's text for the rules that merge groups. */
  String firstVariant() {
    return variants.isEmpty() ? "" : variants.iterator().next();
  }
}
