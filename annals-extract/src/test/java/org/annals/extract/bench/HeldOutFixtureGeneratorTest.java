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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeldOutFixtureGeneratorTest {
    private static final Path CORPUS = Path.of("..", "examples", "wikinews", "wikinews.jsonl");
    private static final Path COMMITTED = Path.of("..", "eval", "extraction-heldout");
    private static List<JsonNode> articles;

    @BeforeAll
    static void load() throws IOException {
        articles = ExtractionFixtureGenerator.readCorpus(CORPUS);
    }

    private static Map<String, String> generate(long seed) {
        return new HeldOutFixtureGenerator(articles, seed).generate();
    }

    @Test
    void sameSeedGivesIdenticalPagesAndAnotherSeedDoesNot() {
        Map<String, String> first = generate(HeldOutFixtureGenerator.SEED);
        assertEquals(first, generate(HeldOutFixtureGenerator.SEED));
        assertNotEquals(first, generate(HeldOutFixtureGenerator.SEED + 1));
    }

    /** The committed fixtures are exactly what the generator makes; regenerate with its main after a change. */
    @Test
    void committedFixturesMatchTheGenerator() throws IOException {
        for (Map.Entry<String, String> file :
                generate(HeldOutFixtureGenerator.SEED).entrySet()) {
            assertEquals(
                    file.getValue(),
                    Files.readString(COMMITTED.resolve(file.getKey()), StandardCharsets.UTF_8),
                    file.getKey());
        }
    }

    @Test
    void fortyPagesOrMoreOnArticlesTheFirstSetDoesNotUseInEveryTemplate() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> firstSet =
                sourceIds(json, new ExtractionFixtureGenerator(articles, ExtractionFixtureGenerator.SEED).generate());
        Set<String> templates = new HashSet<>();
        int pages = 0;
        for (String line :
                generate(HeldOutFixtureGenerator.SEED).get("gold.jsonl").split("\n")) {
            JsonNode row = json.readTree(line);
            pages++;
            templates.add(row.path("layout").asText().split("/")[0]);
            assertTrue(
                    !firstSet.contains(row.path("source_id").asText()),
                    row.path("id").asText());
            assertTrue(row.path("paragraphs").size() >= 4, row.path("id").asText());
        }
        assertTrue(pages >= 40, "pages: " + pages);
        assertEquals(HeldOutPageBuilder.Template.values().length, templates.size(), templates.toString());
    }

    private static Set<String> sourceIds(ObjectMapper json, Map<String, String> files) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String line : files.get("gold.jsonl").split("\n")) {
            ids.add(json.readTree(line).path("source_id").asText());
        }
        return ids;
    }
}
