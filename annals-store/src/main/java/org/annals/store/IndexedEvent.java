package org.annals.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored event as the event index holds it: the columns an event listing shows, the values its filters and
 * order read, and the document's title, URL and dates. {@code day}/{@code dayEnd} are the first and last covered
 * day, the publication date when the event has none (null when neither is known); {@code ingestedMicros} is when
 * the document was stored, in microseconds since the epoch; {@code mentions} the further tellings of its happening in
 * the article, in text order. Text columns are null where the database holds NULL.
 */
record IndexedEvent(
        String id,
        String docId,
        String date,
        String granularity,
        String type,
        String mode,
        String modality,
        String place,
        String evidence,
        int evidenceStart,
        String happeningId,
        Double intensity,
        LocalDate day,
        LocalDate dayEnd,
        long ingestedMicros,
        List<String> sourceIds,
        List<String> targetIds,
        String title,
        String url,
        LocalDate published,
        List<EventMention> mentions) {
    IndexedEvent {
        sourceIds = List.copyOf(sourceIds);
        targetIds = List.copyOf(targetIds);
        mentions = List.copyOf(mentions);
    }
}
