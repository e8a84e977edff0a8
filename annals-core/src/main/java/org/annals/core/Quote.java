package org.annals.core;

import java.util.Objects;

/**
 * A quotation: {@code span} covers the quoted words (without the marks; a quote split by its attribution spans both
 * parts and the attribution between them), {@code speakerId} the actor who says it
 * (empty when unknown or for scare quotes), {@code speakerSpan} the mention that names the speaker, for a group the
 * whole description the article gives it ("researchers from the institute"; null when none), {@code cue} the speech verb's lemma, {@code date} the ISO date of the utterance when known.
 */
public record Quote(
        Span span, String text, QuoteKind kind, String speakerId, Span speakerSpan, String cue, String date) {
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        speakerId = speakerId == null ? "" : speakerId;
        cue = cue == null ? "" : cue;
        date = date == null ? "" : date;
    }

    /** This quote credited to another speaker, named by the mention at {@code speakerSpan} (null when none). */
    public Quote withSpeaker(String speakerId, Span speakerSpan) {
        return new Quote(span, text, kind, speakerId, speakerSpan, cue, date);
    }
}
