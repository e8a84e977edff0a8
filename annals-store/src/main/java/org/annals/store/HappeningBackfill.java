package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Links the events of a store written before happenings existed (schema version 3) as if its documents had been put
 * again in the order they were stored. Runs in memory over all events, then writes the ids in one UPDATE.
 */
final class HappeningBackfill {
    private HappeningBackfill() {}

    /** Sets {@code events.happening_id} of every event; runs inside the caller's transaction. */
    static int run(Connection connection) throws SQLException {
        List<LinkableEvent> events;
        try (PreparedStatement statement = connection.prepareStatement(StoredHappenings.ALL_IN_STORED_ORDER);
                ResultSet r = statement.executeQuery()) {
            events = StoredHappenings.rows(r);
        }
        List<LinkableEvent> linked = HappeningLinker.link(events, HappeningCandidates.NONE);
        try (Statement statement = connection.createStatement();
                StatementCache statements = new StatementCache(connection)) {
            statement.execute("CREATE TEMP TABLE happening_backfill (event_id VARCHAR, happening_id VARCHAR)");
            MultiRowInsert rows = new MultiRowInsert("happening_backfill", 2);
            linked.forEach(e -> rows.add(e.id(), e.happeningId()));
            rows.execute(statements);
            statement.execute("UPDATE events SET happening_id = b.happening_id FROM happening_backfill b"
                    + " WHERE events.id = b.event_id");
            statement.execute("DROP TABLE happening_backfill");
        }
        return linked.size();
    }
}
