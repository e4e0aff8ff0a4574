package nlnews.model;

/** A diagnostic about an article that did not stop its analysis, such as an unpaired quote mark. */
public record Note(int offset, String message) {}
