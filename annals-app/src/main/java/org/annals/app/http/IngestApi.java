package org.annals.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.annals.app.AnnalsEngine;
import org.annals.app.BatchRunner;
import org.annals.app.Outcome;
import org.annals.core.Document;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceReader;
import org.annals.ingest.SourceRecord;
import org.annals.store.AnnalsStore;
import org.annals.store.PutResult;

/**
 * POST /api/documents: analyses and stores documents given as JSON, with the fields of the JSON Lines input. The
 * engine is only asked for on the first document that needs analysis, so a server that never ingests never loads
 * the models. A bad record is reported and the others are still stored.
 */
final class IngestApi {
    static final long MAX_RECORD_BYTES = 20_000_000;
    static final String SOURCE = "http";

    private final AnnalsStore store;
    private final Supplier<AnnalsEngine> engine;
    private final SourceReader reader = new SourceReader(MAX_RECORD_BYTES);

    IngestApi(AnnalsStore store, Supplier<AnnalsEngine> engine) {
        this.store = store;
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.post(
                "/api/documents",
                "Analyse and store documents. Body: one JSON object or an array of them, with text or html and"
                        + " optionally id, url, date, publisher, title (as in JSON Lines input). Needs the bearer"
                        + " token.",
                List.of(),
                this::ingest));
    }

    private Reply ingest(ApiRequest request) {
        ArrayNode results = Json.array();
        long stored = 0;
        long duplicates = 0;
        long failed = 0;
        for (SourceItem item : items(request.body())) {
            ObjectNode result = results.addObject();
            result.put("source", item.source());
            String status = store(item, result);
            switch (status) {
                case "stored" -> stored++;
                case "duplicate" -> duplicates++;
                default -> failed++;
            }
        }
        ObjectNode body = Json.object();
        body.put("stored", stored);
        body.put("duplicates", duplicates);
        body.put("failed", failed);
        body.set("documents", results);
        return new Reply(failed > 0 && stored + duplicates == 0 ? 422 : 200, body);
    }

    private String store(SourceItem item, ObjectNode result) {
        if (item instanceof SourceRecord record) {
            result.put("id", record.contentHash());
            if (store.contains(record.contentHash())) {
                result.put("status", "duplicate");
                return "duplicate";
            }
        }
        Document document;
        PutResult put;
        try {
            Outcome outcome = BatchRunner.analyseOne(engine.get(), item);
            if (outcome instanceof Outcome.Failed failure) {
                return failed(result, failure.message());
            }
            document = ((Outcome.Analysed) outcome).document();
            put = store.put(document);
        } catch (RuntimeException e) {
            return failed(result, String.valueOf(e.getMessage()));
        }
        String status = put.isStored() ? "stored" : "duplicate";
        result.put("status", status);
        result.put("story_id", put.storyId());
        result.put("events", document.events().size());
        return status;
    }

    private static String failed(ObjectNode result, String message) {
        result.put("status", "failed");
        result.put("error", message);
        return "failed";
    }

    /** The body's records as JSON Lines, read by the same reader as `annals ingest` uses for .jsonl files. */
    private List<SourceItem> items(String body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !(root.isObject() || root.isArray()) || root.isEmpty()) {
            throw ApiException.badRequest("the body must be a JSON object with text or html, or a non-empty array"
                    + " of such objects, e.g. {\"text\": \"...\", \"date\": \"2025-09-02\"}");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode record : root.isArray() ? root : Json.array().add(root)) {
            lines.append(Json.write(record)).append('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        try (Stream<SourceItem> items = reader.readJsonLines(new ByteArrayInputStream(bytes), SOURCE)) {
            return items.toList();
        }
    }
}
