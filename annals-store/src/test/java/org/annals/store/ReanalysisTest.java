package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored document analysed again replaces its layers and index entries; what was read stays. */
class ReanalysisTest {
    @TempDir
    Path dataDir;

    AnnalsStore store;
    final Document summit = Fixtures.summit();

    @BeforeEach
    void fill() {
        store = AnnalsStore.openForWriting(dataDir);
        store.put(summit);
        store.put(Fixtures.accusation());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The summit as a newer coder might see it: the meeting only, no agreement. */
    private Document withoutTheAgreement() {
        List<Event> meetings =
                summit.events().stream().filter(e -> e.type().equals("CONSULT")).toList();
        return summit.withEvents(meetings);
    }

    private long count(String sql) {
        return ((Number) store.sql(sql).rows().get(0).get(0)).longValue();
    }

    @Test
    void theSourceComesBackWithoutItsAnalysis() {
        Document source = store.storedSource(summit.id()).orElseThrow();
        assertEquals(summit.text(), source.text());
        assertEquals(summit.metadata().title(), source.metadata().title());
        assertEquals(summit.metadata().published(), source.metadata().published());
        assertEquals(summit.blocks(), source.blocks());
        assertTrue(source.events().isEmpty()
                && source.mentions().isEmpty()
                && source.quotes().isEmpty());
        assertTrue(store.storedSource("0".repeat(64)).isEmpty());
        assertEquals(2, store.storedDocumentIds(null).size());
    }

    @Test
    void replacedEventsAreGoneFromTablesAndIndexes() {
        Object ingested = store.sql("SELECT ingested_at FROM documents WHERE id = '" + summit.id() + "'")
                .rows()
                .get(0)
                .get(0);
        assertEquals(1, store.countEvents(EventQuery.all().withType("AGREE")));
        long meetings = store.countEvents(EventQuery.all().withType("CONSULT"));

        assertTrue(store.reanalysed(withoutTheAgreement()));

        assertEquals(0, store.countEvents(EventQuery.all().withType("AGREE")));
        assertEquals(0, store.events(EventQuery.all().withType("AGREE")).size());
        assertEquals(meetings, store.countEvents(EventQuery.all().withType("CONSULT")));
        assertEquals(0, count("SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT id FROM events)"));
        assertEquals(
                List.of(),
                store.quotes(QuoteQuery.all().withSpeaker("putin")).get(0).eventIds());
        assertEquals(2, count("SELECT count(*) FROM documents"));
        assertEquals(
                ingested,
                store.sql("SELECT ingested_at FROM documents WHERE id = '" + summit.id() + "'")
                        .rows()
                        .get(0)
                        .get(0));
        assertEquals(
                summit.mentions().size(),
                count("SELECT count(*) FROM mentions WHERE doc_id = '" + summit.id() + "'"),
                "mentions are replaced, not added twice");
        store.close();
        store = AnnalsStore.openForWriting(dataDir);
        assertEquals(0, store.countEvents(EventQuery.all().withType("AGREE")), "the indexes agree after a reopen");
        assertEquals(meetings, store.countEvents(EventQuery.all().withType("CONSULT")));
    }

    @Test
    void analysingAgainWithTheSameResultChangesNothing() {
        long before = count("SELECT count(*) FROM events") + count("SELECT count(*) FROM quotes");
        assertTrue(store.reanalysed(summit));
        assertTrue(store.reanalysed(summit));
        assertEquals(before, count("SELECT count(*) FROM events") + count("SELECT count(*) FROM quotes"));
        assertEquals(1, store.countEvents(EventQuery.all().withType("AGREE")));
        assertEquals(
                List.of("AGREE"),
                store.quotes(QuoteQuery.all().withSpeaker("putin")).get(0).eventTypes());
    }

    @Test
    void anUnknownDocumentIsNotAdded() {
        Document stranger = Fixtures.dispatch(9);
        assertFalse(store.reanalysed(stranger));
        assertFalse(store.contains(stranger.id()));
    }

    @Test
    void aFailureKeepsTheStoredAnalysis() {
        store.afterTableForTest(table -> {
            if (table.equals("events")) {
                throw new IllegalStateException("injected failure after events");
            }
        });
        StoreException e = assertThrows(StoreException.class, () -> store.reanalysed(withoutTheAgreement()));
        assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
        store.afterTableForTest(null);
        assertEquals(1, store.countEvents(EventQuery.all().withType("AGREE")));
        assertEquals(
                summit.mentions().size(), count("SELECT count(*) FROM mentions WHERE doc_id = '" + summit.id() + "'"));
    }
}
