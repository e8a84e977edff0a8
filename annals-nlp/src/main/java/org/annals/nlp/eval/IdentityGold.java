package org.annals.nlp.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annals.core.Span;

/**
 * Reads {@code eval/identity-gold/mentions.jsonl} (format: docs/identity-annotation.md): gold mentions by document
 * id, with their covered text taken from the article.
 */
public final class IdentityGold {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IdentityGold() {}

    /** {@code articleText} gives the text of a document id (offsets point into it). */
    public static Map<String, List<IdentityMention>> read(Path jsonl, Function<String, String> articleText) {
        try {
            Map<String, List<IdentityMention>> byDocument = new LinkedHashMap<>();
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = MAPPER.readTree(line);
                    String id = node.path("doc_id").asText("");
                    byDocument.put(id, mentions(id, node, articleText.apply(id)));
                }
            }
            return byDocument;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not an identity gold file: " + jsonl + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
    }

    private static List<IdentityMention> mentions(String id, JsonNode node, String text) {
        List<IdentityMention> mentions = new ArrayList<>();
        for (JsonNode entity : node.path("entities")) {
            for (JsonNode offsets : entity.path("mentions")) {
                Span span = new Span(offsets.get(0).asInt(), offsets.get(1).asInt());
                String covered = text != null && span.end() <= text.length() ? span.of(text) : "";
                mentions.add(new IdentityMention(
                        id,
                        span,
                        covered,
                        entity.path("key").asText(""),
                        entity.path("kind").asText("")));
            }
        }
        mentions.sort(java.util.Comparator.comparing(IdentityMention::span));
        return List.copyOf(mentions);
    }
}
