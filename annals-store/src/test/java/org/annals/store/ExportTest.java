package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    private AnnalsStore store;
    private final Document summit = Fixtures.summit();
    private final Document accusation = Fixtures.accusation();

    @BeforeEach
    void fill() {
        try (AnnalsStore writer = AnnalsStore.openForWriting(dataDir)) {
            writer.put(summit);
            writer.put(accusation);
        }
        store = AnnalsStore.openReadOnly(dataDir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Collects what an export sends, for assertions. */
    private static final class Collected implements ExportSink {
        final List<String> columns = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void start(List<String> names) {
            columns.addAll(names);
        }

        @Override
        public void row(List<Object> values) {
            rows.add(values);
        }

        Object value(int row, String column) {
            return rows.get(row).get(columns.indexOf(column));
        }
    }

    private Collected export(ExportQuery query) throws IOException {
        Collected collected = new Collected();
        long count = store.export(query, collected);
        assertEquals(collected.rows.size(), count);
        return collected;
    }

    @Test
    void eventsComeOldestFirstWithActorsEvidenceAndDocument() throws IOException {
        Collected events = export(ExportQuery.all(ExportTable.EVENTS));
        assertEquals(4, events.rows.size());
        assertEquals("ACCUSE", events.value(0, "type"));
        assertEquals(List.of(Fixtures.PUTIN), events.value(0, "source_ids"));
        assertEquals(List.of("NATO"), events.value(0, "target_names"));
        assertEquals(Fixtures.NATO, events.value(0, "actor2_id"));
        assertEquals("IGO", events.value(0, "actor2_kind"));
        assertEquals("https://example.org/nato", events.value(0, "url"));
        assertEquals(LocalDate.of(2024, 5, 16), events.value(0, "date_start"));
        int visit = rowWith(events, "rule", "consult.meet");
        assertEquals("Beijing", events.value(visit, "place"));
        assertEquals("CHN", events.value(visit, "actor1_country"));
        assertEquals("GOV", events.value(visit, "actor1_sector"));
        assertEquals("visit", events.value(visit, "mode"));
    }

    @Test
    void eachActorOfASideHasItsKindCountryAndSectorInTheOrderOfTheIds() throws IOException {
        Collected events = export(ExportQuery.all(ExportTable.EVENTS));
        int visit = rowWith(events, "rule", "consult.meet");
        assertEquals(List.of(events.value(visit, "actor1_kind")), events.value(visit, "source_kinds"));
        assertEquals(List.of(events.value(visit, "actor1_country")), events.value(visit, "source_countries"));
        assertEquals(List.of(events.value(visit, "actor1_sector")), events.value(visit, "source_sectors"));
        assertEquals(List.of("IGO"), events.value(0, "target_kinds"));
        for (int row = 0; row < events.rows.size(); row++) {
            assertEquals(
                    ((List<?>) events.value(row, "target_ids")).size(),
                    ((List<?>) events.value(row, "target_countries")).size());
        }
    }

    @Test
    void eventsExportTheirContextsGazetteerPlaceAndQuote() throws IOException {
        Collected events = export(ExportQuery.all(ExportTable.EVENTS));
        int visit = rowWith(events, "rule", "consult.meet");
        assertEquals(List.of("diplomatic"), events.value(visit, "contexts"));
        assertEquals(Fixtures.BEIJING.id(), events.value(visit, "place_id"));
        assertEquals("CHN", events.value(visit, "place_country"));
        assertEquals("capital", events.value(visit, "place_kind"));
        assertEquals(Fixtures.BEIJING.latitude(), (Double) events.value(visit, "place_lat"), 1e-9);
        assertEquals(Fixtures.BEIJING.longitude(), (Double) events.value(visit, "place_lon"), 1e-9);
        assertEquals(null, events.value(visit, "quote"));
        int sign = rowWith(events, "rule", "agree.sign");
        assertEquals(List.of("diplomatic", "economic"), events.value(sign, "contexts"));
        assertEquals("We agreed on energy cooperation.", events.value(sign, "quote"));
        assertEquals(Fixtures.PUTIN, events.value(sign, "quote_speaker_id"));
        assertEquals(null, events.value(sign, "place_lat"), "no place, no coordinates");
    }

    @Test
    void eventFiltersAreThoseOfTheEventListingPlusPlace() throws IOException {
        assertEquals(1, count(ExportQuery.all(ExportTable.EVENTS).withType("accuse")));
        assertEquals(2, count(ExportQuery.all(ExportTable.EVENTS).withActor("xi")));
        Collected minsk = export(ExportQuery.all(ExportTable.EVENTS).withPlace("minsk"));
        assertEquals(1, minsk.rows.size());
        assertEquals("BLR", minsk.value(0, "place_id"));
        // The year-dated future visit (2025) overlaps September 2025 as well.
        assertEquals(3, count(ExportQuery.all(ExportTable.EVENTS).withRange(LocalDate.of(2025, 9, 1), null)));
        assertEquals(1, count(ExportQuery.all(ExportTable.EVENTS).withRange(null, LocalDate.of(2024, 12, 31))));
    }

    private int count(ExportQuery query) throws IOException {
        return export(query).rows.size();
    }

    @Test
    void quotesAndActorsExportWithTheirOwnFilters() throws IOException {
        Collected quotes = export(ExportQuery.all(ExportTable.QUOTES).withActor("putin"));
        assertEquals(1, quotes.rows.size());
        assertEquals("We agreed on energy cooperation.", quotes.value(0, "text"));
        assertEquals("Vladimir Putin", quotes.value(0, "speaker_name"));
        assertEquals(List.of("AGREE"), quotes.value(0, "event_types"));
        Collected actors = export(ExportQuery.all(ExportTable.ACTORS).withActor("putin"));
        assertEquals(1, actors.rows.size());
        assertEquals(2L, ((Number) actors.value(0, "documents")).longValue());
    }

    @Test
    void filtersThatDoNotApplyToTheTableAreRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ExportQuery.all(ExportTable.QUOTES)
                        .withType("ACCUSE"));
        assertTrue(e.getMessage().contains("type filter applies to events"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExportQuery.all(ExportTable.ACTORS)
                .withRange(LocalDate.of(2025, 1, 1), null));
    }

    @Test
    void parquetIsWrittenByDuckDbAndReadsBackWithTheSameValues() throws SQLException {
        Path file = outDir.resolve("it's events.parquet");
        long rows = store.exportParquet(ExportQuery.all(ExportTable.EVENTS).withActor("o'brien or putin"), file);
        assertEquals(0, rows);
        rows = store.exportParquet(ExportQuery.all(ExportTable.EVENTS).withActor("putin"), file);
        assertEquals(4, rows);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                ResultSet r = statement.executeQuery("SELECT type, source_ids, date_start, quantities FROM '"
                        + file.toString().replace("'", "''") + "' WHERE type = 'AGREE'")) {
            assertTrue(r.next());
            assertEquals("AGREE", r.getString(1));
            assertEquals(List.of(Fixtures.PUTIN), SqlArrays.strings(r.getArray(2)));
            assertEquals(LocalDate.of(2025, 9, 1), r.getObject(3, LocalDate.class));
            assertTrue(r.getString(4).contains("2 billion"), r.getString(4));
        }
    }

    @Test
    void eventsExportedInSmallChunksAreTheSameRowsInTheSameOrder() throws IOException {
        Collected whole = export(ExportQuery.all(ExportTable.EVENTS));
        for (int rows : new int[] {1, 2, 3, 4}) {
            Collected chunked = new Collected();
            long count = store.export(ExportQuery.all(ExportTable.EVENTS), chunked, new EventChunks(rows));
            assertEquals(whole.rows.size(), count, "chunks of " + rows);
            assertEquals(whole.columns, chunked.columns, "chunks of " + rows);
            assertEquals(whole.rows, chunked.rows, "chunks of " + rows);
        }
        Collected filtered = new Collected();
        store.export(ExportQuery.all(ExportTable.EVENTS).withActor("xi"), filtered, new EventChunks(1));
        assertEquals(export(ExportQuery.all(ExportTable.EVENTS).withActor("xi")).rows, filtered.rows);
    }

    @Test
    void parquetFromChunksKeepsTheOrderAndLeavesNoPartFiles() throws SQLException, IOException {
        Path file = outDir.resolve("chunked.parquet");
        assertEquals(4, store.exportParquet(ExportQuery.all(ExportTable.EVENTS), file, new EventChunks(1)));
        List<String> ids = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement();
                ResultSet r = statement.executeQuery("SELECT id FROM '" + file + "'")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        List<Object> expected = new ArrayList<>();
        for (List<Object> row : export(ExportQuery.all(ExportTable.EVENTS)).rows) {
            expected.add(row.get(0));
        }
        assertEquals(expected, ids);
        try (var left = java.nio.file.Files.list(outDir)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    private static int rowWith(Collected collected, String column, Object value) {
        for (int i = 0; i < collected.rows.size(); i++) {
            if (value.equals(collected.value(i, column))) {
                return i;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value);
    }
}
