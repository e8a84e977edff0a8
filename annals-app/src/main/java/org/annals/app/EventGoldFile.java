package org.annals.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.coding.eval.EvalActor;
import org.annals.coding.eval.GoldEvent;

/** Reads an event gold file (docs/event-annotation.md): one article a line with its annotated events. */
final class EventGoldFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One annotated article: its id (as in the texts file), the corpus file that holds its text (relative to the
     * repository root), its publication date ("" when it has none) and its events.
     */
    record Article(String docId, String texts, String date, List<GoldEvent> events) {}

    private EventGoldFile() {}

    static List<Article> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("event gold " + file + " not found");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read event gold " + file + ": " + e.getMessage());
        }
        List<Article> articles = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            if (!lines.get(index).isBlank()) {
                articles.add(article(parse(lines.get(index), file, index + 1), file, index + 1));
            }
        }
        if (articles.isEmpty()) {
            throw new UserException("event gold " + file + " has no articles");
        }
        return articles;
    }

    private static JsonNode parse(String line, Path file, int lineNumber) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new UserException(
                    "event gold " + file + " line " + lineNumber + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static Article article(JsonNode node, Path file, int lineNumber) {
        String docId = node.path("doc_id").asText("");
        if (docId.isEmpty()) {
            throw new UserException(file + " line " + lineNumber + ": no doc_id");
        }
        if (!node.path("events").isArray()) {
            throw new UserException(file + " line " + lineNumber + ": no events list");
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode event : node.path("events")) {
            if (event.path("type").asText("").isEmpty()) {
                throw new UserException(file + " line " + lineNumber + ": an event without a type");
            }
            events.add(event(event));
        }
        return new Article(
                docId,
                GoldTexts.texts(node, file, lineNumber),
                node.path("date").asText(""),
                events);
    }

    private static GoldEvent event(JsonNode event) {
        return new GoldEvent(
                event.path("type").asText(""),
                actors(event.path("sources")),
                actors(event.path("targets")),
                event.path("date").asText(""),
                event.path("granularity").asText(""),
                event.path("modality").asText(""),
                strings(event.path("evidence")),
                event.path("trigger").asText(""),
                strings(event.path("contexts")));
    }

    private static List<EvalActor> actors(JsonNode list) {
        List<EvalActor> actors = new ArrayList<>();
        list.forEach(actor -> actors.add(
                new EvalActor(actor.path("code").asText(""), actor.path("name").asText(""))));
        return actors;
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asText("")));
        return values;
    }
}
