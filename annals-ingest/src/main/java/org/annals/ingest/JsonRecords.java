package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;

/** Turns one JSON object (a JSON Lines line or a stand-alone .json file) into source items. */
final class JsonRecords {
    // Trailing tokens fail so that two records on one line are reported, not half read.
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecords() {}

    /**
     * @param file the file name used in messages
     * @param where the position used in messages, such as {@code :12} for line 12, or empty
     * @param fallbackId the id used when the record has none, such as {@code line-12}
     */
    static List<SourceItem> parse(String json, String file, String where, String fallbackId, Metadata overrides) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of(new SourceError(
                    file + where,
                    file + where + ": invalid JSON (" + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " at column " + e.getLocation().getColumnNr())
                            + "); each record must be one JSON object"));
        }
        if (node == null || !node.isObject()) {
            return List.of(new SourceError(
                    file + where, file + where + ": expected a JSON object with 'id' and 'text' or 'html'"));
        }
        return fromObject(node, file, where, fallbackId, overrides);
    }

    private static List<SourceItem> fromObject(
            JsonNode node, String file, String where, String fallbackId, Metadata overrides) {
        String id = node.path("id").isValueNode() ? node.path("id").asText("").strip() : "";
        String source = file + "#" + (id.isEmpty() ? fallbackId : id);
        String text = node.path("text").isTextual() ? node.path("text").asText() : "";
        String html = node.path("html").isTextual() ? node.path("html").asText() : "";
        if (text.isBlank() && html.isBlank()) {
            return List.of(new SourceError(
                    source,
                    file + where + ": record has no 'text' or 'html' field (or it is empty); "
                            + "give each record its content in one of them"));
        }
        List<SourceItem> items = new ArrayList<>();
        SourcedMetadata.Parsed parsed = SourcedMetadata.fromJson(node, "record");
        parsed.problemMessage().ifPresent(p -> items.add(new SourceError(source, file + where + ": " + p)));
        SourcedMetadata metadata = parsed.value().overriddenBy(overrides, "cli");
        // Plain text wins over HTML when a record has both: it is already what extraction would produce.
        String format = text.isBlank() ? Formats.HTML : Formats.TEXT;
        String content = text.isBlank() ? html : text;
        items.add(new SourceRecord(
                source, format, content, metadata.metadata(), metadata.describeSources(), ContentHash.sha256(content)));
        return items;
    }
}
