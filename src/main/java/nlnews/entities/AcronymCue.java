package nlnews.entities;

import nlnews.model.EntityType;

/**
 * An acronym in brackets right after the name it abbreviates is the same thing, of the same type:
 * "de Militaire Inlichtingendienst (MID)", "de Nederlandse Vereniging van Makelaars (NVM)"; the
 * name's type carries over to the acronym wherever the article uses it. Thread-safe.
 */
final class AcronymCue {

  static final String LABEL = "acronym";

  /** The fewest capitals of an acronym: "VS", "NVM", "PvdA". */
  private static final int FEWEST_CAPITALS = 2;

  /**
   * The type of {@code before} (the name right before the brackets, with {@code beforeType} as read
   * so far, or null) when the one-word name {@code t} in brackets abbreviates it, else null.
   */
  TypeCue cue(SpanTokens t, NameSpan before, EntityType beforeType) {
    if (before == null || t.size() != 1 || beforeType == EntityType.PER || beforeType == EntityType.MISC
        || VariantMerger.capitals(t.first().text()) < FEWEST_CAPITALS) {
      return null;
    }
    if (!SpanTokens.is(t.before(1), "(") || !SpanTokens.is(t.after(1), ")") || t.before(2) == null || t.before(2).end() != before.end()) {
      return null;
    }
    String name = EntityResolver.normaliseSpace(t.article().slice(before.start(), before.end()));
    return VariantMerger.abbreviates(t.first().text(), name) ? TypeCue.of(beforeType, LABEL) : null;
  }
}
