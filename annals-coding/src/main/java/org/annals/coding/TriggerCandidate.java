package org.annals.coding;

import org.annals.core.Span;

/**
 * A word of the lexicons read in one sentence and what became of it: {@code reason} is {@link #CODED} when it
 * triggered an event ({@code detail} then describes the event), else why it coded none ({@code detail} the word
 * the reason is about, or empty).
 */
public record TriggerCandidate(int sentence, Span trigger, String word, String reason, String detail) {
    public static final String CODED = "coded";

    public boolean coded() {
        return reason.equals(CODED);
    }
}
