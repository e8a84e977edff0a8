package org.annals.nlp.eval;

import java.util.Objects;
import org.annals.core.Span;

/** A named-entity mention on either side of the entity evaluation; {@code type} is PERSON, ORGANISATION or LOCATION. */
public record EntitySpan(String documentId, Span span, String type) {
    public EntitySpan {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
