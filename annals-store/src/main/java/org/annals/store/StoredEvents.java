package org.annals.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads every stored event as the event index holds it, a slice of the events table at a time, so that a rebuild
 * never holds the whole table in memory (a writable store's reads are not streamed by the driver).
 */
final class StoredEvents {
    static final int SLICE = 100_000;

    private static final String SLICE_SQL = "WITH slice AS (SELECT * FROM events WHERE rowid >= ? AND rowid < ?),"
            + " roles AS (SELECT event_id,"
            + " list(actor_id ORDER BY ord) FILTER (role = 'source') AS source_ids,"
            + " list(actor_id ORDER BY ord) FILTER (role = 'target') AS target_ids"
            + " FROM event_actors WHERE event_id IN (SELECT id FROM slice) GROUP BY event_id)"
            + " SELECT e.id, e.doc_id, e.date, e.granularity, e.type, e.mode, e.modality, e.place, e.evidence,"
            + " e.evidence_start, e.happening_id, e.intensity, coalesce(e.date_start, d.published),"
            + " coalesce(e.date_end, d.published), epoch_us(d.ingested_at), r.source_ids, r.target_ids,"
            + " d.title, d.url, d.published, e.mentions, e.mention_starts, e.mention_ends"
            + " FROM slice e JOIN documents d ON d.id = e.doc_id LEFT JOIN roles r ON r.event_id = e.id";

    /** Receives each event. */
    interface Sink {
        void accept(IndexedEvent event) throws IOException;
    }

    private StoredEvents() {}

    /** Sends every stored event to {@code sink}, in no particular order; returns how many there were. */
    static long each(Connection connection, Sink sink) throws SQLException, IOException {
        long last = maxRowId(connection);
        long sent = 0;
        try (PreparedStatement statement = connection.prepareStatement(SLICE_SQL)) {
            for (long from = 0; from <= last; from += SLICE) {
                statement.setLong(1, from);
                statement.setLong(2, from + SLICE);
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        sink.accept(event(r));
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private static long maxRowId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(max(rowid), -1) FROM events");
                ResultSet r = statement.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static IndexedEvent event(ResultSet r) throws SQLException {
        double intensity = r.getDouble(12);
        Double knownIntensity = r.wasNull() ? null : intensity;
        return new IndexedEvent(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getInt(10),
                r.getString(11),
                knownIntensity,
                r.getObject(13, LocalDate.class),
                r.getObject(14, LocalDate.class),
                r.getLong(15),
                SqlArrays.strings(r.getArray(16)),
                SqlArrays.strings(r.getArray(17)),
                r.getString(18),
                r.getString(19),
                r.getObject(20, LocalDate.class),
                StoredMentions.read(r.getArray(21), r.getArray(22), r.getArray(23)));
    }
}
