package org.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.ingest.SourceRecord;

/**
 * The texts of the articles of a quote gold file. An article whose line names no other corpus in {@code texts} is
 * read from the Wikinews file with its date as publication date ({@link WikinewsArticles}); one that names a corpus
 * is looked up there by {@link GoldTexts}, as the event gold does.
 */
final class QuoteGoldTexts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteGoldTexts() {}

    /** The records of {@code ids}, in the order of {@code ids}; every id is looked up before any is analysed. */
    static Map<String, SourceRecord> read(Path home, Path goldFile, Path wikinews, Set<String> ids) {
        Set<String> fromWikinews = new LinkedHashSet<>();
        List<GoldTexts.Where> elsewhere = new ArrayList<>();
        for (GoldTexts.Where where : wheres(goldFile)) {
            if (!ids.contains(where.docId())) {
                continue;
            }
            if (where.texts().equals(GoldTexts.WIKINEWS)) {
                fromWikinews.add(where.docId());
            } else {
                elsewhere.add(where);
            }
        }
        Map<String, SourceRecord> found = new LinkedHashMap<>();
        if (!fromWikinews.isEmpty()) {
            found.putAll(WikinewsArticles.read(wikinews, fromWikinews));
        }
        found.putAll(GoldTexts.records(home, elsewhere));
        Map<String, SourceRecord> inOrder = new LinkedHashMap<>();
        ids.forEach(id -> inOrder.put(id, found.get(id)));
        return inOrder;
    }

    /** Each line's doc id and the corpus its {@code texts} field names. */
    static List<GoldTexts.Where> wheres(Path goldFile) {
        List<GoldTexts.Where> wheres = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(goldFile, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    JsonNode node = JSON.readTree(lines.get(i));
                    wheres.add(new GoldTexts.Where(
                            node.path("doc_id").asText(""), GoldTexts.texts(node, goldFile, i + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        return wheres;
    }
}
