package org.annals.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, with its parameters in order. */
final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Where add(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** Binds the parameters from index 1 and returns the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : parameters) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
