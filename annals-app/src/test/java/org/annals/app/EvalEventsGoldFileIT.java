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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals eval events --gold FILE} scores any file in the gold format: here the shortest article of the event
 * tuning set, copied to a file of its own, with its per-article details.
 */
class EvalEventsGoldFileIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aGoldFileOfItsOwnIsScoredArticleByArticle() throws IOException {
        Path tuning = Repository.root().resolve("eval").resolve("events-tuning").resolve("events.jsonl");
        String shortest = Files.readAllLines(tuning, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .min(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        JsonNode article = MAPPER.readTree(shortest);
        Path gold = dir.resolve("one-article.jsonl");
        Files.writeString(gold, shortest + "\n", StandardCharsets.UTF_8);
        Path details = dir.resolve("details.jsonl");

        CliRun run = runFromRepository("eval", "events", "--gold", gold.toString(), "--details", details.toString());

        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("== gold: 1 articles, gold " + gold), run.out());
        assertTrue(run.out().contains("type+source+target"), run.out());
        List<String> lines = Files.readAllLines(details, StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), "one details line per article of the file");
        JsonNode line = MAPPER.readTree(lines.get(0));
        assertEquals(article.path("doc_id").asText(), line.path("doc_id").asText());
        assertEquals(article.path("events").size(), line.path("gold").size());
    }

    /** The texts are found under annals.home, which the launcher script sets to the repository root. */
    private static CliRun runFromRepository(String... args) {
        String before = System.getProperty("annals.home");
        System.setProperty("annals.home", Repository.root().toString());
        try {
            return CliRun.of(args);
        } finally {
            if (before == null) {
                System.clearProperty("annals.home");
            } else {
                System.setProperty("annals.home", before);
            }
        }
    }
}
