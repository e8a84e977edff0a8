package org.annals.ingest;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.annals.core.Metadata;

/**
 * A document read from a source. {@code format} is {@code "text"} or {@code "html"}; {@code metadataSources} says
 * where each metadata field came from (for example {@code date=cli,url=sidecar}); {@code contentHash} is the
 * SHA-256 of {@code content}, so equal content gets equal hashes wherever it was read from.
 *
 * <p>{@code fallback} holds metadata that only stands in when neither {@code metadata} nor the page itself gives the
 * field (a web archive's capture date, which is not the publication date); {@code fallbackSources} names its
 * origins the same way, for example {@code date=warc-date}. Apply it after extraction with {@link
 * Metadata#orElse(Metadata)} and {@link #fallbackSourcesUsed(Metadata)}.
 */
public record SourceRecord(
        String source,
        String format,
        String content,
        Metadata metadata,
        String metadataSources,
        String contentHash,
        Metadata fallback,
        String fallbackSources)
        implements SourceItem {
    public SourceRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        metadataSources = metadataSources == null ? "" : metadataSources;
        Objects.requireNonNull(contentHash, "contentHash");
        fallback = fallback == null ? Metadata.EMPTY : fallback;
        fallbackSources = fallbackSources == null ? "" : fallbackSources;
    }

    /** A record without fallback metadata. */
    public SourceRecord(
            String source,
            String format,
            String content,
            Metadata metadata,
            String metadataSources,
            String contentHash) {
        this(source, format, content, metadata, metadataSources, contentHash, Metadata.EMPTY, "");
    }

    /**
     * The entries of {@code fallbackSources} for the fields that {@code found} lacks, that is the fallback fields
     * {@code found.orElse(fallback())} actually takes; empty when none.
     */
    public String fallbackSourcesUsed(Metadata found) {
        Metadata merged = found.orElse(fallback);
        return Arrays.stream(fallbackSources.split(","))
                .filter(entry -> !entry.isEmpty() && takenFromFallback(entry, found, merged))
                .collect(Collectors.joining(","));
    }

    private boolean takenFromFallback(String entry, Metadata found, Metadata merged) {
        String field = entry.substring(0, Math.max(entry.indexOf('='), 0));
        return switch (field) {
            case "url" -> found.url().isEmpty() && !merged.url().isEmpty();
            case "publisher" ->
                found.publisher().isEmpty() && !merged.publisher().isEmpty();
            case "title" -> found.title().isEmpty() && !merged.title().isEmpty();
            case "date" -> found.published() == null && merged.published() != null;
            case "language" -> found.language().isEmpty() && !merged.language().isEmpty();
            default -> false;
        };
    }
}
