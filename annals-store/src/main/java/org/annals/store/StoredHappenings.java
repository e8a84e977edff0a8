package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The linked events already in the store, looked up by type and first day through the index
 * {@code events_happening_lookup}, so the cost of a lookup grows with the events of that type on those days, not
 * with the store. Runs on the writer's connection inside its transaction.
 */
final class StoredHappenings implements HappeningCandidates, AutoCloseable {
    static final String SELECT = "SELECT e.id, e.type, e.date_start, e.date_end, e.place, e.place_id,"
            + " e.happening_id, (SELECT coalesce(list(ea.actor_id), []) FROM event_actors ea"
            + " WHERE ea.event_id = e.id AND ea.role = 'source'), (SELECT coalesce(list(ea.actor_id), [])"
            + " FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = 'target') FROM events e";

    private final PreparedStatement near;

    StoredHappenings(Connection connection) throws SQLException {
        this.near = connection.prepareStatement(
                SELECT + " WHERE e.type = ? AND e.date_start BETWEEN ? AND ? AND e.happening_id IS NOT NULL");
    }

    @Override
    public List<LinkableEvent> near(String type, LocalDate from, LocalDate to) throws SQLException {
        near.setString(1, type);
        near.setObject(2, from);
        near.setObject(3, to);
        try (ResultSet r = near.executeQuery()) {
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
                            r.getString(6))
                    .joining(r.getString(7)));
        }
        return events;
    }

    @Override
    public void close() throws SQLException {
        near.close();
    }
}
