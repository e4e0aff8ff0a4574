package nlnews.model;

/** One occurrence of a name in the text: the words as written and their offsets. */
public record Mention(String text, int start, int end, int paragraph) {}
