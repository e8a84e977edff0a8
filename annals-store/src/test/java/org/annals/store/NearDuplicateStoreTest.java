package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.annals.core.Document;
import org.annals.store.dedup.NearDuplicates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syndicated copies join the story of the first stored copy. The copies are synthetic (see {@link SyntheticCopies}),
 * made from real Wikinews articles; the different articles on one topic are real.
 */
class NearDuplicateStoreTest {
    private static List<Document> wikinews;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void load() throws IOException {
        wikinews = WikinewsStoreTest.load();
    }

    private static Document titled(String start) {
        return wikinews.stream()
                .filter(doc -> doc.metadata().title().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void syndicatedCopiesJoinTheOriginalStoryAndSurviveReopening() {
        Document original = titled("Wikinews interviews Craig Farquharson");
        // The same by-election, the same interview questions: 34% of shingles in common, yet another story.
        Document sameTopic = titled("Wikinews interviews Sandra Jephcott");
        List<Document> copies = List.of(
                SyntheticCopies.redatelined(original),
                SyntheticCopies.withAppeals(original),
                SyntheticCopies.edited(original, 5));
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(PutResult.stored(original.id()), store.put(original));
            for (Document copy : copies) {
                PutResult result = store.put(copy);
                assertTrue(result.isNearDuplicate(), copy.metadata().publisher() + ": " + result);
                assertEquals(original.id(), result.storyId());
                assertTrue(NearDuplicates.sameStory(result.similarity()));
            }
            PutResult other = store.put(sameTopic);
            assertFalse(other.isNearDuplicate(), "another interview on the same topic: " + other);
            assertEquals(sameTopic.id(), other.storyId());
            assertEquals(PutResult.Status.DUPLICATE, store.put(copies.get(1)).status(), "exact copies stay exact");
            assertEquals(2, store.summary(0).stories());
        }
        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            assertEquals(5, reader.summary(0).documents());
            assertEquals(
                    List.of(List.of(original.id(), 4L), List.of(sameTopic.id(), 1L)),
                    reader.sql("SELECT story_id, documents FROM stories ORDER BY documents DESC")
                            .rows());
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            Document lateCopy = SyntheticCopies.edited(SyntheticCopies.redatelined(original), 3);
            assertEquals(original.id(), store.put(lateCopy).storyId(), "a copy after reopening finds the story");
        }
    }

    @Test
    void aCopyOfACopyJoinsTheFirstStory() {
        Document original = titled("Magnitogorsk apartment building collapses");
        Document copy = SyntheticCopies.withAppeals(SyntheticCopies.edited(original, 4));
        Document copyOfCopy = SyntheticCopies.edited(copy, 4);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(original);
            store.put(copy);
            assertEquals(original.id(), store.put(copyOfCopy).storyId());
        }
    }

    /** A store written before stories existed is migrated: each document its own story, and findable by copies. */
    @Test
    void aVersionOneStoreIsMigratedOnOpeningForWriting() throws Exception {
        Document original = titled("Magnitogorsk apartment building collapses");
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(original);
            store.put(Fixtures.summit());
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            OlderSchemas.dropEventRecord(statement);
            statement.execute("DROP VIEW stories");
            statement.execute("DROP VIEW happenings");
            statement.execute("DROP INDEX events_happening");
            statement.execute("ALTER TABLE events DROP COLUMN happening_id");
            statement.execute("DROP TABLE doc_bands");
            statement.execute("DROP TABLE doc_signatures");
            statement.execute("ALTER TABLE documents DROP COLUMN section");
            statement.execute("ALTER TABLE documents DROP COLUMN modified");
            statement.execute("ALTER TABLE documents DROP COLUMN authors");
            statement.execute("ALTER TABLE documents DROP COLUMN story_id");
            statement.execute("UPDATE annals_meta SET value = '1' WHERE key = 'schema_version'");
        }
        StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(
                StoreException.class, () -> AnnalsStore.openReadOnly(dataDir).close());
        assertTrue(refused.getMessage().contains("open it for writing once"), refused.getMessage());
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(
                    List.of(List.of(String.valueOf(Schema.VERSION), 2L, 2L)),
                    store.sql("SELECT (SELECT value FROM annals_meta WHERE key = 'schema_version'),"
                                    + " count(*) FILTER (WHERE story_id = id),"
                                    + " (SELECT count(*) FROM doc_signatures) FROM documents")
                            .rows());
            assertEquals(
                    original.id(),
                    store.put(SyntheticCopies.redatelined(original)).storyId());
        }
    }

    /**
     * All 295 distinct real articles stay separate stories (false positives), and 50 synthetic copies of them, of
     * every kind, each join their original's story (recall).
     */
    @Test
    void onWikinewsNoDistinctArticlesAreLinkedAndEveryCopyIs() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            long falsePositives = wikinews.stream()
                    .filter(doc -> store.put(doc).isNearDuplicate())
                    .count();
            int linked = 0;
            int copies = 50;
            for (int i = 0; i < copies; i++) {
                Document original = wikinews.get(i * wikinews.size() / copies);
                Document copy =
                        switch (i % 3) {
                            case 0 -> SyntheticCopies.redatelined(original);
                            case 1 -> SyntheticCopies.withAppeals(original);
                            default -> SyntheticCopies.edited(original, 3);
                        };
                if (store.put(copy).storyId().equals(original.id())) {
                    linked++;
                }
            }
            assertEquals(0, falsePositives, "distinct Wikinews articles linked as one story");
            assertEquals(copies, linked, "synthetic copies linked to their original");
            assertEquals(wikinews.size(), store.summary(0).stories());
        }
    }
}
