package org.annals.store;

/**
 * One layer of a stored document, as read by {@link AnnalsStore#documentPart}. Offsets ({@code start_offset},
 * {@code end_offset}) are UTF-16 indexes into the document's {@code text}; columns are those of docs/store.md.
 */
public enum DocumentPart {
    DOCUMENT("SELECT id, source, url, publisher, title, published, language, text, format, ingested_at, problems,"
            + " story_id FROM documents WHERE id = ?"),
    BLOCKS("SELECT ord, kind, start_offset, end_offset, reason FROM blocks WHERE doc_id = ? ORDER BY ord"),
    ACTORS("SELECT a.id, coalesce(nullif(a.name, ''), a.id) AS name, a.kind, a.country, a.role, a.sector, a.aliases,"
            + " da.mentions FROM document_actors da JOIN actors a ON a.id = da.actor_id WHERE da.doc_id = ?"
            + " ORDER BY da.mentions DESC, a.id"),
    MENTIONS("SELECT start_offset, end_offset, text, type, actor_id, role FROM mentions WHERE doc_id = ?"
            + " ORDER BY start_offset, end_offset"),
    TIMES("SELECT start_offset, end_offset, text, value, granularity, relation FROM times WHERE doc_id = ?"
            + " ORDER BY start_offset"),
    QUANTITIES("SELECT start_offset, end_offset, text, value, unit, approximate, measure FROM quantities"
            + " WHERE doc_id = ? ORDER BY start_offset"),
    QUOTES("SELECT q.ord, q.start_offset, q.end_offset, q.text, q.kind, q.speaker_id,"
            + " coalesce(nullif(a.name, ''), q.speaker_id) AS speaker_name, q.speaker_start, q.speaker_end, q.cue,"
            + " q.date, " + QuoteEvents.ids("q") + ", " + QuoteEvents.types("q")
            + " FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_id WHERE q.doc_id = ? ORDER BY q.ord"),
    EVENTS("SELECT id, local_id, type, mode, modality, date, granularity, date_start, date_end, place, place_id,"
            + " intensity, confidence, evidence_start, evidence_end, evidence, trigger, trigger_start, trigger_end,"
            + " rule, quantities, contexts, place_name, place_country, place_lat, place_lon, place_kind, quote_ord,"
            + StoredMentions.records("") + " AS mentions FROM events WHERE doc_id = ? ORDER BY evidence_start, id"),
    EVENT_ACTORS("SELECT ea.event_id, ea.actor_id, coalesce(nullif(a.name, ''), ea.actor_id) AS name, ea.role, ea.ord"
            + " FROM event_actors ea JOIN events e ON e.id = ea.event_id LEFT JOIN actors a ON a.id = ea.actor_id"
            + " WHERE e.doc_id = ? ORDER BY ea.event_id, ea.role, ea.ord");

    final String sql;

    DocumentPart(String sql) {
        this.sql = sql;
    }
}
