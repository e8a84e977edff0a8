package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `annals analyze --actors FILE` with the models: the dictionary's names become its actors, with its codes. */
class ActorDictionaryCliIT {
    @TempDir
    Path dir;

    @Test
    void dictionaryNamesBecomeTheirActors() throws IOException {
        Path article = Files.writeString(
                dir.resolve("arnor.txt"),
                "Arnor restored full diplomatic ties with Gondor on Monday.\n",
                StandardCharsets.UTF_8);
        Path tsv = Files.writeString(
                dir.resolve("realms.tsv"), "Arnor\tARN\tcountry\t\nGondor\tGON\tcountry\t\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", "--format", "json", "--actors", tsv.toString(), article.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        JsonNode result =
                new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        List<String> ids = new ArrayList<>();
        result.get("actors").forEach(actor -> ids.add(actor.get("id").asText()));
        assertTrue(ids.containsAll(List.of("ARN", "GON")), ids.toString());
        assertTrue(result.get("events").size() > 0, run.out());
    }
}
