package org.annals.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.core.Granularity;
import org.annals.core.TimeRelation;

/** One kind of time expression that knows how to resolve itself against a publication date. */
interface TimeExpression {
    /** The resolved value, or empty when it needs an anchor and none is known. */
    Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense);

    /**
     * As {@link #resolve(Optional, Tense)}, also given the values resolved before it in the same paragraph (oldest
     * first), which anaphoric expressions ("that day", "the following week") refer back to.
     */
    default Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense, List<Resolved> earlier) {
        return resolve(anchor, tense);
    }

    record Resolved(String value, Granularity granularity, TimeRelation relation) {}
}
