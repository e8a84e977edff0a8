package org.annals.ingest;

import java.util.Objects;
import org.annals.core.Metadata;

/**
 * A document read from a source. {@code format} is {@code "text"} or {@code "html"}; {@code metadataSources} says
 * where each metadata field came from (for example {@code date=cli,url=sidecar}); {@code contentHash} is the
 * SHA-256 of {@code content}, so equal content gets equal hashes wherever it was read from.
 */
public record SourceRecord(
        String source, String format, String content, Metadata metadata, String metadataSources, String contentHash)
        implements SourceItem {
    public SourceRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        metadataSources = metadataSources == null ? "" : metadataSources;
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
