package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.store.AnnalsStore;
import org.annals.store.ReadConnections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store remembers which actor dictionaries analysed its documents and a different set is warned about. */
class DictionaryRecordTest {
    @TempDir
    Path dir;

    private String reconcile(Path dataDir, DictionaryRecord record) {
        StringWriter err = new StringWriter();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            record.reconcile(store, new PrintWriter(err, true));
        }
        return err.toString();
    }

    @Test
    void theRecordNamesEachFileWithItsContentHash() throws IOException {
        Path a = Files.writeString(dir.resolve("a.tsv"), "Arnor\tARN\tcountry\t\n");
        Path b = Files.writeString(dir.resolve("b.tsv"), "Gondor\tGON\tcountry\t\n");

        String both = DictionaryRecord.of(List.of(a, b)).description();

        assertTrue(both.matches("a\\.tsv \\(sha256 [0-9a-f]{12}\\), b\\.tsv \\(sha256 [0-9a-f]{12}\\)"), both);
        assertEquals(DictionaryRecord.NONE, DictionaryRecord.of(List.of()).description());
    }

    @Test
    void anEditedDictionaryIsAnotherSet() throws IOException {
        Path a = Files.writeString(dir.resolve("a.tsv"), "Arnor\tARN\tcountry\t\n");
        String before = DictionaryRecord.of(List.of(a)).description();
        Files.writeString(a, "Arnor\tARN\tcountry\t\nGondor\tGON\tcountry\t\n");

        assertNotEquals(before, DictionaryRecord.of(List.of(a)).description());
    }

    @Test
    void aStoreWithNoRecordIsNotWarnedAndKeepsTheNewOne() throws IOException {
        Path data = dir.resolve("data");
        Path a = Files.writeString(dir.resolve("a.tsv"), "Arnor\tARN\tcountry\t\n");

        assertEquals("", reconcile(data, DictionaryRecord.of(List.of(a))));
        try (AnnalsStore store = AnnalsStore.openReadOnly(data)) {
            assertEquals(Optional.of(DictionaryRecord.of(List.of(a)).description()), store.note(DictionaryRecord.NOTE));
        }
    }

    @Test
    void anotherSetIsWarnedNamingBothAndThenRecorded() throws IOException {
        Path data = dir.resolve("data");
        Path a = Files.writeString(dir.resolve("a.tsv"), "Arnor\tARN\tcountry\t\n");
        reconcile(data, DictionaryRecord.of(List.of()));

        String warning = reconcile(data, DictionaryRecord.of(List.of(a)));
        String again = reconcile(data, DictionaryRecord.of(List.of(a)));

        assertTrue(warning.contains("analysed with actor dictionaries: none"), warning);
        assertTrue(warning.contains("this command uses: a.tsv (sha256 "), warning);
        assertEquals("", again);
    }

    @Test
    void aServerThatCannotWriteLeavesTheRecordAsItWas() throws IOException {
        Path data = dir.resolve("data");
        Path a = Files.writeString(dir.resolve("a.tsv"), "Arnor\tARN\tcountry\t\n");
        reconcile(data, DictionaryRecord.of(List.of()));
        StringWriter err = new StringWriter();
        ServeCommand.Analysis analysis = new ServeCommand.Analysis(Engines::shared, DictionaryRecord.of(List.of(a)));

        ServeCommand.RunningServer.start(
                        data,
                        Optional.empty(),
                        "127.0.0.1",
                        0,
                        ReadConnections.defaults(),
                        analysis,
                        new PrintWriter(err, true))
                .close();

        assertEquals("", err.toString());
        assertTrue(reconcile(data, DictionaryRecord.of(List.of(a))).contains("analysed with actor dictionaries: none"));
    }
}
