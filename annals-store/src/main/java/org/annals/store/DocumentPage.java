package org.annals.store;

import java.util.Map;

/**
 * One page of a {@link DocumentSearch}: {@code total} matching documents, the page's rows (id, title, publisher,
 * published, url, story_id, events) and facets over all matches: {@code byPublisher} and {@code byMonth}
 * (value, count), {@code byActor} (id, name, count; the 20 most frequent), {@code byEventType} (value, count).
 * {@code snippets} has, for a search with a query, a passage around the first matching word of each document of
 * the page, by id.
 */
public record DocumentPage(
        long total,
        TableResult documents,
        TableResult byPublisher,
        TableResult byMonth,
        TableResult byActor,
        TableResult byEventType,
        Map<String, String> snippets) {
    public DocumentPage {
        snippets = Map.copyOf(snippets);
    }

    DocumentPage(
            long total,
            TableResult documents,
            TableResult byPublisher,
            TableResult byMonth,
            TableResult byActor,
            TableResult byEventType) {
        this(total, documents, byPublisher, byMonth, byActor, byEventType, Map.of());
    }

    DocumentPage withSnippets(Map<String, String> byId) {
        return new DocumentPage(total, documents, byPublisher, byMonth, byActor, byEventType, byId);
    }
}
