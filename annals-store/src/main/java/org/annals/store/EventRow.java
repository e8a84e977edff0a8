package org.annals.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored event with the names of its actors and the document it came from. {@code sources}/{@code targets}
 * are actor names (the id when the actor has no name) in the order the coder gave them; {@code sourceIds}/
 * {@code targetIds} the matching actor ids. {@code date} is the ISO value the coder resolved (possibly partial such
 * as {@code 2025-09}, or empty); {@code published} the document's publication date or null; {@code mentions} the
 * further tellings of the event's happening in its article, in text order.
 */
public record EventRow(
        String eventId,
        String docId,
        String date,
        String granularity,
        String type,
        String mode,
        String modality,
        List<String> sources,
        List<String> targets,
        List<String> sourceIds,
        List<String> targetIds,
        String place,
        String evidence,
        String title,
        String url,
        LocalDate published,
        List<EventMention> mentions) {
    public EventRow {
        mentions = List.copyOf(mentions);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        sourceIds = List.copyOf(sourceIds);
        targetIds = List.copyOf(targetIds);
    }
}
