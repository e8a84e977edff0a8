package org.annals.ingest;

/** One thing read from the input: a document to analyse or an error to report. */
public sealed interface SourceItem permits SourceRecord, SourceError {
    /** The file path, or {@code path#id} for one record of a JSON Lines file. */
    String source();
}
