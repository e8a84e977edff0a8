package org.annals.store;

import java.time.LocalDate;

/**
 * Which quotes to list. {@code speaker} matches the speaker's actor id exactly (ignoring case) or a substring of
 * the speaker's name or aliases; {@code text} is a substring of the quoted words (ignoring case); {@code from}/
 * {@code to} bound the date of the utterance (the publication date when it has none), inclusive. Empty strings and
 * nulls mean "no filter"; {@code offset} skips that many rows of the ordered list (for paging).
 */
public record QuoteQuery(String speaker, String text, LocalDate from, LocalDate to, int limit, int offset) {
    public QuoteQuery {
        speaker = Limits.trimmed(speaker);
        text = Limits.trimmed(text);
        Limits.checkRange(from, to);
        Limits.checkLimit(limit);
        Limits.checkOffset(offset);
    }

    public QuoteQuery(String speaker, String text, LocalDate from, LocalDate to, int limit) {
        this(speaker, text, from, to, limit, 0);
    }

    /** Every quote, newest first, up to the default limit of 100. */
    public static QuoteQuery all() {
        return new QuoteQuery("", "", null, null, Limits.DEFAULT_LIMIT);
    }

    public QuoteQuery withSpeaker(String value) {
        return new QuoteQuery(value, text, from, to, limit, offset);
    }

    public QuoteQuery withText(String value) {
        return new QuoteQuery(speaker, value, from, to, limit, offset);
    }

    public QuoteQuery withFrom(LocalDate value) {
        return new QuoteQuery(speaker, text, value, to, limit, offset);
    }

    public QuoteQuery withTo(LocalDate value) {
        return new QuoteQuery(speaker, text, from, value, limit, offset);
    }

    public QuoteQuery withOffset(int value) {
        return new QuoteQuery(speaker, text, from, to, limit, value);
    }

    public QuoteQuery withLimit(int value) {
        return new QuoteQuery(speaker, text, from, to, value, offset);
    }
}
