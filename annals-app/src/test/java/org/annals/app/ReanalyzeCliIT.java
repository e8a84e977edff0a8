package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annals.core.Metadata;
import org.annals.ingest.SourceItem;
import org.annals.store.AnnalsStore;
import org.annals.store.EventQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by an analysis that found no events (as an older version might have) gains them from {@code annals
 * reanalyze}, without the source files.
 */
class ReanalyzeCliIT {
    @TempDir
    static Path work;

    static Path data;
    static CliRun first;

    @BeforeAll
    static void storeWithoutEventsThenReanalyse() throws IOException {
        data = work.resolve("data");
        Path seed = Files.copy(Repository.seed(), work.resolve("seed.txt"));
        try (AnnalsStore store = AnnalsStore.openForWriting(data);
                Stream<SourceItem> items =
                        new Sources(1_000_000, Sources.InputFormat.AUTO).openPaths(List.of(seed), Metadata.EMPTY)) {
            new Ingestion(store, () -> new AnnalsEngine(AnnalsEngine.EXTRACTION_STAGES), 1)
                    .run(items.iterator(), 1, false, new PrintWriter(new StringWriter()));
            assertEquals(0, store.countEvents(EventQuery.all()), "the extraction-only analysis codes no events");
        }
        Files.delete(seed);
        first = CliRun.of("reanalyze", "--no-progress", "--data-dir", data.toString());
    }

    @Test
    void theStoredDocumentGainsEventsAndQuotes() {
        assertEquals(Main.OK, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("Reanalysed 1 document in "), first.out());
        assertTrue(first.out().contains("events 0 -> "), first.out());
        try (AnnalsStore store = AnnalsStore.openReadOnly(data)) {
            assertTrue(
                    store.countEvents(EventQuery.all().withType("CONSULT").withPair("putin", "xi")) > 0,
                    "the meeting of the two leaders is coded");
            assertTrue(store.summary(0).quotes() > 0);
        }
    }

    @Test
    void reanalysingAgainKeepsTheSameCounts() {
        CliRun again = CliRun.of("reanalyze", "--no-progress", "--data-dir", data.toString());
        assertEquals(Main.OK, again.exitCode(), again.err());
        String counts = first.out().substring(first.out().indexOf("events 0 -> ") + "events 0 -> ".length());
        String events = counts.substring(0, counts.indexOf(','));
        assertTrue(again.out().contains("events " + events + " -> " + events + ","), again.out());
    }
}
