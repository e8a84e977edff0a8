package org.annals.store;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads SQL list values as Java lists, SQL NULL elements as empty strings or zeros. */
final class SqlArrays {
    private SqlArrays() {}

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(value == null ? "" : value.toString());
        }
        return values;
    }

    /** An integer list; a NULL element reads as 0. */
    static List<Integer> ints(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Integer> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(value == null ? 0 : ((Number) value).intValue());
        }
        return values;
    }
}
