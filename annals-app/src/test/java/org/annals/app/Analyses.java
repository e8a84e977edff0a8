package org.annals.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;

/** Analyses repository examples once per test JVM with the one shared engine (models load once). */
final class Analyses {
    private static final Map<String, Document> CACHE = new ConcurrentHashMap<>();

    private Analyses() {}

    static Document seed() {
        return CACHE.computeIfAbsent(
                "seed", key -> analyse(Repository.seed(), Metadata.EMPTY).get(0));
    }

    /** The Wikinews article with this id, analysed. */
    static Document wikinews(String id) {
        return CACHE.computeIfAbsent(id, key -> wikinewsRecords().stream()
                .filter(r -> r.source().endsWith("#" + id))
                .findFirst()
                .map(r -> Engines.shared().analyse(r))
                .orElseThrow(() -> new IllegalArgumentException("no Wikinews article " + id)));
    }

    static List<SourceRecord> wikinewsRecords() {
        return records(Repository.wikinews());
    }

    static List<Document> analyse(Path path, Metadata overrides) {
        return records(path, overrides).stream()
                .map(r -> Engines.shared().analyse(r))
                .toList();
    }

    static List<SourceRecord> records(Path path) {
        return records(path, Metadata.EMPTY);
    }

    private static List<SourceRecord> records(Path path, Metadata overrides) {
        try (Stream<SourceItem> items =
                new Sources(20_000_000L, Sources.InputFormat.AUTO).openPaths(List.of(path), overrides)) {
            return items.filter(SourceRecord.class::isInstance)
                    .map(SourceRecord.class::cast)
                    .toList();
        }
    }
}
