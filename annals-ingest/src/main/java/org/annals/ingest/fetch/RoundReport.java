package org.annals.ingest.fetch;

import java.util.List;

/**
 * One polling round: the records to store (feed entries with their full content, fetched pages), how many lists
 * (feeds, sitemaps) were polled and how many of them were unchanged (304), how many pages were fetched, and the
 * errors, each naming the URL and the reason.
 */
public record RoundReport(
        List<org.annals.ingest.SourceRecord> records,
        int polled,
        int notModified,
        int pagesFetched,
        List<String> errors) {
    public RoundReport {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
    }
}
