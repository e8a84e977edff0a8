package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes written by commands outlive the store's process and cannot reach the schema's own metadata. */
class StoreNotesTest {
    @Test
    void aNoteIsReplacedAndSurvivesReopening(@TempDir Path dataDir) {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(Optional.empty(), store.note("colour"));
            store.writeNote("colour", "red");
            store.writeNote("colour", "blue");
        }
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertEquals(Optional.of("blue"), store.note("colour"));
        }
    }

    @Test
    void aNoteNamedLikeTheSchemaVersionLeavesTheStoreReadable(@TempDir Path dataDir) {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.writeNote("schema_version", "not a number");
        }
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertEquals(Optional.of("not a number"), store.note("schema_version"));
        }
    }
}
