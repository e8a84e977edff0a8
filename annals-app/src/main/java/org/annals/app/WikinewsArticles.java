package org.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;
import org.annals.ingest.SourceRecord;

/**
 * The Wikinews articles that the quote and identity gold sets point into, as plain-text source records with the
 * article date as publication date, so the engine analyses them as {@code annals ingest} would.
 */
final class WikinewsArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WikinewsArticles() {}

    static Path defaultFile() {
        return Path.of(System.getProperty("annals.home", "."), "examples", "wikinews", "wikinews.jsonl");
    }

    /** The records of {@code ids}, in file order; fails naming the first id the file lacks. */
    static Map<String, SourceRecord> read(Path jsonl, Set<String> ids) {
        Map<String, SourceRecord> records = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String id = node.path("id").asText("");
                if (ids.contains(id)) {
                    records.put(id, record(id, node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        ids.stream().filter(id -> !records.containsKey(id)).findFirst().ifPresent(id -> {
            throw new UserException("article " + id + " of the gold set is not in " + jsonl);
        });
        return records;
    }

    private static SourceRecord record(String id, JsonNode node) {
        String text = node.path("text").asText("");
        Metadata metadata = new Metadata(
                node.path("url").asText(""),
                "Wikinews",
                node.path("title").asText(""),
                LocalDate.parse(node.path("date").asText("")),
                "en");
        return new SourceRecord(id, "text", text, metadata, "date=gold", ContentHash.sha256(text));
    }
}
