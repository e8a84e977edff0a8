package org.annals.store;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Writes parameter values into SQL text, for the statements DuckDB cannot prepare with parameters (COPY). Only the
 * value types the canned filters bind are accepted: text, whole numbers and dates.
 */
final class SqlLiterals {
    private SqlLiterals() {}

    /** The SQL with each {@code ?} outside quoted text replaced by the next value as a literal. */
    static String inline(String sql, List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        Iterator<Object> next = values.iterator();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                if (!next.hasNext()) {
                    throw new IllegalArgumentException("more placeholders than values in: " + sql);
                }
                out.append(literal(next.next()));
            } else {
                out.append(c);
            }
        }
        if (next.hasNext()) {
            throw new IllegalArgumentException("more values than placeholders in: " + sql);
        }
        return out.toString();
    }

    static String literal(Object value) {
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        throw new IllegalArgumentException(
                "cannot write a " + (value == null ? "null" : value.getClass().getSimpleName()) + " into SQL");
    }

    /** A string literal; doubling the quote is the only escape standard SQL strings have. */
    static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
