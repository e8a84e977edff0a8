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
import java.util.Locale;
import java.util.Map;
import org.annals.core.QuoteKind;
import org.annals.core.Span;

/** Reads {@code eval/quotes-gold/quotes.jsonl} (format: docs/quote-annotation.md): gold quotes by document id. */
public final class QuoteGold {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuoteGold() {}

    /** Document id to its gold quotes, in file order. */
    public static Map<String, List<ScoredQuote>> read(Path jsonl) {
        try {
            Map<String, List<ScoredQuote>> byDocument = new LinkedHashMap<>();
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = MAPPER.readTree(line);
                    String id = node.path("doc_id").asText("");
                    List<ScoredQuote> quotes = new ArrayList<>();
                    node.path("quotes").forEach(q -> quotes.add(quote(id, q)));
                    byDocument.put(id, List.copyOf(quotes));
                }
            }
            return byDocument;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a quote gold file: " + jsonl + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
    }

    static ScoredQuote quote(String documentId, JsonNode node) {
        JsonNode speaker = node.path("speaker");
        return new ScoredQuote(
                documentId,
                QuoteKind.valueOf(node.path("kind").asText("").toUpperCase(Locale.ROOT)),
                new Span(node.path("start").asInt(), node.path("end").asInt()),
                node.path("text").asText(""),
                speaker.path("key").asText(""),
                speaker.path("name").asText(""),
                speaker.path("kind").asText(""));
    }
}
