package org.annals.nlp.eval;

import java.util.Objects;
import org.annals.core.Span;

/** One time expression a resolver found: its extent in the document text and its TIMEX3-style value. */
public record PredictedTime(Span span, String value) {
    public PredictedTime {
        Objects.requireNonNull(span, "span");
        value = value == null ? "" : value;
    }
}
