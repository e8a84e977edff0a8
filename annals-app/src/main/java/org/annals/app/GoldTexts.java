package org.annals.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.core.Metadata;
import org.annals.ingest.SourceRecord;

/**
 * Finds the text of each article of an event gold file: the record whose {@code id} is the article's
 * {@code doc_id} in the JSON Lines corpus its {@code texts} field names (relative to the repository root), Wikinews
 * when the field is absent. Every article is looked up before any is analysed, so a wrong id fails at start.
 */
final class GoldTexts {
    /** The corpus of the Wikinews gold and tuning sets, read when an article names no other. */
    static final String WIKINEWS = "examples/wikinews/wikinews.jsonl";

    /** A gold article with the source record of its text. */
    record GoldText(EventGoldFile.Article article, SourceRecord text) {}

    private GoldTexts() {}

    static List<GoldText> find(Path home, List<EventGoldFile.Article> articles) {
        Map<String, Map<String, SourceRecord>> corpora = new LinkedHashMap<>();
        articles.forEach(article -> corpora.computeIfAbsent(article.texts(), texts -> byId(home.resolve(texts))));
        List<String> unknown = articles.stream()
                .filter(article -> !corpora.get(article.texts()).containsKey(article.docId()))
                .map(article -> article.docId() + " (not in " + article.texts() + ")")
                .toList();
        if (!unknown.isEmpty()) {
            throw new UserException("gold articles without a text: " + String.join(", ", unknown));
        }
        List<GoldText> found = new ArrayList<>();
        articles.forEach(article ->
                found.add(new GoldText(article, corpora.get(article.texts()).get(article.docId()))));
        return found;
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
