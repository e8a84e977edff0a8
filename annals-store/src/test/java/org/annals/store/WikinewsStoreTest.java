package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.ContentHash;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Wikinews sample, stored as text and metadata: every article goes in once and is found by its title. */
class WikinewsStoreTest {
    private static final Path SAMPLE = Path.of("..", "examples", "wikinews", "wikinews.jsonl");

    @TempDir
    Path dataDir;

    @Test
    void everyArticleIsStoredOnceAndFoundByItsTitle() throws IOException {
        List<Document> articles = load();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            long stored =
                    articles.stream().filter(doc -> store.put(doc).isStored()).count();
            long distinct = articles.stream().map(Document::id).distinct().count();
            assertEquals(distinct, stored);
            assertTrue(articles.stream().noneMatch(doc -> store.put(doc).isStored()), "every re-put is a duplicate");
        }
        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            int found = 0;
            for (Document doc : articles) {
                String phrase = "title:\"" + QueryParser.escape(doc.metadata().title()) + "\"";
                if (reader.search(phrase, 3).stream()
                        .anyMatch(hit -> hit.docId().equals(doc.id()))) {
                    found++;
                }
            }
            assertTrue(found >= articles.size() * 0.95, "found by title: " + found + " of " + articles.size());
        }
    }

    static List<Document> load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Document> docs = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.path("text").asText();
            Metadata metadata = new Metadata(
                    node.path("url").asText(),
                    node.path("publisher").asText(),
                    node.path("title").asText(),
                    LocalDate.parse(node.path("date").asText()),
                    "en");
            docs.add(Document.of(
                    ContentHash.sha256(text), new Provenance(SAMPLE.toString(), "jsonl", "", ""), metadata, text));
        }
        return docs;
    }
}
