package org.annals.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Service times of event reads through the event index and by SQL, and the cost of a put, on an existing
 * store ({@code annals.bench.dir}, e.g. one built by {@code annals bench store}). Not a test: run it with
 * {@code -Dtest=EventIndexBenchmark -Dannals.bench=true -Dannals.bench.dir=DIR} (and
 * {@code -Dannals.bench.sql=false} to skip the SQL reads) and read the printed lines. It
 * opens the store for writing (building the event index when missing) and puts a few small reports into it.
 */
@EnabledIfSystemProperty(named = "annals.bench", matches = "true")
class EventIndexBenchmark {
    private static final int RUNS = 7;

    /** A timed read. */
    private interface Work {
        Object run() throws Exception;
    }

    @Test
    void printServiceTimes() throws Exception {
        Path dir = Path.of(System.getProperty("annals.bench.dir"));
        long opening = System.nanoTime();
        try (AnnalsStore store = AnnalsStore.openForWriting(dir)) {
            print("open for writing (builds a missing event index)", millis(opening));
            EventReads indexed = store.eventReads();
            EventReads sql = store.sqlEventReads();
            List<Object> top = sql.network(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 1, Counting.EVENTS)
                    .rows()
                    .get(0);
            String a = (String) top.get(0);
            String b = (String) top.get(3);
            EventQuery page = EventQuery.all().withLimit(50).withOffset(50);
            EventQuery byActor = page.withActor(a);
            EventQuery byPair = page.withPair(a, b);
            EventQuery byType =
                    page.withType("CONSULT").withFrom(LocalDate.of(2025, 1, 1)).withTo(LocalDate.of(2025, 3, 31));
            for (EventQuery q : List.of(byActor, byPair, byType)) {
                String name = q.actor().isEmpty() ? q.pair().isEmpty() ? "type+dates" : "pair" : "actor";
                time("events " + name + " page (index)", () -> indexed.events(q));
                time("events " + name + " count (index)", () -> indexed.countEventsUpTo(q, 10_000));
                time("events " + name + " page (SQL)", () -> sql.events(q));
                time("events " + name + " count (SQL)", () -> sql.countEventsUpTo(q, 10_000));
            }
            for (Counting counting : Counting.values()) {
                String c = counting.name().toLowerCase(Locale.ROOT);
                time(
                        "relation month " + c + " (index)",
                        () -> indexed.relation(a, b, Period.MONTH, null, null, counting));
                time("relation month " + c + " (SQL)", () -> sql.relation(a, b, Period.MONTH, null, null, counting));
                time(
                        "network 90 days " + c + " (index)",
                        () -> indexed.network(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 30, counting));
                time(
                        "network 90 days " + c + " (SQL)",
                        () -> sql.network(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 30, counting));
            }
        }
    }

    @Test
    void printPutTimes() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(Path.of(System.getProperty("annals.bench.dir")))) {
            // The store's own index and writer, to time the index's share of a put by doing it once more.
            EventIndex index = (EventIndex) privateField(store, "eventIndex");
            DocumentWriter writer = (DocumentWriter) privateField(store, "writer");
            double[] puts = new double[RUNS * 5];
            double[] indexing = new double[puts.length];
            for (int i = 0; i < puts.length; i++) {
                var doc = Fixtures.report(
                        "Benchmark report " + System.nanoTime(),
                        LocalDate.of(2025, 6, 1),
                        List.of(new Fixtures.Reported("CONSULT", List.of("RUS"), List.of("CHN"), "2025-05-30", "")));
                long start = System.nanoTime();
                store.put(doc);
                puts[i] = millis(start);
                start = System.nanoTime();
                index.put(writer.writtenEvents());
                indexing[i] = millis(start);
            }
            print("put of a one-event report, median", median(puts));
            print("  the event index's share (update and reopen), median", median(indexing));
        }
    }

    private static Object privateField(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }

    /**
     * Prints the median wall time and the median CPU time of this thread: on a busy machine the CPU time is the
     * better measure of the work itself (but misses DuckDB's own threads, so SQL reads look cheaper than they are).
     */
    private static void time(String what, Work work) throws Exception {
        if (what.endsWith("(SQL)") && !Boolean.parseBoolean(System.getProperty("annals.bench.sql", "true"))) {
            return;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        work.run();
        double[] times = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            times[i] = millis(start);
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%-58s %10.1f ms %8.1f ms CPU%n", what, median(times), median(cpu));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, double millis) {
        System.out.printf(Locale.ROOT, "%-58s %10.1f ms%n", what, millis);
    }
}
