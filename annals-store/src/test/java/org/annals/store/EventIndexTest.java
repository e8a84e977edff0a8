package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.annals.core.Modality;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event index answers event listings, counts, relations and the network exactly as SQL does, is rebuilt when
 * missing or stale, and sees a put's events at once.
 */
class EventIndexTest {
    private static final List<String> ACTORS = List.of("RUS", "CHN", "USA", "FRA", "IGO.UN", "person:ana-rivera");
    private static final List<String> TYPES = List.of("CONSULT", "ASSAULT", "AID", "threaten");
    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    @TempDir
    Path dataDir;

    /** A synthetic store plus put reports that share happenings, lack dates, or pair an actor with itself. */
    private void buildMixedStore() {
        SyntheticStore.build(
                dataDir,
                new SyntheticStore.Settings(40, 400, 11),
                SyntheticStoreTest.seeds(),
                Map.of("CONSULT", 1.0, "ASSAULT", -9.0),
                line -> {});
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            SplittableRandom random = new SplittableRandom(5);
            List<List<Fixtures.Reported>> reports = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // Every fourth report tells again what an earlier one told: the same happenings, later stored.
                List<Fixtures.Reported> reported =
                        i % 4 == 3 ? reports.get(random.nextInt(reports.size())) : randomEvents(random);
                reports.add(reported);
                LocalDate published = random.nextInt(7) == 0 ? null : START.plusDays(random.nextInt(70));
                store.put(Fixtures.report("Report " + i, published, reported));
            }
            Summary summary = store.summary(0);
            assertTrue(
                    summary.events() - summary.happenings() >= 10,
                    "too few shared happenings to compare counting by happenings: " + summary);
        }
    }

    private static List<Fixtures.Reported> randomEvents(SplittableRandom random) {
        List<Fixtures.Reported> reported = new ArrayList<>();
        int events = 1 + random.nextInt(4);
        for (int i = 0; i < events; i++) {
            String source = pick(ACTORS, random);
            // Now and then an actor on both sides, as a symmetric "met each other" event lists it.
            String target = random.nextInt(6) == 0 ? source : pick(ACTORS, random);
            List<String> sources = random.nextInt(5) == 0 ? List.of(source, target) : List.of(source);
            String date = random.nextInt(5) == 0
                    ? ""
                    : random.nextInt(6) == 0
                            ? START.plusDays(random.nextInt(60)).toString().substring(0, 7)
                            : START.plusDays(random.nextInt(60)).toString();
            reported.add(new Fixtures.Reported(pick(TYPES, random), sources, List.of(target), date, ""));
        }
        return reported;
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<EventQuery> queries() {
        EventQuery all = EventQuery.all().withLimit(500);
        List<EventQuery> queries = new ArrayList<>(List.of(all, all.withLimit(7).withOffset(3)));
        for (String actor : List.of("RUS", "usa", "China", "United Nations", "ana", "nobody")) {
            queries.add(all.withActor(actor));
            queries.add(all.withActor(actor).withFrom(START.plusDays(10)).withTo(START.plusDays(40)));
        }
        queries.add(all.withPair("RUS", "CHN"));
        queries.add(all.withPair("chn", "rus").withLimit(3).withOffset(2));
        queries.add(all.withPair("USA", "USA"));
        queries.add(all.withPair("person:ana-rivera", "IGO.UN").withTo(START.plusDays(30)));
        for (String type : List.of("consult", "THREATEN", "ASSAULT", "NOSUCH")) {
            queries.add(all.withType(type));
            queries.add(all.withType(type).withFrom(START.plusDays(20)));
        }
        queries.add(all.withModality(Modality.ASSERTED));
        queries.add(all.withModality(Modality.NEGATED));
        queries.add(all.withFrom(LocalDate.of(2024, 3, 15)));
        queries.add(all.withTo(LocalDate.of(2024, 3, 15)).withOffset(10).withLimit(20));
        queries.add(all.withFrom(LocalDate.of(2022, 1, 1)).withTo(LocalDate.of(2023, 6, 30)));
        // Left to SQL even with an index: substrings.
        queries.add(all.withText("tells").withActor("RUS"));
        return queries;
    }

    @Test
    void listingsAndCountsFromTheIndexEqualThoseBySql() throws Exception {
        buildMixedStore();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            EventReads indexed = store.eventReads();
            EventReads sql = store.sqlEventReads();
            assertTrue(indexed.hasIndex());
            for (EventQuery query : queries()) {
                assertEquals(sql.events(query), indexed.events(query), query.toString());
                assertEquals(sql.countEvents(query), indexed.countEvents(query), query.toString());
                assertEquals(sql.countEventsUpTo(query, 5), indexed.countEventsUpTo(query, 5), query.toString());
            }
            assertTrue(sql.countEvents(EventQuery.all().withPair("RUS", "CHN")) > 0);
        }
    }

    @Test
    void relationsAndTheNetworkFromTheIndexEqualThoseBySql() throws Exception {
        buildMixedStore();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            EventReads indexed = store.eventReads();
            EventReads sql = store.sqlEventReads();
            List<LocalDate[]> ranges = List.of(
                    new LocalDate[] {null, null},
                    new LocalDate[] {START.plusDays(5), START.plusDays(35)},
                    new LocalDate[] {LocalDate.of(2020, 1, 1), null},
                    new LocalDate[] {null, LocalDate.of(2024, 3, 20)});
            int nonEmpty = 0;
            for (Counting counting : Counting.values()) {
                for (LocalDate[] range : ranges) {
                    for (Period period : Period.values()) {
                        for (String[] pair : pairs(sql)) {
                            TableResult expected = sql.relation(pair[0], pair[1], period, range[0], range[1], counting);
                            assertSameTable(
                                    expected, indexed.relation(pair[0], pair[1], period, range[0], range[1], counting));
                            nonEmpty += expected.rows().isEmpty() ? 0 : 1;
                        }
                    }
                    for (int limit : List.of(1, 5, 200)) {
                        assertSameTable(
                                sql.network(range[0], range[1], limit, counting),
                                indexed.network(range[0], range[1], limit, counting));
                    }
                }
            }
            assertTrue(nonEmpty > 10, "too few relations to compare: " + nonEmpty);
        }
    }

    /** The stored pairs with the most events, both ways round, and an actor with itself. */
    private static List<String[]> pairs(EventReads sql) throws Exception {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {"FRA", "FRA"});
        for (List<Object> row : sql.network(null, null, 12, Counting.EVENTS).rows()) {
            pairs.add(new String[] {(String) row.get(0), (String) row.get(3)});
            pairs.add(new String[] {(String) row.get(3), (String) row.get(0)});
        }
        return pairs;
    }

    /** Equal tables, sums and means compared to the last few bits, as the order of addition may differ. */
    private static void assertSameTable(TableResult expected, TableResult actual) {
        assertEquals(expected.columns(), actual.columns());
        assertEquals(expected.rows().size(), actual.rows().size(), () -> expected.rows() + " vs " + actual.rows());
        for (int r = 0; r < expected.rows().size(); r++) {
            List<Object> want = expected.rows().get(r);
            List<Object> got = actual.rows().get(r);
            for (int c = 0; c < want.size(); c++) {
                if (want.get(c) instanceof Double d) {
                    assertEquals(d, (Double) got.get(c), 1e-9 * Math.max(1, Math.abs(d)), "row " + r + ": " + got);
                } else {
                    assertEquals(
                            want.get(c),
                            got.get(c),
                            "row " + r + " " + expected.columns().get(c) + ": " + got);
                }
            }
        }
    }

    @Test
    void aPutsEventsAreListedByTheVeryNextQuery() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            EventQuery byRivera = EventQuery.all().withActor("person:ana-rivera");
            assertEquals(0, store.countEvents(byRivera));
            store.put(Fixtures.report(
                    "First report",
                    START,
                    List.of(new Fixtures.Reported(
                            "CONSULT", List.of("person:ana-rivera"), List.of("RUS"), "2024-03-02", ""))));
            assertTrue(store.eventReads().hasIndex());
            List<EventRow> listed = store.events(byRivera);
            assertEquals(1, listed.size());
            assertEquals(store.sqlEventReads().events(byRivera), listed);
            assertEquals(1, store.countEvents(EventQuery.all().withPair("RUS", "person:ana-rivera")));
            assertEquals(
                    1,
                    store.relation("RUS", "person:ana-rivera", Period.DAY, null, null)
                            .rows()
                            .size());
        }
    }

    @Test
    void aMissingIndexIsRebuiltWhenTheStoreIsOpenedForWriting() throws Exception {
        buildMixedStore();
        deleteTree(dataDir.resolve(EventIndex.DIRECTORY));
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertFalse(store.eventReads().hasIndex(), "a read-only store cannot rebuild; it reads by SQL");
            assertTrue(store.countEvents(EventQuery.all()) > 400);
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertTrue(store.eventReads().hasIndex());
        }
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            EventReads indexed = store.eventReads();
            assertTrue(indexed.hasIndex());
            for (EventQuery query : queries()) {
                assertEquals(store.sqlEventReads().events(query), indexed.events(query), query.toString());
            }
        }
    }

    @Test
    void anIndexThatMissesEventsIsRebuiltNotUsed() throws Exception {
        Path saved = dataDir.resolve("saved-index");
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        copyTree(dataDir.resolve(EventIndex.DIRECTORY), saved);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.accusation());
        }
        deleteTree(dataDir.resolve(EventIndex.DIRECTORY));
        copyTree(saved, dataDir.resolve(EventIndex.DIRECTORY));
        EventQuery all = EventQuery.all();
        long stored;
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertFalse(store.eventReads().hasIndex(), "the stale index must not answer");
            stored = store.countEvents(all);
        }
        assertEquals(
                Fixtures.summit().events().size()
                        + Fixtures.accusation().events().size(),
                stored);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertTrue(store.eventReads().hasIndex());
            assertEquals(stored, store.countEvents(all));
            assertEquals(store.sqlEventReads().events(all), store.events(all));
        }
    }

    @Test
    void anIndexOfAnotherLayoutIsRebuilt() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        // An index as an older Annals left it: the same events, but unsorted and of another layout.
        try (var directory = FSDirectory.open(dataDir.resolve(EventIndex.DIRECTORY));
                var writer = new IndexWriter(
                        directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (int i = 0; i < Fixtures.summit().events().size(); i++) {
                writer.addDocument(new org.apache.lucene.document.Document());
            }
            writer.setLiveCommitData(Map.of("annals.event-index.layout", "0").entrySet());
            writer.commit();
        }
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertFalse(store.eventReads().hasIndex(), "an index of another layout must not answer");
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            EventQuery all = EventQuery.all();
            assertTrue(store.eventReads().hasIndex());
            assertEquals(Fixtures.summit().events().size(), store.countEvents(all));
            assertEquals(store.sqlEventReads().events(all), store.events(all));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
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
