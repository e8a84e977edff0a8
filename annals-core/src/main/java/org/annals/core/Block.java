package org.annals.core;

import java.util.Objects;

/**
 * A paragraph-like region of the document text with its class. {@code reason} says which features decided the
 * class, so a user can see why a block was set aside.
 */
public record Block(Span span, BlockKind kind, String reason) {
    public Block {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
    }
}
