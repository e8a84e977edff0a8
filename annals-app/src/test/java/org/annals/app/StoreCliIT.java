package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest into a real store from the command line, then query it the ways the README shows. */
class StoreCliIT {
    @TempDir
    static Path work;

    static Path data;
    static CliRun firstIngest;

    @BeforeAll
    static void ingestSeedAndWikinewsSample() throws IOException {
        data = work.resolve("data");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(Repository.seed(), corpus.resolve("seed.txt"));
        Files.copy(Repository.seed().resolveSibling("moscow-times-2025-09-02.json"), corpus.resolve("seed.json"));
        List<String> sample = Files.readAllLines(Repository.wikinews(), StandardCharsets.UTF_8)
                .subList(0, 4);
        Files.write(corpus.resolve("sample.jsonl"), sample, StandardCharsets.UTF_8);
        firstIngest = CliRun.of("ingest", "--no-progress", "--data-dir", data.toString(), corpus.toString());
    }

    private static CliRun query(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data.toString();
        return CliRun.of(all);
    }

    @Test
    void ingestStoresEveryDocument() {
        assertEquals(Main.OK, firstIngest.exitCode(), firstIngest.err());
        assertTrue(firstIngest.out().contains("Stored 5 new documents"), firstIngest.out());
    }

    @Test
    void reingestingTheSameContentIsANoOpAndSaysSo() {
        CliRun again = CliRun.of(
                "ingest",
                "--no-progress",
                "--data-dir",
                data.toString(),
                Repository.seed().toString());
        assertEquals(Main.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("Stored 0 new documents"), again.out());
        assertTrue(again.out().contains("1 document was already stored (same content hash)"), again.out());
    }

    /** A synthetic syndicated copy: the first Wikinews record under a wire dateline, in a store of its own. */
    @Test
    void aSyndicatedCopyJoinsTheStoryAndSqlShowsIt() throws IOException {
        String record = Files.readAllLines(Repository.wikinews(), StandardCharsets.UTF_8)
                .get(0);
        String text = new ObjectMapper().readTree(record).get("text").asText();
        String copy = "LONDON (Global Wire) - "
                + text.substring(text.indexOf('\n') + 1).strip();
        Path dir = Files.createTempDirectory("annals-copy");
        Files.writeString(dir.resolve("original.jsonl"), record + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("zz-copy.txt"), copy, StandardCharsets.UTF_8);
        Path store = dir.resolve("data");
        CliRun first = CliRun.of(
                "ingest",
                "--no-progress",
                "--data-dir",
                store.toString(),
                dir.resolve("original.jsonl").toString());
        assertEquals(Main.OK, first.exitCode(), first.err());
        CliRun ingest = CliRun.of(
                "ingest",
                "--no-progress",
                "--data-dir",
                store.toString(),
                dir.resolve("zz-copy.txt").toString());
        assertEquals(Main.OK, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("1 was a near-duplicate of stories already stored"), ingest.out());
        CliRun sql = CliRun.of(
                "sql",
                "SELECT count(DISTINCT id) AS docs, count(DISTINCT story_id) AS stories" + " FROM documents",
                "--format",
                "csv",
                "--data-dir",
                store.toString());
        assertEquals(Main.OK, sql.exitCode(), sql.err());
        assertEquals("docs,stories\n2,1\n", sql.out().replace("\r", ""));
    }

    @Test
    void eventsBetweenAPairInEitherDirection() throws IOException {
        CliRun run = query("events", "--pair", "Putin,Xi", "--format", "json");
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<JsonNode> rows = jsonLines(run.out());
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.get("type").asText().startsWith("CONSULT")
                                && r.get("date").asText().equals("2025-09-02")),
                run.out());
    }

    @Test
    void eventsFilteredByTypeAndDate() throws IOException {
        CliRun run =
                query("events", "--type", "ACCUSE", "--from", "2025-09-01", "--to", "2025-09-01", "--format", "json");
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<JsonNode> rows = jsonLines(run.out());
        assertTrue(!rows.isEmpty(), "ACCUSE events on 2025-09-01");
        rows.forEach(r -> assertEquals("2025-09-01", r.get("date").asText()));
    }

    @Test
    void quotesBySpeaker() throws IOException {
        CliRun run = query("quotes", "--speaker", "Xi", "--format", "json");
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(
                jsonLines(run.out()).stream()
                        .anyMatch(r -> r.get("quote").asText().startsWith("China-Russia relations")),
                run.out());
    }

    @Test
    void actorsTable() {
        CliRun run = query("actors", "--kind", "PERSON");
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("person:vladimir-putin"), run.out());
    }

    @Test
    void sqlIsReadOnly() {
        CliRun count = query("sql", "SELECT count(*) AS n FROM documents", "--format", "csv");
        assertEquals(Main.OK, count.exitCode(), count.err());
        assertEquals("n\n5\n", count.out().replace("\r", ""));
        CliRun write = query("sql", "DELETE FROM documents");
        assertEquals(Main.FAILURE, write.exitCode());
        assertTrue(write.err().contains("SQL failed"), write.err());
    }

    @Test
    void fullTextSearch() {
        CliRun run = query("search", "gas AND supplies");
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("(1 row)"), run.out());
    }

    @Test
    void aSecondWriterIsToldWhoHoldsTheStore() {
        try (AnnalsStore holder = AnnalsStore.openForWriting(data)) {
            CliRun run = CliRun.of(
                    "ingest",
                    "--no-progress",
                    "--data-dir",
                    data.toString(),
                    Repository.seed().toString());
            assertEquals(Main.FAILURE, run.exitCode());
            assertTrue(run.err().contains("pid " + ProcessHandle.current().pid()), run.err());
        }
    }

    @Test
    void queryingAMissingStoreSaysWhatToDo() {
        CliRun run =
                CliRun.of("events", "--data-dir", work.resolve("nothing-here").toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("annals ingest"), run.err());
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(mapper.readTree(line));
            }
        }
        return rows;
    }
}
