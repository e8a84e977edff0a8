package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDurabilityTest {
    @TempDir
    Path dataDir;

    @Test
    void aFailureMidTransactionLeavesNoPartialRows() {
        Document summit = Fixtures.summit();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.afterTableForTest(table -> {
                if (table.equals("events")) {
                    throw new IllegalStateException("injected failure after events");
                }
            });
            StoreException e = assertThrows(StoreException.class, () -> store.put(summit));
            assertTrue(e.getMessage().contains(summit.id()), e.getMessage());
            assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
            assertTrue(e.getMessage().contains("unchanged"), e.getMessage());

            for (String table : Schema.TABLES) {
                assertEquals(
                        0L,
                        store.sql("SELECT count(*) FROM " + table).rows().get(0).get(0),
                        table);
            }
            assertFalse(store.contains(summit.id()));
            assertTrue(store.search("agreement", 10).isEmpty());

            store.afterTableForTest(null);
            assertEquals(PutResult.Status.STORED, store.put(summit).status(), "the same document can then be stored");
            assertEquals(2L, store.summary(0).events());
        }
    }

    @Test
    void anActorUpdateIsRolledBackWithTheRestOfTheDocument() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.accusation());
            store.afterTableForTest(table -> {
                if (table.equals("quotes")) {
                    throw new IllegalStateException("injected");
                }
            });
            assertThrows(StoreException.class, () -> store.put(Fixtures.summit()));
            List<List<Object>> putin = store.sql("SELECT aliases FROM actors WHERE id = '" + Fixtures.PUTIN + "'")
                    .rows();
            assertEquals(List.of(List.of(List.of("Putin"))), putin);
            assertEquals(
                    0L,
                    store.sql("SELECT count(*) FROM actors WHERE id = '" + Fixtures.XI + "'")
                            .rows()
                            .get(0)
                            .get(0));
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Document summit = Fixtures.summit();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(summit);
            store.put(Fixtures.accusation());
        }
        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            assertTrue(reader.isReadOnly());
            assertTrue(reader.contains(summit.id()));
            assertEquals(4, reader.events(EventQuery.all()).size());
            assertEquals(summit.id(), reader.search("energy", 5).get(0).docId());
        }
        try (AnnalsStore writer = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(PutResult.Status.DUPLICATE, writer.put(summit).status());
            assertEquals(2, writer.summary(0).documents());
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabaseOnReopen() throws IOException {
        Document summit = Fixtures.summit();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(summit);
            store.put(Fixtures.accusation());
        }
        // As if the process died after the DuckDB commit but before the index commit.
        deleteTree(dataDir.resolve("index"));
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            List<SearchHit> hits = store.search("agreements", 5);
            assertEquals(1, hits.size());
            assertEquals(summit.id(), hits.get(0).docId());
            assertTrue(store.search("donate", 5).isEmpty(), "re-indexing also leaves the appeal out");
        }
        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            assertEquals(1, reader.search("provocations", 5).size(), "the rebuilt index was committed");
        }
    }

    @Test
    void aReadOnlyStoreWithoutIndexExplainsHowToRebuildIt() throws IOException {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        deleteTree(dataDir.resolve("index"));
        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            StoreException e = assertThrows(StoreException.class, () -> reader.search("energy", 5));
            assertTrue(e.getMessage().contains("rebuild"), e.getMessage());
            assertEquals(2, reader.events(EventQuery.all()).size(), "the database is still readable");
        }
    }

    @Test
    void openingReadOnlyWithoutAStoreSaysWhatToRun() {
        Path empty = dataDir.resolve("nothing-here");
        StoreException e = assertThrows(StoreException.class, () -> AnnalsStore.openReadOnly(empty));
        assertEquals("no Annals store in " + empty + "; run `annals ingest` or `annals demo` first", e.getMessage());
        assertFalse(Files.exists(empty), "reading must not create a store");
    }

    @Test
    void readOnlySqlRejectsWritesWithAClearMessage() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            for (String write : List.of(
                    "INSERT INTO documents (id) VALUES ('x')",
                    "drop table events",
                    "  -- sneaky\n UPDATE actors SET name = ''",
                    "SELECT 1; DROP TABLE events",
                    "CREATE TABLE t AS SELECT 1")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader.sql(write));
                assertTrue(
                        e.getMessage().contains("read-only") || e.getMessage().contains("one statement"),
                        write + " -> " + e.getMessage());
            }
            // Passes the keyword check, so DuckDB's own read-only mode is what refuses it.
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> reader.sql("WITH x AS (SELECT 1) INSERT INTO documents (id) SELECT 'y'"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertEquals(
                    1L,
                    reader.sql("SELECT count(*) FROM documents").rows().get(0).get(0));
            assertEquals(
                    1L,
                    reader.sql("SELECT count(*) FROM events WHERE id LIKE '%;%'")
                            .rows()
                            .size());
            assertThrows(IllegalStateException.class, () -> reader.put(Fixtures.accusation()));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
