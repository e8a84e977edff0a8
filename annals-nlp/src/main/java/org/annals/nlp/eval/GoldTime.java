package org.annals.nlp.eval;

import java.util.Objects;
import org.annals.core.Span;

/** A gold TIMEX3: its extent, covered text, TIMEX3 type (DATE, TIME, DURATION, SET) and value. */
public record GoldTime(Span span, String text, String type, String value) {
    public GoldTime {
        Objects.requireNonNull(span, "span");
        text = text == null ? "" : text;
        type = type == null ? "" : type;
        value = value == null ? "" : value;
    }
}
