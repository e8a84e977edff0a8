package org.annals.extract.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractionFixtureGeneratorTest {
    private static final Path CORPUS = Path.of("..", "examples", "wikinews", "wikinews.jsonl");
    private static final Path COMMITTED = Path.of("..", "eval", "extraction");
    private static List<JsonNode> articles;

    @BeforeAll
    static void load() throws IOException {
        articles = ExtractionFixtureGenerator.readCorpus(CORPUS);
    }

    private static Map<String, String> generate(long seed) {
        return new ExtractionFixtureGenerator(articles, seed).generate();
    }

    @Test
    void sameSeedGivesIdenticalPagesAndAnotherSeedDoesNot() {
        Map<String, String> first = generate(ExtractionFixtureGenerator.SEED);
        assertEquals(first, generate(ExtractionFixtureGenerator.SEED));
        assertNotEquals(first, generate(ExtractionFixtureGenerator.SEED + 1));
    }

    /** The committed fixtures are exactly what the generator makes; regenerate with its main after a change. */
    @Test
    void committedFixturesMatchTheGenerator() throws IOException {
        for (Map.Entry<String, String> file :
                generate(ExtractionFixtureGenerator.SEED).entrySet()) {
            assertEquals(
                    file.getValue(),
                    Files.readString(COMMITTED.resolve(file.getKey()), StandardCharsets.UTF_8),
                    file.getKey());
        }
    }

    @Test
    void atLeastSixtyPagesAndAThirdWithAnAppealInsideTheBody() throws IOException {
        Map<String, String> files = generate(ExtractionFixtureGenerator.SEED);
        ObjectMapper json = new ObjectMapper();
        int pages = 0;
        int inside = 0;
        for (String line : files.get("gold.jsonl").split("\n")) {
            JsonNode row = json.readTree(line);
            pages++;
            boolean appealInBody = false;
            for (JsonNode box : row.path("boxes")) {
                appealInBody |= box.path("kind").asText().equals("appeal")
                        && box.path("placement").asText().equals("inside-body");
            }
            inside += appealInBody ? 1 : 0;
            assertTrue(row.path("paragraphs").size() >= 4, row.path("id").asText());
        }
        assertTrue(pages >= 60, "pages: " + pages);
        assertTrue(inside * 3 >= pages, "appeals inside the body: " + inside + " of " + pages);
    }
}
