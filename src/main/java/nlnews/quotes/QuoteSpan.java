package nlnews.quotes;

import nlnews.model.QuoteKind;

/**
 * A paired quotation before attribution: the token indexes of its opening and closing marks in
 * the article's {@link nlnews.text.TokenIndex}, the {@code [start, end)} offsets of the text
 * between them, the paragraph number it starts in, and its kind. {@code splitFrom} is the index
 * of the quotation this one continues after a reporting clause ("…", zegt X, "…"), or -1. A
 * {@code dialogue} line ("— …") has its dash as opening token and its last token as closing
 * token, both part of the line. A {@code weak} scare quote is one only for being short with no
 * reporting verb around it; the speaker stage makes it partial when a person is the subject of
 * its sentence.
 */
public record QuoteSpan(
    int openToken, int closeToken, int start, int end, int paragraph, QuoteKind kind, int splitFrom, boolean dialogue,
    boolean weak) {}
