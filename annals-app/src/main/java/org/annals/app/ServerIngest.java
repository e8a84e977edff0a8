package org.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.annals.core.Metadata;
import org.annals.ingest.SourceError;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;

/**
 * Ingests through a running {@code annals serve} that owns the store: documents are read here and sent in batches
 * to its POST /api/documents, which analyses and stores them. Nothing touches the store directly, so the server's
 * lock is respected and nothing can be corrupted.
 */
final class ServerIngest {
    static final int BATCH = 16;
    /** A batch is sent early once its content reaches this size, well under the server's request limit. */
    static final long BATCH_CHARS = 8_000_000;
    /** Analysis of a batch may have to load the models first (about a minute). */
    static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String token;
    private long stored;
    private long duplicates;
    private final List<String> failures = new ArrayList<>();

    ServerIngest(String serverUrl, String token) {
        this.endpoint = URI.create(serverUrl + "/api/documents");
        this.token = token;
    }

    /** Sends every item; returns the exit code: 0 when all were stored or already there, 1 otherwise. */
    int run(Iterator<SourceItem> items, PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        ArrayNode batch = MAPPER.createArrayNode();
        long chars = 0;
        while (items.hasNext()) {
            SourceItem item = items.next();
            if (item instanceof SourceError error) {
                failures.add(new Outcome.Failed(error.source(), error.message()).line());
            } else {
                SourceRecord record = (SourceRecord) item;
                batch.add(record(record));
                chars += record.content().length();
            }
            if (batch.size() == BATCH || chars >= BATCH_CHARS || (!items.hasNext() && !batch.isEmpty())) {
                send(batch);
                batch = MAPPER.createArrayNode();
                chars = 0;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                java.util.Locale.ROOT,
                "Sent to the server at %s: %d stored, %d already stored, %d failed, in %.1f s.%n",
                endpoint,
                stored,
                duplicates,
                failures.size(),
                seconds);
        failures.forEach(f -> err.println("annals: " + f));
        return failures.isEmpty() ? Main.OK : Main.FAILURE;
    }

    private static ObjectNode record(SourceRecord record) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", record.source());
        node.put(record.format().equals("html") ? "html" : "text", record.content());
        Metadata metadata = record.metadata().orElse(record.fallback());
        node.put("url", metadata.url());
        node.put("publisher", metadata.publisher());
        node.put("title", metadata.title());
        node.put("language", metadata.language());
        metadata.publishedDate().ifPresent(date -> node.put("date", date.toString()));
        return node;
    }

    private void send(ArrayNode batch) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(BATCH_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = MAPPER.readTree(response.body());
            if (!body.has("documents")) {
                throw new UserException("the server at " + endpoint + " refused the documents (HTTP "
                        + response.statusCode() + "): " + body.path("error").asText(response.body()));
            }
            count(body);
        } catch (IOException e) {
            throw new UserException("cannot send documents to the server at " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while sending documents to " + endpoint, e);
        }
    }

    private void count(JsonNode body) {
        for (JsonNode document : body.path("documents")) {
            switch (document.path("status").asText()) {
                case "stored" -> stored++;
                case "duplicate" -> duplicates++;
                default ->
                    failures.add(document.path("source").asText() + ": "
                            + document.path("error").asText());
            }
        }
    }
}
