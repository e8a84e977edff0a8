package org.annals.core;

import java.util.Objects;

/**
 * A time expression resolved to an ISO 8601 value ({@code 2025-09-02}, {@code 2025-09}, {@code 2022},
 * {@code 2025-W36}, or a duration such as {@code P80Y}) with its granularity and its relation to publication.
 * {@code value} is empty when it could not be resolved.
 */
public record TimeMention(Span span, String text, String value, Granularity granularity, TimeRelation relation) {
    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(relation, "relation");
        text = text == null ? "" : text;
        value = value == null ? "" : value;
    }

    public boolean isResolved() {
        return !value.isEmpty() && granularity != Granularity.UNRESOLVED;
    }
}
