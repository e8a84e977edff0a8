package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.annals.coding.CameoCode;
import org.annals.coding.CameoMapping;
import org.annals.coding.Dyads;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of a small synthetic store (no models needed), checked against the store and read back by parsers. */
class ExportCliTest {
    private static final int EVENTS = 240;

    @TempDir
    static Path dir;

    private static Path data;

    @BeforeAll
    static void buildStore() {
        data = dir.resolve("data");
        CliRun run = CliRun.of(
                "bench", "store", "--documents", "40", "--events", "" + EVENTS, "--seed", "3", "--data-dir", "" + data);
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("40 documents, " + EVENTS + " events"), run.out());
    }

    private static CliRun export(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("export", "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static List<List<Object>> sql(String query) {
        try (AnnalsStore store = AnnalsStore.openReadOnly(data)) {
            return store.sql(query).rows();
        }
    }

    private static long count(String query) {
        return ((Number) sql(query).get(0).get(0)).longValue();
    }

    @Test
    void jsonlHasOneObjectPerEventWithActorsAndEvidence() throws IOException {
        CliRun run = export("--format", "jsonl");
        assertEquals(Main.OK, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(EVENTS, lines.length);
        for (String line : lines) {
            assertTrue(line.startsWith("{\"id\":") && line.endsWith("}"), line);
        }
        assertTrue(run.err().contains("Exported " + EVENTS + " events"), run.err());
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        List<Object> stored = sql("SELECT e.evidence, e.type, ea.actor_id FROM events e JOIN event_actors ea"
                        + " ON ea.event_id = e.id AND ea.role = 'source' WHERE e.id = '"
                        + first.get("id").asText() + "'")
                .get(0);
        assertEquals(stored.get(0), first.get("evidence").asText());
        assertEquals(stored.get(1), first.get("type").asText());
        assertEquals(stored.get(2), first.get("source_ids").get(0).asText());
        assertEquals(stored.get(2), first.get("actor1_id").asText());
    }

    @Test
    void csvReadsBackWithACsvParserAndFiltersApply() throws IOException, SQLException {
        Path file = dir.resolve("consult.csv");
        CliRun run = export("--format", "csv", "--type", "consult", "--output", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        long consults = count("SELECT count(*) FROM events WHERE type = 'CONSULT'");
        assertTrue(consults > 0 && consults < EVENTS);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                ResultSet r = statement.executeQuery("SELECT count(*), count(DISTINCT type), min(evidence),"
                        + " bool_and(evidence LIKE '%' || split_part(source_names, '|', 1) || '%')"
                        + " FROM read_csv('" + file + "', header = true, all_varchar = true)")) {
            assertTrue(r.next());
            assertEquals(consults, r.getLong(1));
            assertEquals(1, r.getLong(2));
            assertEquals(
                    sql("SELECT min(evidence) FROM events WHERE type = 'CONSULT'")
                            .get(0)
                            .get(0),
                    r.getString(3));
            assertTrue(r.getBoolean(4), "each evidence sentence names its source");
        }
    }

    @Test
    void parquetReadsBackWithDuckDb() throws SQLException {
        Path file = dir.resolve("events.parquet");
        CliRun run = export("--format", "parquet", "--from", "2022-01-01", "--output", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        long recent = count("SELECT count(*) FROM events WHERE date_end >= DATE '2022-01-01'");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                ResultSet r =
                        statement.executeQuery("SELECT count(*), min(date_end), sum(intensity) FROM '" + file + "'")) {
            assertTrue(r.next());
            assertEquals(recent, r.getLong(1));
            assertTrue(!r.getObject(2, java.time.LocalDate.class).isBefore(java.time.LocalDate.of(2022, 1, 1)));
            double storedSum = ((Number) sql("SELECT sum(intensity) FROM events WHERE date_end >= DATE '2022-01-01'")
                            .get(0)
                            .get(0))
                    .doubleValue();
            assertEquals(storedSum, r.getDouble(3), 1e-6);
        }
    }

    @Test
    void gdeltRowsHave61FieldsAndCameoCodes() throws IOException {
        Path file = dir.resolve("events.gdelt.tsv");
        CliRun run = export("--format", "gdelt", "--header", "--output", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(dyads() + 1, lines.size());
        List<String> header = List.of(lines.get(0).split("\t", -1));
        assertEquals(61, header.size());
        assertEquals("GLOBALEVENTID", header.get(0));
        assertEquals("EventCode", header.get(26));
        assertEquals("SOURCEURL", header.get(60));
        CameoMapping cameo = CameoMapping.standard();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertEquals(61, fields.length, line);
            assertTrue(fields[1].matches("20(19|2[0-5])\\d{4}"), fields[1]);
            assertTrue(fields[60].startsWith("https://example.org/synthetic/"), fields[60]);
        }
        List<Object> event = sql("SELECT e.id, e.type, e.mode, a.id, a.kind, a.country, a.sector FROM events e"
                        + " JOIN event_actors ea ON ea.event_id = e.id AND ea.role = 'source'"
                        + " JOIN actors a ON a.id = ea.actor_id WHERE a.kind = 'COUNTRY' ORDER BY e.id LIMIT 1")
                .get(0);
        List<String[]> rows = linesFor(lines, GdeltEventId.of((String) event.get(0)));
        CameoCode code = cameo.code((String) event.get(1), (String) event.get(2));
        for (String[] row : rows) {
            assertEquals(code.eventCode(), row[26]);
            assertEquals(code.rootCode(), row[28]);
            assertEquals(Integer.toString(code.quadClass()), row[29]);
        }
        assertTrue(
                rows.stream().anyMatch(row -> row[5].equals(event.get(5)) && row[7].equals(event.get(5))),
                "a country's actor code is its ISO3 code, on the line of its dyad");
    }

    private static List<String[]> linesFor(List<String> lines, long globalEventId) {
        return lines.stream()
                .filter(line -> line.startsWith(globalEventId + "\t"))
                .map(line -> line.split("\t", -1))
                .toList();
    }

    /** The dyads of the stored events: each source with each target ({@link Dyads}, tested on its own). */
    private static long dyads() {
        return sql("SELECT e.id, list(ea.actor_id ORDER BY ea.ord) FILTER (WHERE ea.role = 'source'),"
                        + " list(ea.actor_id ORDER BY ea.ord) FILTER (WHERE ea.role = 'target') FROM events e"
                        + " LEFT JOIN event_actors ea ON ea.event_id = e.id GROUP BY e.id")
                .stream()
                .mapToLong(row -> Dyads.of(ids(row.get(1)), ids(row.get(2))).size())
                .sum();
    }

    private static List<String> ids(Object list) {
        return list == null
                ? List.of()
                : ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @Test
    void gdeltIdsAreStableAndSharedByTheDyadsOfAnEvent() {
        CliRun run = export("--format", "gdelt");
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<String> ids = run.out().lines().map(line -> line.split("\t", 2)[0]).toList();
        assertEquals(dyads(), ids.size());
        assertEquals(EVENTS, ids.stream().distinct().count(), "the lines of one event share its id");
        assertEquals(
                ids,
                export("--format", "gdelt")
                        .out()
                        .lines()
                        .map(line -> line.split("\t", 2)[0])
                        .toList());
    }

    @Test
    void quotesAndActorsExportAsJsonl() {
        CliRun quotes = export("--format", "jsonl", "--table", "quotes");
        assertEquals(Main.OK, quotes.exitCode(), quotes.err());
        assertEquals(40, quotes.out().lines().count());
        CliRun actors = export("--format", "csv", "--table", "actors");
        assertEquals(
                count("SELECT count(*) FROM actors") + 1, actors.out().lines().count());
    }

    @Test
    void impossibleCombinationsAreRefusedClearly() {
        CliRun parquet = export("--format", "parquet");
        assertEquals(Main.FAILURE, parquet.exitCode());
        assertTrue(parquet.err().contains("--format parquet needs --output FILE"), parquet.err());
        CliRun gdelt = export("--format", "gdelt", "--table", "quotes");
        assertEquals(Main.FAILURE, gdelt.exitCode());
        assertTrue(gdelt.err().contains("exports --table events only"), gdelt.err());
        CliRun type = export("--format", "jsonl", "--table", "actors", "--type", "CONSULT");
        assertEquals(Main.FAILURE, type.exitCode());
        assertTrue(type.err().contains("type filter applies to events"), type.err());
        CliRun pair = export("--format", "jsonl", "--pair", "Russia");
        assertEquals(Main.FAILURE, pair.exitCode());
        assertTrue(pair.err().contains("pair needs exactly two"), pair.err());
        assertTrue(!pair.err().contains("this is a bug"), pair.err());
        CliRun memory = export("--format", "jsonl", "--memory-limit", "half");
        assertEquals(Main.FAILURE, memory.exitCode());
        assertTrue(memory.err().contains("--memory-limit must be a whole number of MB or GB"), memory.err());
    }
}
