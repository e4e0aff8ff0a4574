package nlnews.model;

import java.util.Objects;

/**
 * A quotation: its text between the marks with {@code [start, end)} offsets, the paragraph it
 * starts in, its kind, and the attribution with its evidence. {@code speaker} is the resolved
 * name (empty when unknown), {@code speakerMention} the words that named the speaker in the
 * text ("de president", "hij", "Peskov"), {@code cue} the reporting verb or construction
 * ("zei", "aldus", "colon").
 */
public record Quote(
    int paragraph,
    QuoteKind kind,
    String text,
    int start,
    int end,
    String speaker,
    String speakerMention,
    String cue) {

  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(cue, "cue");
  }
}
