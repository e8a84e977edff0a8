package org.annals.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Turns a current store back into an older schema version, for migration tests. */
final class OlderSchemas {
    private OlderSchemas() {}

    /** Turns a current store's events back into those of a version 4 store. */
    static void dropEventRecord(Statement statement) throws SQLException {
        dropColumns(
                statement,
                List.of(
                        "contexts",
                        "place_name",
                        "place_country",
                        "place_lat",
                        "place_lon",
                        "place_kind",
                        "quote_ord",
                        "mentions",
                        "mention_starts",
                        "mention_ends"));
    }

    /** Turns a current store's events back into those of a version 6 store. */
    static void dropEventMentions(Statement statement) throws SQLException {
        dropColumns(statement, List.of("mentions", "mention_starts", "mention_ends"));
    }

    private static void dropColumns(Statement statement, List<String> columns) throws SQLException {
        // DuckDB alters no table that an index depends on.
        statement.execute("DROP INDEX events_happening");
        for (String column : columns) {
            statement.execute("ALTER TABLE events DROP COLUMN " + column);
        }
        statement.execute("CREATE INDEX events_happening ON events (happening_id)");
    }
}
