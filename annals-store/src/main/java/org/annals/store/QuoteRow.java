package org.annals.store;

import java.time.LocalDate;

/**
 * One stored quote. {@code speakerName} is the speaker actor's name, or its id when the actor has no name, or
 * empty when the speaker is unknown; {@code ord} is the quote's position among the document's quotes.
 */
public record QuoteRow(
        String docId,
        int ord,
        String text,
        String kind,
        String speakerId,
        String speakerName,
        String cue,
        String date,
        LocalDate published,
        String title,
        String url) {}
