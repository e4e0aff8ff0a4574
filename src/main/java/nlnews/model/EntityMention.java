package nlnews.model;

import java.util.Objects;

/**
 * One place where the text refers to one of its entities: by name or by a pronoun or role noun
 * resolved to it. {@code entity} and {@code type} are the entity's as the entities table gives
 * them (an adjective's is the place it derives from); {@code text} is the words as written at
 * {@code [start, end)}, in paragraph {@code paragraph}.
 */
public record EntityMention(
    String entity, EntityType type, int paragraph, MentionForm form, String text, int start, int end) {

  public EntityMention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(text, "text");
    if (start > end) {
      throw new IllegalArgumentException("mention ends before it starts: " + start + ", " + end);
    }
  }
}
