package org.annals.nlp.eval;

import java.util.Objects;
import org.annals.core.Span;

/**
 * A system mention: its span, the actor id the system gave it (empty when none) and its type ({@code PERSON},
 * {@code ORGANISATION}, {@code LOCATION}; empty when the evaluation does not use types).
 */
public record SystemMention(Span span, String actorId, String type) {
    public SystemMention {
        Objects.requireNonNull(span, "span");
        actorId = actorId == null ? "" : actorId;
        type = type == null ? "" : type;
    }
}
