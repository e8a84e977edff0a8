package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores written by an older Annals are upgraded when opened for writing, keeping what they hold. */
class SchemaMigrationTest {
    @TempDir
    Path dataDir;

    private static Document withRichMetadata(Document doc) {
        return doc.withMetadata(doc.metadata()
                .withAuthors(List.of("Jane Doe", "John Roe"))
                .withModified(LocalDate.of(2025, 9, 3))
                .withSection("World"));
    }

    @Test
    void authorsModifiedAndSectionAreStoredAndQueryable() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(withRichMetadata(Fixtures.summit()));
            List<List<Object>> rows = store.sql(
                            "SELECT list_contains(authors, 'John Roe'), modified, section FROM documents")
                    .rows();
            assertEquals(List.of(List.of(true, LocalDate.of(2025, 9, 3), "World")), normalised(rows));
        }
    }

    @Test
    void aVersionTwoStoreGainsTheNewColumnsAndKeepsItsDocuments() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            OlderSchemas.dropEventRecord(statement);
            statement.execute("DROP VIEW happenings");
            statement.execute("DROP INDEX events_happening");
            statement.execute("ALTER TABLE events DROP COLUMN happening_id");
            statement.execute("ALTER TABLE documents DROP COLUMN section");
            statement.execute("ALTER TABLE documents DROP COLUMN modified");
            statement.execute("ALTER TABLE documents DROP COLUMN authors");
            statement.execute("UPDATE annals_meta SET value = '2' WHERE key = 'schema_version'");
        }
        StoreException refused = assertThrows(
                StoreException.class, () -> AnnalsStore.openReadOnly(dataDir).close());
        assertTrue(refused.getMessage().contains("schema version 2"), refused.getMessage());

        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(withRichMetadata(Fixtures.dispatch(1)));
            List<List<Object>> rows = store.sql("SELECT (SELECT value FROM annals_meta WHERE key ="
                            + " 'schema_version'), len(authors), modified, section FROM documents ORDER BY ingested_at")
                    .rows();
            assertEquals(
                    List.of(
                            Arrays.asList(String.valueOf(Schema.VERSION), 0L, null, ""),
                            Arrays.asList(String.valueOf(Schema.VERSION), 2L, LocalDate.of(2025, 9, 3), "World")),
                    normalised(rows));
        }
    }

    @Test
    void aVersionThreeStoreLinksItsStoredEventsInStoredOrder() throws Exception {
        Fixtures.Reported meeting = new Fixtures.Reported(
                "CONSULT", List.of("person:ana-rivera"), List.of("person:bo-lindqvist"), "2024-03-14", "");
        Fixtures.Reported undated =
                new Fixtures.Reported("CONSULT", List.of("person:ana-rivera"), List.of("person:bo-lindqvist"), "", "");
        LocalDate published = LocalDate.of(2024, 3, 14);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.report("First", published, List.of(meeting, undated)));
            store.put(Fixtures.report("Second", published, List.of(meeting, undated)));
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            OlderSchemas.dropEventRecord(statement);
            statement.execute("DROP VIEW happenings");
            statement.execute("DROP INDEX events_happening");
            statement.execute("ALTER TABLE events DROP COLUMN happening_id");
            statement.execute("UPDATE annals_meta SET value = '3' WHERE key = 'schema_version'");
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            List<List<Object>> rows = store.sql("SELECT h.date, h.mentions, h.documents, f.title FROM happenings h"
                            + " JOIN events e ON e.id = h.id JOIN documents f ON f.id = e.doc_id"
                            + " ORDER BY h.mentions DESC, f.ingested_at")
                    .rows();
            assertEquals(
                    List.of(
                            List.of("2024-03-14", 2L, 2L, "First"),
                            List.of("", 1L, 1L, "First"),
                            List.of("", 1L, 1L, "Second")),
                    normalised(rows));
            assertEquals(
                    String.valueOf(Schema.VERSION),
                    store.sql("SELECT value FROM annals_meta" + " WHERE key = 'schema_version'")
                            .rows()
                            .get(0)
                            .get(0));
        }
    }

    @Test
    void aStoreFromBeforeAffiliationsGainsTheTableEmptyAndFillsItFromNewDocuments() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            OlderSchemas.dropEventRecord(statement);
            statement.execute("DROP INDEX affiliations_actor");
            statement.execute("DROP TABLE affiliations");
            statement.execute("UPDATE annals_meta SET value = '" + (Schema.AFFILIATIONS_SINCE - 1)
                    + "' WHERE key = 'schema_version'");
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(
                    List.of(List.of(0L)),
                    normalised(store.sql("SELECT count(*) FROM affiliations").rows()));
            assertEquals(1L, store.summary(0).documents(), "the stored document is kept");

            store.put(Fixtures.dispatch(1));

            List<List<Object>> rows = store.sql("SELECT actor_id, role, country FROM affiliations ORDER BY actor_id")
                    .rows();
            assertEquals(
                    List.of(List.of(Fixtures.PUTIN, "president", "RUS"), List.of(Fixtures.XI, "president", "CHN")),
                    rows);
            assertEquals(
                    String.valueOf(Schema.VERSION),
                    store.sql("SELECT value FROM annals_meta WHERE key = 'schema_version'")
                            .rows()
                            .get(0)
                            .get(0));
        }
    }

    @Test
    void aVersionFiveStoreGainsTheEventRecordColumnsAndKeepsItsEvents() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            OlderSchemas.dropEventRecord(statement);
            statement.execute("UPDATE annals_meta SET value = '5' WHERE key = 'schema_version'");
        }
        StoreException refused = assertThrows(
                StoreException.class, () -> AnnalsStore.openReadOnly(dataDir).close());
        assertTrue(refused.getMessage().contains("schema version 5"), refused.getMessage());

        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.dispatch(1));
            List<List<Object>> rows = store.sql("SELECT f.title, len(e.contexts), e.place_country, e.place_lat IS NULL,"
                            + " e.quote_ord FROM events e JOIN documents f ON f.id = e.doc_id"
                            + " WHERE e.type = 'AGREE' ORDER BY f.ingested_at")
                    .rows();
            assertEquals(
                    List.of(
                            Arrays.asList("Xi and Putin meet in Beijing", 0L, "", true, null),
                            Arrays.asList("Xi and Putin meet in Beijing, dispatch 1", 2L, "", true, 0L)),
                    normalised(rows));
            assertEquals(
                    List.of(List.of("CHN")),
                    store.sql("SELECT place_country FROM events e JOIN documents f ON f.id = e.doc_id"
                                    + " WHERE e.type = 'CONSULT' AND f.title LIKE '%dispatch 1'")
                            .rows());
        }
    }

    @Test
    void aMigratedDocumentGainsTheNewColumnsWhenReanalysed() throws Exception {
        Document summit = Fixtures.summit();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(summit);
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            OlderSchemas.dropEventRecord(statement);
            statement.execute("DROP TABLE affiliations");
            statement.execute("UPDATE annals_meta SET value = '4' WHERE key = 'schema_version'");
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            String contexts = "SELECT e.type, len(e.contexts), e.quote_ord FROM events e ORDER BY e.type";
            assertEquals(
                    List.of(Arrays.asList("AGREE", 0L, null), Arrays.asList("CONSULT", 0L, null)),
                    normalised(store.sql(contexts).rows()));
            assertEquals(
                    0L,
                    store.sql("SELECT count(*) FROM affiliations").rows().get(0).get(0));

            assertTrue(store.reanalysed(summit));

            assertEquals(
                    List.of(Arrays.asList("AGREE", 2L, 0L), Arrays.asList("CONSULT", 1L, null)),
                    normalised(store.sql(contexts).rows()));
            assertEquals(
                    2L,
                    store.sql("SELECT count(*) FROM affiliations").rows().get(0).get(0));
        }
    }

    // The SQL layer may return dates as java.sql.Date and lengths as any integer type; compare them as values.
    private static List<List<Object>> normalised(List<List<Object>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(SchemaMigrationTest::plainValue).toList())
                .toList();
    }

    private static Object plainValue(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Number number && !(value instanceof Double)) {
            return number.longValue();
        }
        return value;
    }
}
