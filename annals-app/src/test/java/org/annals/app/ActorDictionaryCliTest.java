package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                        () -> new AnnalsEngine(List.of("actors"), ActorDictionaryOptions.stageOptions(List.of(bad))))
                .getMessage();
        assertTrue(message.contains(bad + ", line 1: a synonym line with no name line above it"), message);
    }

    @Test
    void aCommaInAPathIsRefusedRatherThanSplit() throws IOException {
        Path odd = Files.writeString(dir.resolve("realms,old.tsv"), "Arnor\tARN\tcountry\t\n");
        CliRun run = CliRun.of("analyze", "--actors", odd.toString(), article().toString());
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains("may not contain a comma"), run.err());
    }

    @Test
    void optionsForAStageTheEngineDoesNotRunAreRefused() {
        Path file = dir.resolve("any.txt");
        String message = assertThrows(
                        IllegalArgumentException.class,
                        () -> new AnnalsEngine(
                                AnnalsEngine.EXTRACTION_STAGES, ActorDictionaryOptions.stageOptions(List.of(file))))
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
                List.of("eval", "events"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            CliRun run = CliRun.of(args);
            String usage = run.out() + run.err();
            assertTrue(usage.contains("--actors=FILE"), command + ": " + usage);
        }
    }
}
