package org.annals.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a free SQL query. Values are plain Java objects: String, Boolean, Integer, Long, Double,
 * BigDecimal, BigInteger, LocalDate, LocalDateTime, List (for SQL lists) or null; anything else is given as its
 * text. {@code truncated} is true when more rows existed than the row limit allowed.
 */
public record TableResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
    public TableResult {
        columns = List.copyOf(columns == null ? List.of() : columns);
        List<List<Object>> copied = new ArrayList<>();
        // List.copyOf rejects nulls, and SQL NULL is a legitimate value.
        for (List<Object> row : rows == null ? List.<List<Object>>of() : rows) {
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
    }

    /** Every value as text, with SQL NULL as the empty string, for display. */
    public List<List<String>> asStrings() {
        return rows.stream()
                .map(row -> row.stream()
                        .map(value -> value == null ? "" : String.valueOf(value))
                        .toList())
                .toList();
    }
}
