package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoreTest {
    private static final Map<String, Double> INTENSITIES = Map.of("CONSULT", 1.0, "ASSAULT", -9.0);

    @TempDir
    Path dataDir;

    /** A handful of countries and IGOs, as the knowledge base would give them. */
    static List<Actor> seeds() {
        List<Actor> seeds = new ArrayList<>();
        for (String[] country : List.of(
                new String[] {"RUS", "Russia"},
                new String[] {"CHN", "China"},
                new String[] {"USA", "United States"},
                new String[] {"FRA", "France"},
                new String[] {"BRA", "Brazil"})) {
            seeds.add(new Actor(country[0], country[1], ActorKind.COUNTRY, country[0], "", "", List.of(), List.of()));
        }
        seeds.add(new Actor("IGO.UN", "United Nations", ActorKind.IGO, "", "", "", List.of("UN"), List.of()));
        return seeds;
    }

    private static SyntheticStore.Result build(Path dir, int documents, long events, long seed) {
        return SyntheticStore.build(
                dir, new SyntheticStore.Settings(documents, events, seed), seeds(), INTENSITIES, line -> {});
    }

    @Test
    void writesTheAskedNumbersOfDocumentsEventsAndQuotes() {
        SyntheticStore.Result result = build(dataDir, 200, 2000, 7);
        assertEquals(200, result.documents());
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            Summary summary = store.summary(3);
            assertEquals(200, summary.documents());
            assertEquals(2000, summary.events());
            assertEquals(200, summary.quotes());
            assertEquals(result.actors(), summary.actors());
            assertEquals(4000L, number(store, "SELECT count(*) FROM event_actors"));
            assertEquals(200L, number(store, "SELECT count(*) FROM doc_signatures"));
            assertEquals(200L, number(store, "SELECT count(DISTINCT story_id) FROM documents"));
            // Pairs are skewed: the top pair has many more events than an average pair.
            long pairs = number(store, "SELECT count(DISTINCT (source_id, target_id)) FROM event_pairs");
            assertTrue(
                    summary.topPairs().get(0).events() > 3 * 2000 / pairs,
                    summary.topPairs().toString());
        }
    }

    @Test
    void offsetsPointAtTheEvidenceTriggersMentionsAndQuotes() {
        build(dataDir, 50, 400, 3);
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertEquals(
                    0L,
                    number(
                            store,
                            "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id WHERE"
                                    + " substring(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) <> e.evidence"
                                    + " OR substring(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger"));
            assertEquals(
                    0L,
                    number(
                            store,
                            "SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id"
                                    + " WHERE substring(d.text, m.start_offset + 1, m.end_offset - m.start_offset) <> m.text"));
            assertEquals(
                    0L,
                    number(
                            store,
                            "SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.doc_id"
                                    + " WHERE substring(d.text, q.start_offset + 1, q.end_offset - q.start_offset) <> q.text"));
        }
    }

    @Test
    void eventQueriesAndSearchWorkOnIt() {
        build(dataDir, 200, 2000, 11);
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            List<EventRow> russia =
                    store.events(EventQuery.all().withActor("Russia").withLimit(5));
            assertEquals(5, russia.size());
            assertTrue(russia.stream()
                    .allMatch(e -> e.sources().contains("Russia") || e.targets().contains("Russia")));
            assertFalse(store.events(EventQuery.all().withType("CONSULT")).isEmpty());
            List<SearchHit> hits = store.search("\"report 17\"", 5);
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).title().endsWith("report 17"), hits.get(0).title());
            assertFalse(store.search("said", 5).isEmpty());
        }
    }

    @Test
    void theSameSeedGivesTheSameStore(@TempDir Path other) {
        build(dataDir, 20, 100, 5);
        build(other, 20, 100, 5);
        String ids = "SELECT string_agg(id, ',' ORDER BY id) FROM events";
        try (AnnalsStore first = AnnalsStore.openReadOnly(dataDir);
                AnnalsStore second = AnnalsStore.openReadOnly(other)) {
            assertEquals(first.sql(ids).rows(), second.sql(ids).rows());
        }
    }

    @Test
    void refusesAStoreThatAlreadyHoldsDocuments() {
        build(dataDir, 5, 10, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build(dataDir, 5, 10, 1));
        assertTrue(e.getMessage().contains("already holds 5 documents"), e.getMessage());
    }

    private static long number(AnnalsStore store, String sql) {
        return ((Number) store.sql(sql).rows().get(0).get(0)).longValue();
    }
}
