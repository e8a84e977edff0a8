package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An actor's profile reads only that actor's rows, and says what counting over the whole tables said. */
class ActorProfileTest {
    /** The identity query before it picked the actor's rows first; ? is the actor id. */
    private static final String WHOLE_TABLE_IDENTITY =
            "SELECT a.id, coalesce(nullif(a.name, ''), a.id) AS name, a.kind, a.country, a.role, a.sector,"
                    + " a.aliases, (SELECT count(DISTINCT doc_id) FROM document_actors WHERE actor_id = a.id)"
                    + " AS documents, (SELECT coalesce(sum(mentions), 0) FROM document_actors"
                    + " WHERE actor_id = a.id) AS mentions, (SELECT min(d.published) FROM document_actors da"
                    + " JOIN documents d ON d.id = da.doc_id WHERE da.actor_id = a.id) AS first_seen,"
                    + " (SELECT max(d.published) FROM document_actors da JOIN documents d ON d.id = da.doc_id"
                    + " WHERE da.actor_id = a.id) AS last_seen,"
                    + " (SELECT count(DISTINCT event_id) FROM event_actors WHERE actor_id = a.id"
                    + " AND role = 'source') AS events_as_source,"
                    + " (SELECT count(DISTINCT event_id) FROM event_actors WHERE actor_id = a.id"
                    + " AND role = 'target') AS events_as_target FROM actors a WHERE a.id = ?";

    /** The mentions query before it picked the newest documents first; ? is the actor id. */
    private static final String ALL_MENTIONS =
            "SELECT m.doc_id, m.start_offset, m.end_offset, m.text, m.type, m.role, d.published, d.title"
                    + " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.actor_id = ?"
                    + " ORDER BY d.published DESC NULLS LAST, m.doc_id, m.start_offset LIMIT 10";

    /** The counterparts query before it picked the actor's events first; ? is the actor id. */
    private static final String SELF_JOIN_COUNTERPARTS = "WITH p AS (SELECT s.event_id, t.actor_id AS other"
            + " FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target'"
            + " WHERE s.role = 'source' AND s.actor_id <> t.actor_id AND s.actor_id = ?"
            + " UNION SELECT s.event_id, s.actor_id AS other FROM event_actors s JOIN event_actors t"
            + " ON t.event_id = s.event_id AND t.role = 'target' WHERE s.role = 'source' AND s.actor_id <> t.actor_id"
            + " AND t.actor_id = ?) SELECT p.other AS id, coalesce(nullif(a.name, ''), p.other) AS name,"
            + " count(*) AS events FROM p LEFT JOIN actors a ON a.id = p.other GROUP BY ALL"
            + " ORDER BY events DESC, id LIMIT 10";

    @TempDir
    Path dataDir;

    @Test
    void theProfileEqualsWhatTheWholeTableQueriesSaid() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
            store.put(Fixtures.accusation());
            store.put(Fixtures.dispatch(1));
            store.put(Fixtures.report(
                    "Talks in Geneva",
                    LocalDate.of(2025, 3, 4),
                    List.of(
                            // A symmetric meeting lists both on both sides; it counts once per counterpart.
                            new Fixtures.Reported(
                                    "CONSULT",
                                    List.of(Fixtures.PUTIN, Fixtures.XI),
                                    List.of(Fixtures.XI, Fixtures.PUTIN),
                                    "2025-03-04",
                                    ""),
                            new Fixtures.Reported("PROTEST", List.of("UKR"), List.of(Fixtures.PUTIN), "", ""),
                            new Fixtures.Reported("CONSULT", List.of(Fixtures.NATO), List.of("UKR"), "", ""))));
            boolean anyCounterparts = false;
            for (String id : List.of(Fixtures.PUTIN, Fixtures.XI, Fixtures.NATO, "UKR", "BLR", "CHN", "nobody")) {
                Map<String, TableResult> profile = store.actorProfile(id, 10);
                assertEquals(store.sql(withId(WHOLE_TABLE_IDENTITY, id)), profile.get("actor"), "identity of " + id);
                assertEquals(
                        store.sql(withId(SELF_JOIN_COUNTERPARTS, id)),
                        profile.get("counterparts"),
                        "counterparts of " + id);
                assertEquals(store.sql(withId(ALL_MENTIONS, id)), profile.get("mentions"), "mentions of " + id);
                anyCounterparts |= profile.get("counterparts").rows().size() > 1;
            }
            assertTrue(anyCounterparts, "no actor had several counterparts to compare");
            assertFalse(
                    store.actorProfile(Fixtures.PUTIN, 10).get("actor").rows().isEmpty());
        }
    }

    private static String withId(String sql, String id) {
        return sql.replace("?", "'" + id.replace("'", "''") + "'");
    }
}
