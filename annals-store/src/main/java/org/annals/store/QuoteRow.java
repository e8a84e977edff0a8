package org.annals.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored quote. {@code speakerName} is the speaker actor's name, or its id when the actor has no name, or
 * empty when the speaker is unknown; {@code ord} is the quote's position among the document's quotes;
 * {@code eventIds} and {@code eventTypes} are the events that rest on the quote, in text order (empty when none).
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
        String url,
        List<String> eventIds,
        List<String> eventTypes) {
    public QuoteRow {
        eventIds = List.copyOf(eventIds);
        eventTypes = List.copyOf(eventTypes);
    }
}
