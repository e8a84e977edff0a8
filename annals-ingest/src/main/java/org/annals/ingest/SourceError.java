package org.annals.ingest;

import java.util.Objects;

/** Input that could not be read; {@code message} names the source, the problem and what to do. */
public record SourceError(String source, String message) implements SourceItem {
    public SourceError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }
}
