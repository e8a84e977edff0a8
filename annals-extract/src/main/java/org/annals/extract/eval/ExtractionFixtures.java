package org.annals.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a benchmark directory: {@code gold.jsonl} (one page a line) and {@code pages/<id>.html}. */
public final class ExtractionFixtures {
    public static final String GOLD = "gold.jsonl";

    private ExtractionFixtures() {}

    public static List<FixturePage> read(Path dir) {
        Path goldFile = dir.resolve(GOLD);
        if (!Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException("no " + GOLD + " in " + dir + "; expected a benchmark directory");
        }
        ObjectMapper json = new ObjectMapper();
        List<FixturePage> pages = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    pages.add(page(dir, json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        return List.copyOf(pages);
    }

    private static FixturePage page(Path dir, JsonNode row) throws IOException {
        String id = row.path("id").asText();
        String html = Files.readString(dir.resolve("pages").resolve(id + ".html"), StandardCharsets.UTF_8);
        List<String> paragraphs = new ArrayList<>();
        row.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        List<String> boxes = new ArrayList<>();
        row.path("boxes").forEach(b -> boxes.add(b.path("text").asText()));
        return new FixturePage(id, row.path("layout").asText(), html, String.join("\n\n", paragraphs), boxes);
    }
}
