package nlnews.model;

import java.util.List;
import java.util.Objects;

/**
 * A name found in an article with all its mentions. {@code name} is the fullest form used;
 * {@code variants} are the distinct surface forms in order of first use; {@code linkedTo} names
 * the entity a derived form belongs to ("Oekraïense" is linked to "Oekraïne"), or is empty.
 */
public record Entity(
    String name, EntityType type, List<Mention> mentions, List<String> variants, String linkedTo) {

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(linkedTo, "linkedTo");
    mentions = List.copyOf(mentions);
    variants = List.copyOf(variants);
  }

  public int count() {
    return mentions.size();
  }
}
