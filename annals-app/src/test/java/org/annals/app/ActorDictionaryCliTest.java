package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.app.http.ServerFile;
import org.annals.coding.ActorStage;
import org.annals.coding.ActorStageFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --actors FILE} reaches the actors stage; a bad dictionary fails at start, before any model loads. */
class ActorDictionaryCliTest {
    @TempDir
    Path dir;

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("article.txt"), "Arnor and Gondor renewed diplomatic ties.\n");
    }

    @Test
    void badDictionaryFailsNamingFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("mine.tsv"), "# mine\nArnor\tARN\tkingdom\t\n");
        CliRun run = CliRun.of("analyze", "--actors", bad.toString(), article().toString());
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ", line 2: unknown kind 'kingdom'"), run.err());
        assertTrue(run.err().contains("valid kinds: person, country, government"), run.err());
    }

    @Test
    void missingDictionaryIsNamed() throws IOException {
        Path missing = dir.resolve("none.txt");
        CliRun run =
                CliRun.of("explain", "--actors", missing.toString(), article().toString());
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains(missing + ": no such file"), run.err());
    }

    @Test
    void engineHandsTheDictionariesToTheActorsStage() throws IOException {
        Path bad = Files.writeString(dir.resolve("cameo.txt"), "+SMEAGOL\n");
        String message = assertThrows(
                        IllegalArgumentException.class,
                        () -> new AnnalsEngine(List.of("actors"), dictionariesOption(bad)))
                .getMessage();
        assertTrue(message.contains(bad + ", line 1: a synonym line with no name line above it"), message);
    }

    private static Map<String, Map<String, String>> dictionariesOption(Path file) {
        return Map.of(ActorStage.NAME, Map.of(ActorStageFactory.DICTIONARIES, file.toString()));
    }

    @Test
    void aCommaInAPathIsOneFileSinceTheStageGetsTheDictionaryAsRead() throws IOException {
        Path odd = Files.writeString(dir.resolve("realms,old.tsv"), "Arnor\tARN\tcountry\t\n");
        Path data = dir.resolve("data");
        CliRun run = CliRun.of("reanalyze", "--data-dir", data.toString(), "--no-progress", "--actors", odd.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
    }

    @Test
    void optionsForAStageTheEngineDoesNotRunAreRefused() {
        Path file = dir.resolve("any.txt");
        String message = assertThrows(
                        IllegalArgumentException.class,
                        () -> new AnnalsEngine(AnnalsEngine.EXTRACTION_STAGES, dictionariesOption(file)))
                .getMessage();
        assertTrue(message.contains("options for stage 'actors'"), message);
    }

    @Test
    void everyAnalysingCommandTakesTheOption() {
        for (List<String> command : List.of(
                List.of("analyze"),
                List.of("explain"),
                List.of("ingest"),
                List.of("reanalyze"),
                List.of("demo"),
                List.of("eval", "events"),
                List.of("watch"),
                List.of("serve"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(args);
            String usage = run.out() + run.err();
            assertTrue(usage.contains("--actors=FILE"), command + ": " + usage);
        }
    }

    @Test
    void aBadDictionaryStopsWatchBeforeAnyFeedIsPolled() throws IOException {
        Path bad = Files.writeString(dir.resolve("mine.tsv"), "Arnor\tARN\tkingdom\t\n");
        Path feeds = Files.writeString(
                dir.resolve("feeds.opml"),
                "<opml><body><outline xmlUrl=\"http://127.0.0.1:9/feed.xml\"/></body></opml>");
        Path data = dir.resolve("data");
        CliRun run = CliRun.of(
                "watch",
                "--feeds",
                feeds.toString(),
                "--once",
                "--data-dir",
                data.toString(),
                "--actors",
                bad.toString());
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains(bad + ", line 1: unknown kind 'kingdom'"), run.err());
        assertFalse(Files.exists(data), "nothing was fetched nor stored");
    }

    @Test
    void aMissingDictionaryStopsServeBeforeItListens() {
        Path missing = dir.resolve("none.txt");
        Path data = dir.resolve("data");
        CliRun run = CliRun.of("serve", "--data-dir", data.toString(), "--port", "0", "--actors", missing.toString());
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains(missing + ": no such file"), run.err());
        assertFalse(Files.exists(data.resolve(ServerFile.NAME)), "the server never started");
    }

    @Test
    void aLaterCommandWithOtherDictionariesIsWarnedNamingBothSets() throws IOException {
        Path realms = Files.writeString(dir.resolve("realms.tsv"), "Arnor\tARN\tcountry\t\n");
        Path data = dir.resolve("data");
        CliRun first =
                CliRun.of("reanalyze", "--data-dir", data.toString(), "--no-progress", "--actors", realms.toString());
        CliRun same =
                CliRun.of("reanalyze", "--data-dir", data.toString(), "--no-progress", "--actors", realms.toString());
        CliRun without = CliRun.of("reanalyze", "--data-dir", data.toString(), "--no-progress");

        assertEquals(Main.OK, first.exitCode(), first.err());
        assertFalse(first.err().contains("warning"), first.err());
        assertFalse(same.err().contains("warning"), same.err());
        assertEquals(Main.OK, without.exitCode(), without.err());
        assertTrue(without.err().contains("analysed with actor dictionaries: realms.tsv (sha256 "), without.err());
        assertTrue(without.err().contains("this command uses: none"), without.err());
    }
}
