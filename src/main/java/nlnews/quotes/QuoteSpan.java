package nlnews.quotes;

import nlnews.model.QuoteKind;

/**
 * A paired quotation before attribution: the token indexes of its opening and closing marks in
 * the article's {@link nlnews.text.TokenIndex}, the {@code [start, end)} offsets of the text
 * between them, the paragraph number it starts in, and its kind. {@code splitFrom} is the index
 * of the quotation this one continues after a reporting clause ("…", zegt X, "…"), or -1.
 */
public record QuoteSpan(
    int openToken, int closeToken, int start, int end, int paragraph, QuoteKind kind, int splitFrom) {}
