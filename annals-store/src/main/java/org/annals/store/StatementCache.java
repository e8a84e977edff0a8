package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements by SQL text, least recently used evicted. Preparing costs DuckDB about as much as running a
 * small insert, and documents repeat the same row counts often, so reuse roughly halves the time of a put.
 */
final class StatementCache implements AutoCloseable {
    private static final int CAPACITY = 256;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
            evictOldest();
        }
        return statement;
    }

    private void evictOldest() throws SQLException {
        if (statements.size() <= CAPACITY) {
            return;
        }
        var oldest = statements.entrySet().iterator();
        oldest.next().getValue().close();
        oldest.remove();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }
}
