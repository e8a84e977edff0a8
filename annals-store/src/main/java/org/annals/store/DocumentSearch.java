package org.annals.store;

import java.time.LocalDate;

/**
 * Which documents to list: {@code query} in Lucene syntax over title and article text (empty: every document),
 * {@code from}/{@code to} bound the publication date (inclusive), {@code publisher} matches exactly (ignoring case),
 * {@code actor} as in {@link EventQuery} among the actors a document mentions, {@code eventType} keeps documents
 * with at least one event of that type (empty: any). Rows are ordered by relevance when
 * there is a query, else newest first.
 */
public record DocumentSearch(
        String query,
        LocalDate from,
        LocalDate to,
        String publisher,
        String actor,
        int limit,
        int offset,
        String eventType) {
    /** At most this many full-text matches are considered; more is beyond what anyone pages through. */
    public static final int MAX_MATCHES = 10_000;

    /**
     * Facets of a full-text search count the best this many matches: facets over all 10,000 would cost a pass over
     * the events per search, and the best matches are what a reader narrows down from.
     */
    public static final int FACET_HITS = 1_000;

    public DocumentSearch {
        query = Limits.trimmed(query);
        publisher = Limits.trimmed(publisher);
        actor = Limits.trimmed(actor);
        eventType = Limits.trimmed(eventType);
        Limits.checkRange(from, to);
        Limits.checkLimit(limit);
        Limits.checkOffset(offset);
    }

    public DocumentSearch(
            String query, LocalDate from, LocalDate to, String publisher, String actor, int limit, int offset) {
        this(query, from, to, publisher, actor, limit, offset, "");
    }
}
