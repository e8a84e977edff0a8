package org.annals.store;

/** A full-text search result: the document, its relevance score and a passage around the first matching word. */
public record SearchHit(String docId, String title, float score, String snippet) {
    public SearchHit {
        title = title == null ? "" : title;
        snippet = snippet == null ? "" : snippet;
    }
}
