package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of docs/store.md, "a crash loses at most the document being written", tested with real crashes: a
 * child JVM ingests until it is killed with SIGKILL (no shutdown hooks, no close), three times over the same store,
 * and after each kill the store must hold exactly what the child reported, complete, indexed and writable.
 */
class StoreCrashTest {
    private static final long PATIENCE_SECONDS = 60;
    /** Tables with a doc_id column whose rows per document follow from the document's layers. */
    private static final List<String> DOCUMENT_TABLES =
            List.of("blocks", "mentions", "document_actors", "times", "quantities", "quotes", "events");

    @TempDir
    Path dataDir;

    /** Every document a child was asked to store, by id. */
    private final Map<String, Document> attempted = new LinkedHashMap<>();
    /** Ids known to be stored: a child reported that put() returned, or this test re-put them. */
    private final Set<String> confirmed = new HashSet<>();

    @Test
    void aKilledIngestLosesAtMostTheDocumentInFlightAndNeverCorruptsTheStore() throws Exception {
        // Killed inside a transaction with some of the document's tables already sent.
        Crash midTransaction = ingestAndKill(0, 40, "mentions");
        checkStoreAfter(midTransaction);
        // Killed with every table sent but not committed; 70 puts pass the child's batched index commit (every 64).
        Crash beforeCommit = ingestAndKill(midTransaction.inFlight() + 1, 70, "event_actors");
        checkStoreAfter(beforeCommit);
        // Killed at an unplanned moment: right after a put returned, while the next one runs.
        Crash unplanned = ingestAndKill(beforeCommit.inFlight() + 1, 25, null);
        checkStoreAfter(unplanned);
    }

    /** How a child died: its pid, the document it was writing and whether that was certainly mid-transaction. */
    private record Crash(long pid, int inFlight, boolean pausedInTransaction) {}

    /**
     * Starts a child that stores dispatches from {@code first} on and kills it after {@code count} documents were
     * reported stored: paused after sending {@code pauseAfterTable} of the next document, or, when that is null, as
     * soon as the last report is read.
     */
    private Crash ingestAndKill(int first, int count, String pauseAfterTable) throws Exception {
        boolean pause = pauseAfterTable != null;
        int last = first + count - 1;
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        IngestUntilKilledMain.class.getName(),
                        dataDir.toString(),
                        Integer.toString(first),
                        Integer.toString(pause ? last + 1 : IngestUntilKilledMain.NO_PAUSE),
                        pause ? pauseAfterTable : "")
                .redirectErrorStream(true)
                .start();
        ChildOutput output = new ChildOutput(child);
        try {
            output.await(IngestUntilKilledMain.OPEN);
            output.await(
                    pause
                            ? IngestUntilKilledMain.PAUSED + " " + (last + 1) + " " + pauseAfterTable
                            : IngestUntilKilledMain.STORED + " " + last);
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the killed child did not die");
        List<Integer> stored = output.storedNumbers();
        int highest = stored.isEmpty() ? first - 1 : stored.get(stored.size() - 1);
        assertEquals(rangeOf(first, highest), stored, "the child stores dispatches in order: " + output.lines());
        assertTrue(highest >= last, "the child was killed before it reported " + last + ": " + output.lines());
        int inFlight = highest + 1;
        for (int number = first; number <= inFlight; number++) {
            Document doc = Fixtures.dispatch(number);
            attempted.put(doc.id(), doc);
            if (number <= highest) {
                confirmed.add(doc.id());
            }
        }
        return new Crash(child.pid(), inFlight, pause);
    }

    private void checkStoreAfter(Crash crash) throws IOException {
        String holder = Files.readString(dataDir.resolve(StoreLock.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(holder.contains("pid " + crash.pid()), "a killed writer cannot clean up its lock file: " + holder);
        checkReadableBeforeAnyWriter();
        String inFlightId = Fixtures.dispatch(crash.inFlight()).id();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            Set<String> stored = storedIds(store);
            for (String id : confirmed) {
                assertTrue(stored.contains(id), "a document reported stored was lost: " + id);
            }
            Set<String> unexpected = new HashSet<>(stored);
            unexpected.removeAll(confirmed);
            unexpected.remove(inFlightId);
            assertEquals(
                    Set.of(),
                    titlesOf(unexpected),
                    "only the document in flight, dispatch " + crash.inFlight() + ", may be stored unreported");
            if (crash.pausedInTransaction()) {
                assertFalse(stored.contains(inFlightId), "an uncommitted transaction must not survive the crash");
            }
            checkEveryDocumentIsWhole(store, stored);
            checkNoRowOutlivesItsDocument(store);
            checkIndexAgreesWithDatabase(store, stored);
            checkAcceptsWrites(store, stored);
        }
        assertEquals(attempted.size(), committedIndexCount(), "close commits every re-put to the index");
    }

    /** `annals events` right after a crashed ingest, before anything reopens the store for writing. */
    private void checkReadableBeforeAnyWriter() {
        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            for (String id : confirmed) {
                assertTrue(reader.contains(id), "a reader misses a reported document: " + id);
            }
        }
    }

    private Set<String> titlesOf(Set<String> ids) {
        Set<String> titles = new TreeSet<>();
        for (String id : ids) {
            titles.add(attempted.containsKey(id) ? attempted.get(id).metadata().title() : id);
        }
        return titles;
    }

    private static Set<String> storedIds(AnnalsStore store) {
        Set<String> ids = new HashSet<>();
        for (List<Object> row : store.sql("SELECT id FROM documents").rows()) {
            ids.add((String) row.get(0));
        }
        return ids;
    }

    private void checkEveryDocumentIsWhole(AnnalsStore store, Set<String> stored) {
        for (List<Object> row :
                store.sql("SELECT id, text, title FROM documents").rows()) {
            Document doc = attempted.get((String) row.get(0));
            assertEquals(doc.text(), row.get(1), "stored text");
            assertEquals(doc.metadata().title(), row.get(2), "stored title");
        }
        Map<String, Map<String, Long>> actual = new LinkedHashMap<>();
        for (String table : DOCUMENT_TABLES) {
            actual.put(table, rowsPerDocument(store, "SELECT doc_id, count(*) FROM " + table + " GROUP BY doc_id"));
        }
        actual.put(
                "event_actors",
                rowsPerDocument(
                        store,
                        "SELECT e.doc_id, count(*) FROM event_actors a JOIN events e ON e.id = a.event_id"
                                + " GROUP BY e.doc_id"));
        for (String id : stored) {
            Map<String, Long> expected = expectedRows(attempted.get(id));
            for (Map.Entry<String, Long> table : expected.entrySet()) {
                assertTrue(table.getValue() > 0, "the fixture fills " + table.getKey());
                assertEquals(
                        table.getValue(),
                        actual.get(table.getKey()).getOrDefault(id, 0L),
                        table.getKey() + " rows of " + id);
            }
        }
    }

    private static Map<String, Long> expectedRows(Document doc) {
        Set<String> documentActors = new LinkedHashSet<>();
        doc.mentions().stream().filter(Mention::isResolved).forEach(m -> documentActors.add(m.actorId()));
        doc.actors().forEach(actor -> documentActors.add(actor.id()));
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("blocks", (long) doc.blocks().size());
        rows.put("mentions", (long) doc.mentions().size());
        rows.put("document_actors", (long) documentActors.size());
        rows.put("times", (long) doc.times().size());
        rows.put("quantities", (long) doc.quantities().size());
        rows.put("quotes", (long) doc.quotes().size());
        rows.put("events", (long) doc.events().size());
        rows.put(
                "event_actors",
                doc.events().stream()
                        .mapToLong(e -> e.sourceIds().size() + e.targetIds().size())
                        .sum());
        return rows;
    }

    private static Map<String, Long> rowsPerDocument(AnnalsStore store, String query) {
        Map<String, Long> counts = new HashMap<>();
        for (List<Object> row : store.sql(query).rows()) {
            counts.put((String) row.get(0), (Long) row.get(1));
        }
        return counts;
    }

    private static void checkNoRowOutlivesItsDocument(AnnalsStore store) {
        List<String> orphans = new ArrayList<>();
        for (String table : DOCUMENT_TABLES) {
            orphans.add("SELECT count(*) FROM " + table + " WHERE doc_id NOT IN (SELECT id FROM documents)");
        }
        orphans.add("SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT id FROM events)");
        orphans.add("SELECT count(*) FROM actors WHERE id NOT IN (SELECT actor_id FROM document_actors"
                + " UNION SELECT actor_id FROM event_actors UNION SELECT speaker_id FROM quotes)");
        orphans.add("SELECT count(*) FROM mentions WHERE actor_id <> '' AND actor_id NOT IN (SELECT id FROM actors)");
        orphans.add("SELECT count(*) FROM event_actors WHERE actor_id NOT IN (SELECT id FROM actors)");
        for (String query : orphans) {
            assertEquals(0L, store.sql(query).rows().get(0).get(0), query);
        }
    }

    /** After the reconcile on open: every stored document is found, and the committed index holds exactly them. */
    private void checkIndexAgreesWithDatabase(AnnalsStore store, Set<String> stored) throws IOException {
        for (String id : stored) {
            String title = attempted.get(id).metadata().title();
            String number = title.substring(title.lastIndexOf(' ') + 1);
            List<String> hits = store.search("title:\"dispatch " + number + "\"", 5).stream()
                    .map(SearchHit::docId)
                    .toList();
            assertEquals(List.of(id), hits, "search for dispatch " + number);
        }
        assertEquals(stored.size(), committedIndexCount(), "the reconcile on open commits the index");
    }

    private int committedIndexCount() throws IOException {
        try (Directory directory = FSDirectory.open(dataDir.resolve(FullTextIndex.DIRECTORY));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    /** Re-putting everything ever attempted: stored documents are duplicates, a lost one is stored now. */
    private void checkAcceptsWrites(AnnalsStore store, Set<String> stored) {
        for (Document doc : attempted.values()) {
            PutResult.Status expected =
                    stored.contains(doc.id()) ? PutResult.Status.DUPLICATE : PutResult.Status.STORED;
            assertEquals(expected, store.put(doc).status(), doc.metadata().title());
        }
        confirmed.addAll(attempted.keySet());
        assertEquals(attempted.size(), store.summary(0).documents());
        checkEveryDocumentIsWhole(store, attempted.keySet());
    }

    private static List<Integer> rangeOf(int first, int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    /** The child's merged stdout and stderr, read on a thread so that waiting for a line can time out. */
    private static final class ChildOutput {
        private static final String END = "\u0000end of output";
        private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Thread reader;

        ChildOutput(Process child) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            reader = new Thread(() -> pump(in), "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void pump(BufferedReader in) {
            try (in) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    queue.add(line);
                }
            } catch (IOException e) {
                queue.add("(output broken: " + e + ")");
            }
            queue.add(END);
        }

        void await(String wanted) throws InterruptedException {
            while (true) {
                String line = queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
                if (line == null || line.equals(END)) {
                    fail("the child never printed '" + wanted + "'; it printed " + seen);
                }
                seen.add(line);
                if (line.equals(wanted)) {
                    return;
                }
            }
        }

        /** Everything printed, once the child is dead and its output drained. */
        List<String> lines() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            for (String line = queue.poll(); line != null; line = queue.poll()) {
                if (!line.equals(END)) {
                    seen.add(line);
                }
            }
            return seen;
        }

        List<Integer> storedNumbers() throws InterruptedException {
            List<Integer> numbers = new ArrayList<>();
            for (String line : lines()) {
                if (line.startsWith(IngestUntilKilledMain.STORED + " ")) {
                    numbers.add(Integer.parseInt(line.substring(line.indexOf(' ') + 1)));
                }
            }
            return numbers;
        }
    }
}
