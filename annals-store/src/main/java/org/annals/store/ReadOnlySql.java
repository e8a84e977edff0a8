package org.annals.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Struct;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBStruct;

/**
 * Free SQL for {@code annals sql}, refused unless it only reads. The first keyword must be a reading one and only one
 * statement is allowed; a read-only store is additionally protected by DuckDB itself, and a writable store runs the
 * query in a transaction that is always rolled back.
 */
final class ReadOnlySql {
    static final Set<String> READING_KEYWORDS =
            Set.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN", "PRAGMA");

    private ReadOnlySql() {}

    /** Throws IllegalArgumentException with a clear message unless {@code sql} is a single reading statement. */
    static void check(String sql) {
        String body = SqlText.withoutComments(sql == null ? "" : sql).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty SQL query; try: SELECT * FROM event_pairs LIMIT 10");
        }
        if (SqlText.hasSecondStatement(body)) {
            throw new IllegalArgumentException(
                    "annals sql runs one statement at a time; remove the ';' between" + " statements");
        }
        String keyword = firstWord(body);
        if (!READING_KEYWORDS.contains(keyword)) {
            throw refused(keyword);
        }
    }

    static IllegalArgumentException refused(String keyword) {
        return new IllegalArgumentException("annals sql is read-only: " + keyword + " statements are refused;"
                + " use SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN or PRAGMA."
                + " Tables: " + String.join(", ", Schema.TABLES) + "; view: event_pairs (see docs/store.md)");
    }

    private static String firstWord(String body) {
        int start = 0;
        while (start < body.length() && body.charAt(start) == '(') {
            start++;
        }
        int end = start;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        return body.substring(start, end).toUpperCase(Locale.ROOT);
    }

    /** Runs a checked query and copies at most {@code maxRows} rows out. */
    static TableResult run(Connection connection, String sql, int maxRows) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.next()) {
                if (rows.size() == maxRows) {
                    truncated = true;
                    break;
                }
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(plain(result.getObject(i)));
                }
                rows.add(row);
            }
            return new TableResult(columns, rows, truncated);
        }
    }

    /** Turns driver-specific values into plain Java ones, so no DuckDB type leaks to callers. */
    static Object plain(Object value) throws SQLException {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof Double
                || value instanceof Float
                || value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof LocalDate
                || value instanceof LocalDateTime
                || value instanceof LocalTime
                || value instanceof OffsetDateTime) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Struct struct) {
            // Attributes in declaration order, so a row of {start, end, text} keeps that order in JSON.
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field :
                    ((DuckDBStruct) struct).getMap().entrySet()) {
                fields.put(field.getKey(), plain(field.getValue()));
            }
            return Collections.unmodifiableMap(fields);
        }
        if (value instanceof Array array) {
            List<Object> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(plain(item));
            }
            return java.util.Collections.unmodifiableList(items);
        }
        return value.toString();
    }
}
