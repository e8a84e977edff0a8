package org.annals.core;

import java.util.Objects;

/**
 * Where a document came from: {@code source} is the file path or URI it was read from, {@code format} the input
 * format (text, html, jsonl, ...), {@code contentHash} the SHA-256 of the raw bytes; {@code metadataSources} says
 * where each metadata field came from (for example {@code date=cli}).
 */
public record Provenance(String source, String format, String contentHash, String metadataSources) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        format = format == null ? "" : format;
        contentHash = contentHash == null ? "" : contentHash;
        metadataSources = metadataSources == null ? "" : metadataSources;
    }
}
