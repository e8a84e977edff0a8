package org.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.core.Metadata;
import org.annals.ingest.SourceRecord;

/**
 * Finds the text of each article of a gold file (events or quotes): the record whose {@code id} is the article's
 * {@code doc_id} in the JSON Lines corpus its {@code texts} field names (relative to the repository root), Wikinews
 * when the field is absent. Every article is looked up before any is analysed, so a wrong id fails at start.
 */
final class GoldTexts {
    /** The corpus of the Wikinews gold and tuning sets, read when an article names no other. */
    static final String WIKINEWS = "examples/wikinews/wikinews.jsonl";

    /** A gold article with the source record of its text. */
    record GoldText(EventGoldFile.Article article, SourceRecord text) {}

    /** Where a gold article's text is: the record {@code docId} of the corpus file {@code texts}. */
    record Where(String docId, String texts) {}

    private GoldTexts() {}

    static List<GoldText> find(Path home, List<EventGoldFile.Article> articles) {
        Map<String, SourceRecord> records = records(
                home,
                articles.stream()
                        .map(article -> new Where(article.docId(), article.texts()))
                        .toList());
        List<GoldText> found = new ArrayList<>();
        articles.forEach(article -> found.add(new GoldText(article, records.get(article.docId()))));
        return found;
    }

    /** The source record of each article by its doc id, in the order given; fails naming every id not found. */
    static Map<String, SourceRecord> records(Path home, List<Where> wheres) {
        Map<String, Map<String, SourceRecord>> corpora = new LinkedHashMap<>();
        wheres.forEach(where -> corpora.computeIfAbsent(where.texts(), texts -> byId(home.resolve(texts))));
        List<String> unknown = wheres.stream()
                .filter(where -> !corpora.get(where.texts()).containsKey(where.docId()))
                .map(where -> where.docId() + " (not in " + where.texts() + ")")
                .toList();
        if (!unknown.isEmpty()) {
            throw new UserException("gold articles without a text: " + String.join(", ", unknown));
        }
        Map<String, SourceRecord> found = new LinkedHashMap<>();
        wheres.forEach(
                where -> found.put(where.docId(), corpora.get(where.texts()).get(where.docId())));
        return found;
    }

    /** The corpus a gold line's {@code texts} names; Wikinews when the field is absent, refused when it is no name. */
    static String texts(JsonNode node, Path file, int lineNumber) {
        JsonNode texts = node.path("texts");
        if (texts.isMissingNode()) {
            return WIKINEWS;
        }
        if (!texts.isTextual() || texts.asText().isBlank()) {
            throw new UserException(file + " line " + lineNumber
                    + ": 'texts' must name the JSON Lines file that holds the article's text, e.g. " + WIKINEWS);
        }
        return texts.asText().strip();
    }

    private static Map<String, SourceRecord> byId(Path corpus) {
        Map<String, SourceRecord> byId = new HashMap<>();
        EventEvalSets.records(corpus, Metadata.EMPTY).forEach(record -> byId.put(idAfterHash(record.source()), record));
        return byId;
    }

    private static String idAfterHash(String source) {
        return source.substring(source.lastIndexOf('#') + 1);
    }
}
