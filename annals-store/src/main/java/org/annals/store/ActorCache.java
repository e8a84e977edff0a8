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
import java.util.concurrent.atomic.AtomicLong;

/**
 * What event reads ask of the actors table, remembered between queries: the ids an actor filter names
 * ({@link ActorMatch#ids} scans the names and aliases of every actor, which costs more than the indexed query itself)
 * and display names. Forgotten whenever a document is stored, as that may add or rename actors. It reads through a
 * connection of its own, one query at a time, so that indexed event reads need not wait for the store's SQL reads.
 */
final class ActorCache {
    private static final int MOST = 100_000;

    private final Connection connection;

    ActorCache(Connection connection) {
        this.connection = connection;
    }

    private final Map<String, List<String>> ids = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** Counts clears, so that a lookup that a put overtook is not remembered. */
    private final AtomicLong generation = new AtomicLong();

    List<String> ids(String userText) throws SQLException {
        List<String> known = ids.get(userText);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        List<String> found;
        synchronized (connection) {
            found = ActorMatch.ids(connection, userText);
        }
        if (ids.size() >= MOST) {
            ids.clear();
        }
        if (generation.get() == before) {
            ids.put(userText, found);
        }
        return found;
    }

    /** Display names by id: the actor's name, or its id when it has none or is not in the actors table. */
    Map<String, String> names(Set<String> actorIds) throws SQLException {
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
            long before = generation.get();
            Map<String, String> looked = lookUp(missing);
            if (names.size() + looked.size() > MOST) {
                names.clear();
            }
            if (generation.get() == before) {
                names.putAll(looked);
            }
            found.putAll(looked);
        }
        return found;
    }

    private Map<String, String> lookUp(Set<String> actorIds) throws SQLException {
        Map<String, String> looked = new HashMap<>();
        actorIds.forEach(id -> looked.put(id, id));
        details(actorIds).forEach((id, nameAndKind) -> looked.put(id, nameAndKind[0]));
        return looked;
    }

    /** Name (the id when none) and kind (null when not in the actors table) by id; not remembered. */
    Map<String, String[]> details(Set<String> actorIds) throws SQLException {
        Map<String, String[]> details = new HashMap<>();
        if (actorIds.isEmpty()) {
            return details;
        }
        String sql = "SELECT id, coalesce(nullif(name, ''), id), kind FROM actors WHERE id IN "
                + ActorMatch.placeholders(actorIds.size());
        synchronized (connection) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                for (String id : actorIds) {
                    statement.setString(i++, id);
                }
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        details.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
                    }
                }
            }
        }
        return details;
    }

    void clear() {
        generation.incrementAndGet();
        ids.clear();
        names.clear();
    }
}
