package nlnews.entities;

import nlnews.model.EntityType;

/**
 * A name found by a tagger: its {@code [start, end)} offsets, type, paragraph number, and the
 * evidence for the type (gazetteer, title, first-name, context, model ...), kept for analysts.
 */
public record NameSpan(int start, int end, EntityType type, int paragraph, String evidence) {}
