package org.annals.nlp;

import java.time.LocalDate;
import java.util.Optional;
import org.annals.core.Granularity;
import org.annals.core.TimeRelation;

/** One kind of time expression that knows how to resolve itself against a publication date. */
interface TimeExpression {
    /** The resolved value, or empty when it needs an anchor and none is known. */
    Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense);

    record Resolved(String value, Granularity granularity, TimeRelation relation) {}
}
