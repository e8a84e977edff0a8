package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What event reads ask of the actors table, remembered between queries: the ids an actor filter names
 * ({@link ActorMatch#ids} scans the names and aliases of every actor, which costs more than the indexed query itself)
 * and display names. Forgotten whenever a document is stored, as that may add or rename actors.
 */
final class ActorCache {
    private static final int MOST = 100_000;

    private final Map<String, List<String>> ids = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();

    List<String> ids(Connection connection, String userText) throws SQLException {
        List<String> known = ids.get(userText);
        if (known != null) {
            return known;
        }
        List<String> found = ActorMatch.ids(connection, userText);
        if (ids.size() >= MOST) {
            ids.clear();
        }
        ids.put(userText, found);
        return found;
    }

    /** Display names by id: the actor's name, or its id when it has none or is not in the actors table. */
    Map<String, String> names(Connection connection, Set<String> actorIds) throws SQLException {
        Map<String, String> found = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String id : actorIds) {
            String name = names.get(id);
            if (name == null) {
                missing.add(id);
            } else {
                found.put(id, name);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, String> looked = lookUp(connection, missing);
            if (names.size() + looked.size() > MOST) {
                names.clear();
            }
            names.putAll(looked);
            found.putAll(looked);
        }
        return found;
    }

    private static Map<String, String> lookUp(Connection connection, Set<String> actorIds) throws SQLException {
        Map<String, String> looked = new HashMap<>();
        actorIds.forEach(id -> looked.put(id, id));
        String sql = "SELECT id, name FROM actors WHERE id IN " + ActorMatch.placeholders(actorIds.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (String id : actorIds) {
                statement.setString(i++, id);
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(2);
                    if (name != null && !name.isEmpty()) {
                        looked.put(r.getString(1), name);
                    }
                }
            }
        }
        return looked;
    }

    void clear() {
        ids.clear();
        names.clear();
    }
}
