package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads linked events with their actors from {@code events} and {@code event_actors}. */
final class StoredHappenings implements AutoCloseable {
    private static final String SELECT = "SELECT e.id, e.type, e.date_start, e.date_end, e.place, e.place_id,"
            + " e.happening_id, coalesce(list(ea.actor_id) FILTER (WHERE ea.role = 'source'), []),"
            + " coalesce(list(ea.actor_id) FILTER (WHERE ea.role = 'target'), []), e.modality"
            + " FROM events e LEFT JOIN event_actors ea ON ea.event_id = e.id";

    /** Every event in the order its documents were stored, for {@link HappeningBackfill}. */
    static final String ALL_IN_STORED_ORDER = SELECT + " JOIN documents d ON d.id = e.doc_id"
            + " GROUP BY e.id, e.type, e.date_start, e.date_end, e.place, e.place_id, e.happening_id, e.modality,"
            + " d.ingested_at, d.id, e.rowid ORDER BY d.ingested_at, d.id, e.rowid";

    private final PreparedStatement month;

    StoredHappenings(Connection connection) throws SQLException {
        this.month = connection.prepareStatement(SELECT + " WHERE e.type = ? AND e.date_start BETWEEN ? AND ?"
                + " AND e.happening_id IS NOT NULL GROUP BY ALL");
    }

    /** The linked events of one type whose first day lies in the month. */
    List<LinkableEvent> month(String type, YearMonth when) throws SQLException {
        month.setString(1, type);
        month.setObject(2, when.atDay(1));
        month.setObject(3, when.atEndOfMonth());
        try (ResultSet r = month.executeQuery()) {
            return rows(r);
        }
    }

    static List<LinkableEvent> rows(ResultSet r) throws SQLException {
        List<LinkableEvent> events = new ArrayList<>();
        while (r.next()) {
            events.add(LinkableEvent.of(
                            r.getString(1),
                            r.getString(2),
                            r.getObject(3, LocalDate.class),
                            r.getObject(4, LocalDate.class),
                            SqlArrays.strings(r.getArray(8)),
                            SqlArrays.strings(r.getArray(9)),
                            r.getString(5),
                            r.getString(6),
                            r.getString(10))
                    .joining(r.getString(7)));
        }
        return events;
    }

    @Override
    public void close() throws SQLException {
        month.close();
    }
}
