package org.annals.store;

import java.time.LocalDate;

/** What the full-text index knows of a document; built from a Document when stored, or from DuckDB rows. */
record IndexedDocument(String id, String title, String publisher, LocalDate published, String articleText) {
    IndexedDocument {
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        articleText = articleText == null ? "" : articleText;
    }
}
