package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval events} refuses a wrong set or gold file before any model loads. */
class EvalEventsCliTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownSetNamesTheValidOnes() {
        CliRun run = CliRun.of("eval", "events", "--set", "everything");
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("gold, petrarch2, seed, all"), run.err());
    }

    @Test
    void aMissingGoldFileIsNamed() {
        Path missing = dir.resolve("no-such-gold.jsonl");
        CliRun run = CliRun.of("eval", "events", "--gold", missing.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("no-such-gold.jsonl") && run.err().contains("not found"), run.err());
    }

    @Test
    void aMalformedGoldFileIsNamedWithItsLine() throws IOException {
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(
                broken,
                "{\"doc_id\": \"wn-1\", \"events\": []}\n{\"doc_id\": \"wn-2\", \"events\": [\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "events", "--gold", broken.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("broken.jsonl line 2"), run.err());
    }

    @Test
    void anEventWithoutATypeIsRefused() throws IOException {
        Path untyped = dir.resolve("untyped.jsonl");
        Files.writeString(
                untyped, "{\"doc_id\": \"wn-1\", \"events\": [{\"mode\": \"ban\"}]}\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "events", "--gold", untyped.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("untyped.jsonl line 1") && run.err().contains("without a type"), run.err());
    }

    @Test
    void theSplitIsOnlyForTheDefaultGoldSet() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"doc_id\": \"wn-1\", \"events\": []}\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "events", "--gold", file.toString(), "--split", "dev");
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("--split applies only to the default gold set"), run.err());
    }

    @Test
    void aGoldFileCannotBeScoredAsTheSeedSet() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"doc_id\": \"wn-1\", \"events\": []}\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "events", "--gold", file.toString(), "--set", "seed");
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("--set seed"), run.err());
    }
}
