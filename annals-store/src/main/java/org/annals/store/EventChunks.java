package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an events export into runs of consecutive rows in export order (event day, then id), so that each run is
 * sorted and joined to its actor lists on its own. DuckDB cannot spill a join of every event to every event's actor
 * lists; one run of at most {@link #rows} rows needs the same memory whatever the size of the store.
 */
final class EventChunks {
    /** The export order's key: the event's first day, else the publication day, undated events last. */
    static final String SORT_KEY = "coalesce(e.date_start, d.published, DATE '9999-12-31')";

    private final int rows;

    EventChunks(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a chunk holds at least one row, got " + rows);
        }
        this.rows = rows;
    }

    /** The last key of each chunk but the final one, in order. */
    record Boundary(LocalDate day, String eventId) {}

    /** Boundaries of the events {@code filters} select: every {@code rows}-th event's key in export order. */
    List<Boundary> boundaries(Connection connection, Where filters) throws SQLException {
        String sql = "SELECT k, id FROM (SELECT " + SORT_KEY + " AS k, e.id, row_number() OVER (ORDER BY " + SORT_KEY
                + ", e.id) AS rn FROM events e JOIN documents d ON d.id = e.doc_id" + filters.sql()
                + ") WHERE rn % ? = 0 ORDER BY rn";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = filters.bind(statement);
            statement.setInt(next, rows);
            try (ResultSet r = statement.executeQuery()) {
                List<Boundary> boundaries = new ArrayList<>();
                while (r.next()) {
                    boundaries.add(new Boundary(r.getObject(1, LocalDate.class), r.getString(2)));
                }
                return boundaries;
            }
        }
    }

    /** Adds to {@code where} the chunk after {@code after} (null: from the start) up to {@code upTo} (null: the end). */
    static Where restrict(Where where, Boundary after, Boundary upTo) {
        if (after != null) {
            bound(where, ">", ">", after);
        }
        if (upTo != null) {
            bound(where, "<", "<=", upTo);
        }
        return where;
    }

    /** Keys {@code dayOperator} the boundary's day, or on that day with ids {@code idOperator} its id. */
    private static void bound(Where where, String dayOperator, String idOperator, Boundary boundary) {
        where.add(
                "(" + SORT_KEY + " " + dayOperator + " ? OR (" + SORT_KEY + " = ? AND e.id " + idOperator + " ?))",
                boundary.day(),
                boundary.day(),
                boundary.eventId());
    }
}
