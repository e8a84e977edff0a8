package org.annals.core;

import java.util.Objects;

/**
 * A number with its unit ("%", "USD", "people", ...), whether the text marks it as approximate ("about 15%"), and
 * what it measures when the sentence says so (empty otherwise).
 */
public record Quantity(Span span, String text, double value, String unit, boolean approximate, String measure) {
    public Quantity {
        Objects.requireNonNull(span, "span");
        text = text == null ? "" : text;
        unit = unit == null ? "" : unit;
        measure = measure == null ? "" : measure;
    }
}
