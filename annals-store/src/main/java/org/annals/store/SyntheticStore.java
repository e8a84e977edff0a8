package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * Builds a large, realistic-looking store for benchmarks from generated text: the given real actors (countries, IGOs)
 * plus generated people, events with a news-like mix of types between pairs drawn from a Zipf distribution, dates
 * over 2019-2025, one quote per document, and the search index. Rows are spooled to temporary files and loaded by
 * DuckDB in one statement per table, so a million events take minutes, not hours. Deterministic for a seed.
 */
public final class SyntheticStore {
    /** Rows of each table, in the spool's column order, cast to the table's column types. */
    private static final Map<String, String> LOADS = Map.of(
            "documents",
            "c0, c1, c2, c3, c4, CAST(c5 AS DATE), c6, c7, c8, CAST(c9 AS TIMESTAMP), []::VARCHAR[], c0,"
                    + " []::VARCHAR[], NULL::DATE, ''",
            "blocks",
            "c0, CAST(c1 AS INTEGER), c2, CAST(c3 AS INTEGER), CAST(c4 AS INTEGER), c5",
            "mentions",
            "c0, CAST(c1 AS INTEGER), CAST(c2 AS INTEGER), c3, c4, c5, coalesce(c6, '')",
            "actors",
            "c0, c1, c2, coalesce(c3, ''), coalesce(c4, ''), coalesce(c5, ''),"
                    + " CASE WHEN coalesce(c6, '') = '' THEN []::VARCHAR[] ELSE string_split(c6, '|') END",
            "document_actors",
            "c0, c1, CAST(c2 AS INTEGER)",
            "quotes",
            "c0, CAST(c1 AS INTEGER), CAST(c2 AS INTEGER), CAST(c3 AS INTEGER), c4, c5, c6, CAST(c7 AS INTEGER),"
                    + " CAST(c8 AS INTEGER), c9, c10",
            "events",
            "c0, c1, c2, c3, coalesce(c4, ''), c5, c6, c7, CAST(c8 AS DATE), CAST(c9 AS DATE), coalesce(c10, ''),"
                    + " coalesce(c11, ''), CAST(c12 AS DOUBLE), CAST(c13 AS DOUBLE), CAST(c14 AS INTEGER),"
                    + " CAST(c15 AS INTEGER), c16, c17, CAST(c18 AS INTEGER), CAST(c19 AS INTEGER), c20, c21,"
                    // Each synthetic event is a happening of its own, without contexts, gazetteer place, quote or
                    // mentions.
                    + " c0, []::VARCHAR[], '', '', NULL, NULL, '', NULL, []::VARCHAR[], []::INTEGER[],"
                    + " []::INTEGER[]",
            "event_actors",
            "c0, c1, c2, CAST(c3 AS INTEGER)",
            "doc_signatures",
            "c0, CAST(c1 AS INTEGER), CASE WHEN coalesce(c2, '') = '' THEN []::BIGINT[]"
                    + " ELSE CAST(string_split(c2, ' ') AS BIGINT[]) END",
            "doc_bands",
            "CAST(c0 AS BIGINT), CAST(c1 AS INTEGER), c2");

    private static final List<String> LOAD_ORDER = List.of(
            "actors",
            "documents",
            "blocks",
            "mentions",
            "document_actors",
            "quotes",
            "events",
            "event_actors",
            "doc_signatures",
            "doc_bands");

    private SyntheticStore() {}

    /** How big a store to build; the same seed gives the same store. */
    public record Settings(int documents, long events, long seed) {
        public Settings {
            if (documents < 1) {
                throw new IllegalArgumentException("documents must be at least 1, got " + documents);
            }
            if (events < 0) {
                throw new IllegalArgumentException("events must be zero or more, got " + events);
            }
            if (events / documents > 10_000) {
                throw new IllegalArgumentException("at most 10,000 events per document; give more documents");
            }
        }

        int eventsOf(int document) {
            return (int) (events / documents + (document < events % documents ? 1 : 0));
        }
    }

    /** What was written. */
    public record Result(long documents, long events, long quotes, long actors) {}

    /**
     * Writes a new store into {@code dataDir}, which must not hold documents yet. {@code seedActors} are the real
     * actors to use (countries, IGOs, ...); {@code intensities} gives each event type's intensity (as the coder's
     * ontology does); {@code progress} hears a line now and then.
     */
    public static Result build(
            Path dataDir,
            Settings settings,
            List<Actor> seedActors,
            Map<String, Double> intensities,
            Consumer<String> progress) {
        if (seedActors.isEmpty()) {
            throw new IllegalArgumentException("the synthetic store needs some real actors to start from");
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            long stored = store.summary(0).documents();
            if (stored > 0) {
                throw new IllegalArgumentException("the store in " + dataDir + " already holds " + stored
                        + " documents; a synthetic store is written into an empty data directory");
            }
            SplittableRandom random = new SplittableRandom(settings.seed());
            List<Actor> actors = actorPool(seedActors, settings, random);
            store.bulkLoad((connection, index) ->
                    fill(connection, index, settings, actors, intensities, random, dataDir, progress));
            return new Result(settings.documents(), settings.events(), settings.documents(), actors.size());
        }
    }

    private static List<Actor> actorPool(List<Actor> seeds, Settings settings, SplittableRandom random) {
        List<String> countries = seeds.stream()
                .filter(a -> a.kind() == ActorKind.COUNTRY)
                .map(Actor::country)
                .toList();
        int people = Math.min(SyntheticPeople.maxPeople(), Math.max(20, settings.documents() / 50));
        List<Actor> pool = new ArrayList<>(seeds);
        pool.addAll(SyntheticPeople.generate(people, countries, random));
        // Who ranks first in the Zipf draw is itself drawn, so no actor is special-cased.
        Collections.shuffle(pool, new Random(random.nextLong()));
        return List.copyOf(pool);
    }

    private static void fill(
            Connection connection,
            FullTextIndex index,
            Settings settings,
            List<Actor> actors,
            Map<String, Double> intensities,
            SplittableRandom random,
            Path dataDir,
            Consumer<String> progress)
            throws SQLException, IOException {
        Path spoolDir = Files.createTempDirectory(dataDir, "synthetic-");
        try {
            Map<String, TsvSpool> spools = openSpools(spoolDir);
            try {
                for (Actor actor : actors) {
                    spools.get("actors")
                            .row(
                                    actor.id(),
                                    actor.name(),
                                    actor.kind().name(),
                                    actor.country(),
                                    actor.role(),
                                    actor.sector(),
                                    String.join("|", actor.aliases()));
                }
                SyntheticCorpus corpus = new SyntheticCorpus(random, actors, intensities, spoolsOf(spools), index);
                for (int i = 0; i < settings.documents(); i++) {
                    corpus.write(i, settings.eventsOf(i));
                    if ((i + 1) % 10_000 == 0) {
                        progress.accept("generated " + (i + 1) + " documents");
                    }
                }
            } finally {
                for (TsvSpool spool : spools.values()) {
                    spool.close();
                }
            }
            progress.accept("loading the tables into DuckDB");
            for (String table : LOAD_ORDER) {
                load(connection, table, spools.get(table));
            }
        } finally {
            deleteRecursively(spoolDir);
        }
    }

    private static Map<String, TsvSpool> openSpools(Path dir) throws IOException {
        Map<String, TsvSpool> spools = new java.util.LinkedHashMap<>();
        for (String table : LOAD_ORDER) {
            spools.put(table, new TsvSpool(dir.resolve(table + ".tsv")));
        }
        return spools;
    }

    private static SyntheticCorpus.Spools spoolsOf(Map<String, TsvSpool> spools) {
        return new SyntheticCorpus.Spools(
                spools.get("documents"),
                spools.get("blocks"),
                spools.get("mentions"),
                spools.get("document_actors"),
                spools.get("quotes"),
                spools.get("events"),
                spools.get("event_actors"),
                spools.get("doc_signatures"),
                spools.get("doc_bands"));
    }

    private static void load(Connection connection, String table, TsvSpool spool) throws SQLException {
        if (spool.rows() == 0) {
            return;
        }
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < maxColumn(LOADS.get(table)) + 1; i++) {
            columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        String sql = "INSERT INTO " + table + " SELECT " + LOADS.get(table) + " FROM read_csv("
                + SqlLiterals.text(spool.file().toAbsolutePath().toString())
                + ", delim = '\t', header = false, quote = '', escape = '', nullstr = '\\N', auto_detect = false,"
                + " columns = {" + columns + "})";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int maxColumn(String select) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\bc(\\d+)\\b").matcher(select);
        int max = -1;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the temporary files in " + dir, e);
        }
    }
}
