package nlnews.pipeline;

/** The optional stages of an analysis; tokenising and stemming always run. */
public enum Stage {
  /** Names of people, places, organisations and other things, counted per article. */
  ENTITIES,
  /** Quotations with their kinds and speakers (needs entities to resolve speakers). */
  QUOTES,
  /** Tone per paragraph (needs the quote marks to leave scare quotes out). */
  TONE
}
