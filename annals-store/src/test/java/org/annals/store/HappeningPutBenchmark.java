package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Put throughput on an empty store and on one preloaded with {@code annals.bench.events} synthetic events (default
 * 100,000) over a year, 20 types and 300 actors. Not a test: run it with
 * {@code -Dtest=HappeningPutBenchmark -Dannals.bench=true} and read the printed lines.
 */
@EnabledIfSystemProperty(named = "annals.bench", matches = "true")
class HappeningPutBenchmark {
    private static final List<String> TYPES = List.of(
            "CONSULT",
            "AGREE",
            "ACCUSE",
            "THREATEN",
            "SANCTION",
            "SUPPORT",
            "REQUEST",
            "REJECT",
            "COOPERATE",
            "AID",
            "DEMAND",
            "PROTEST",
            "MOBILIZE",
            "ASSAULT",
            "FIGHT",
            "COERCE",
            "RETREAT",
            "CONCEDE",
            "DISAPPROVE",
            "YIELD");
    private static final int ACTORS = 300;
    private static final int EVENTS_PER_STORED_DOCUMENT = 50;
    private static final int PUTS = Integer.getInteger("annals.bench.puts", 400);
    private static final int EVENTS_PER_PUT = 5;

    @TempDir
    Path dataDir;

    @Test
    void putThroughput() throws Exception {
        int preload = Integer.getInteger("annals.bench.events", 100_000);
        System.out.println(measure(dataDir.resolve("empty"), 0));
        System.out.println(measure(dataDir.resolve("loaded"), preload));
    }

    @Test
    void migrationBackfill() throws Exception {
        int preload = Integer.getInteger("annals.bench.events", 100_000);
        Path dir = dataDir.resolve("migrated");
        AnnalsStore.openForWriting(dir).close();
        try (Connection connection = Database.open(dir, false);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP VIEW happenings");
            statement.execute("DROP INDEX events_happening");
            statement.execute("ALTER TABLE events DROP COLUMN happening_id");
            statement.execute("UPDATE annals_meta SET value = '3' WHERE key = 'schema_version'");
            preload(statement, preload);
        }
        long start = System.nanoTime();
        try (AnnalsStore store = AnnalsStore.openForWriting(dir)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            Summary summary = store.summary(0);
            // A cross-check by brute force: events with an earlier event of the same type, source and target.
            System.out.println("later events of matching pairs found by a self-join: "
                    + store.sql("WITH a AS (SELECT e.id, e.type, e.date_start,"
                                    + " (SELECT actor_id FROM event_actors WHERE event_id = e.id AND role = 'source') s,"
                                    + " (SELECT actor_id FROM event_actors WHERE event_id = e.id AND role = 'target') t"
                                    + " FROM events e) SELECT count(DISTINCT x.id), count(*) FROM a x JOIN a y ON x.type = y.type"
                                    + " AND x.s = y.s AND x.t = y.t AND x.id < y.id"
                                    + " AND abs(x.date_start - y.date_start) <= 1")
                            .rows()
                            .get(0));
            System.out.println(String.format(
                    Locale.ROOT,
                    "migrating %d events to version 4 (%d happenings) and opening took %.2f s",
                    summary.events(),
                    summary.happenings(),
                    seconds));
        }
    }

    private String measure(Path dir, int preload) throws Exception {
        AnnalsStore.openForWriting(dir).close();
        try (Connection connection = Database.open(dir, false);
                Statement statement = connection.createStatement()) {
            preload(statement, preload);
        }
        List<Document> docs = documents(new Random(preload + 1L));
        try (AnnalsStore store = AnnalsStore.openForWriting(dir)) {
            for (int i = 0; i < 20; i++) {
                store.put(docs.get(i));
            }
            long start = System.nanoTime();
            for (int i = 20; i < docs.size(); i++) {
                store.put(docs.get(i));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int timed = docs.size() - 20;
            Summary summary = store.summary(0);
            return String.format(
                    Locale.ROOT,
                    "store with %d events (%d happenings): %d puts of %d events in %.2f s = %.1f docs/s, %.2f ms/doc",
                    summary.events(),
                    summary.happenings(),
                    timed,
                    EVENTS_PER_PUT,
                    seconds,
                    timed / seconds,
                    1000 * seconds / timed);
        }
    }

    private static void preload(Statement statement, int events) throws Exception {
        if (events == 0) {
            return;
        }
        int documents = events / EVENTS_PER_STORED_DOCUMENT;
        statement.execute("INSERT INTO documents (id, source, url, publisher, title, published, language, text,"
                + " format, ingested_at, problems, story_id) SELECT 'bulk' || i, 'bench', '', '', 'Bulk ' || i,"
                + " DATE '2024-01-01' + CAST(i % 365 AS INTEGER), 'en', 'Bulk text ' || i, 'text',"
                + " TIMESTAMP '2024-01-01' + to_seconds(i), [], 'bulk' || i FROM range(" + documents + ") t(i)");
        statement.execute("INSERT INTO doc_signatures SELECT 'bulk' || i, 0, [] FROM range(" + documents + ") t(i)");
        String types = "['" + String.join("', '", TYPES) + "']";
        statement.execute("INSERT INTO events (id, doc_id, local_id, type, mode, modality, date, granularity,"
                + " date_start, date_end, place, place_id, intensity, confidence, evidence_start, evidence_end,"
                + " evidence, trigger, trigger_start, trigger_end, rule, quantities)"
                + " SELECT 'bulk' || (i // " + EVENTS_PER_STORED_DOCUMENT + ") || ':e' || (i % "
                + EVENTS_PER_STORED_DOCUMENT + "), 'bulk' || (i // " + EVENTS_PER_STORED_DOCUMENT + "), 'e' || i, "
                + types + "[CAST(hash(i, 1) % 20 AS INTEGER) + 1], '', 'ASSERTED', strftime(d, '%Y-%m-%d'), 'DAY',"
                + " d, d, '', '', 1, 1, 0, 1, 'x', 'x', 0, 1, '', '[]'"
                + " FROM (SELECT i, DATE '2024-01-01' + CAST(hash(i, 2) % 365 AS INTEGER) AS d"
                + " FROM range(" + events + ") t(i))");
        statement.execute("INSERT INTO event_actors SELECT 'bulk' || (i // " + EVENTS_PER_STORED_DOCUMENT
                + ") || ':e' || (i % " + EVENTS_PER_STORED_DOCUMENT + "), 'bench:' || (hash(i, r) % " + ACTORS
                + "), r, 0 FROM range(" + events + ") t(i), (VALUES ('source'), ('target')) v(r)");
        if (hasHappenings(statement)) {
            statement.execute("UPDATE events SET happening_id = id");
        }
    }

    private static boolean hasHappenings(Statement statement) throws Exception {
        try (ResultSet r = statement.executeQuery("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'events' AND column_name = 'happening_id'")) {
            return r.next() && r.getLong(1) > 0;
        }
    }

    private static List<Document> documents(Random random) {
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < PUTS; d++) {
            List<Fixtures.Reported> events = new ArrayList<>();
            for (int e = 0; e < EVENTS_PER_PUT; e++) {
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
                events.add(new Fixtures.Reported(
                        TYPES.get(random.nextInt(TYPES.size())),
                        List.of("bench:" + random.nextInt(ACTORS)),
                        List.of("bench:" + random.nextInt(ACTORS)),
                        day.toString(),
                        ""));
            }
            docs.add(Fixtures.report("Benchmark report " + random.nextLong(), LocalDate.of(2024, 6, 1), events));
        }
        return docs;
    }
}
