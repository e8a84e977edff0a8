package org.annals.store;

/**
 * One page of a {@link DocumentSearch}: {@code total} matching documents, the page's rows (id, title, publisher,
 * published, url, story_id, events) and facets over all matches: {@code byPublisher} and {@code byMonth}
 * (value, count), {@code byActor} (id, name, count; the 20 most frequent), {@code byEventType} (value, count).
 */
public record DocumentPage(
        long total,
        TableResult documents,
        TableResult byPublisher,
        TableResult byMonth,
        TableResult byActor,
        TableResult byEventType) {}
