package org.annals.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sends many rows of one table as few multi-row INSERT statements. DuckDB runs each statement as a query of its own,
 * so one statement per row costs a fraction of a millisecond each, while a statement of hundreds of rows costs about
 * the same as one row.
 */
final class MultiRowInsert {
    static final int ROWS_PER_STATEMENT = 256;

    private final String table;
    private final int width;
    private final List<Object[]> rows = new ArrayList<>();

    MultiRowInsert(String table, int width) {
        this.table = table;
        this.width = width;
    }

    /** Adds a row; values are bound with setObject, so null means SQL NULL. */
    MultiRowInsert add(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException(table + " takes " + width + " values per row, got " + values.length);
        }
        rows.add(values.clone());
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void execute(StatementCache statements) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            PreparedStatement statement = statements.get(sql(chunk.size()));
            int index = 1;
            for (Object[] row : chunk) {
                for (Object value : row) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
        }
    }

    private String sql(int rowCount) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(rowCount, row));
    }
}
