package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads run side by side with each other and with a writer, and never see part of a document. */
class ConcurrentReadsTest {
    private static final int EVENTS_PER_DOCUMENT = 6;

    @TempDir
    Path dataDir;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aReadCompletesWhileAnotherIsHeldOpen() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir, new ReadConnections(2))) {
            store.put(Fixtures.summit());
            CountDownLatch exporting = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Long> export = threads.submit(
                    () -> store.export(ExportQuery.all(ExportTable.EVENTS), new HeldSink(exporting, release)));
            assertTrue(exporting.await(60, TimeUnit.SECONDS), "the export never started");

            // With one connection per read this would wait for the export, which waits for the latch.
            assertEquals(
                    1,
                    store.documents(new DocumentSearch("Beijing", null, null, "", "", 10, 0))
                            .total());
            assertTrue(store.contains(Fixtures.summit().id()));
            assertFalse(export.isDone(), "the export was still held open during the other reads");

            release.countDown();
            assertEquals(Fixtures.summit().events().size(), export.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void readsDuringPutsSeeWholeDocumentsOnly() throws Exception {
        int documents = 24;
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir, new ReadConnections(3))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                readers.add(threads.submit(() -> readUntilDone(store, writing)));
            }
            try {
                for (int seed = 0; seed < documents; seed++) {
                    store.put(Fixtures.bulk(seed, 3, EVENTS_PER_DOCUMENT));
                }
            } finally {
                writing.set(false);
            }
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(120, TimeUnit.SECONDS) > 0, "a reader never read");
            }
            DocumentPage all = store.documents(new DocumentSearch("town", null, null, "", "", 100, 0));
            assertEquals(documents, all.total());
        }
    }

    /** Reads until the writer is done; every read must show each document with all its events. */
    private static int readUntilDone(AnnalsStore store, AtomicBoolean writing) {
        int reads = 0;
        do {
            TableResult counts = store.sql("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)");
            long stored = ((Number) counts.rows().get(0).get(0)).longValue();
            long events = ((Number) counts.rows().get(0).get(1)).longValue();
            assertEquals(stored * EVENTS_PER_DOCUMENT, events, "events of a document half written");

            DocumentPage page = store.documents(new DocumentSearch("town", null, null, "", "", 100, 0));
            assertTrue(page.total() >= page.documents().rows().size());
            for (List<Object> row : page.documents().rows()) {
                assertEquals(EVENTS_PER_DOCUMENT, ((Number) row.get(6)).longValue(), "events of " + row.get(0));
            }
            long typed = page.byEventType().rows().stream()
                    .mapToLong(row -> ((Number) row.get(1)).longValue())
                    .sum();
            assertEquals(page.total() * EVENTS_PER_DOCUMENT, typed, "event type facet of a half-written document");
            reads++;
        } while (writing.get());
        return reads;
    }

    @Test
    void theNumberOfReadConnectionsIsChecked() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new ReadConnections(0));
        assertTrue(none.getMessage().contains("between 1 and " + ReadConnections.MAX), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReadConnections(ReadConnections.MAX + 1));
        assertTrue(ReadConnections.defaults().count() >= 4);
    }

    /** Blocks on its first row until released, keeping the export's read open. */
    private record HeldSink(CountDownLatch started, CountDownLatch release) implements ExportSink {
        @Override
        public void start(List<String> columns) {
            started.countDown();
        }

        @Override
        public void row(List<Object> values) throws IOException {
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
