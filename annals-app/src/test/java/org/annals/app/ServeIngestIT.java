package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.annals.app.http.ApiServer;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/documents with the real engine: the models load on the first document and annotations are stored. */
class ServeIngestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "it-token";

    @Test
    void postedDocumentsAreAnalysedAndStoredWithOffsetsIntoTheirText(@TempDir Path dataDir) throws Exception {
        String text = "Norway's prime minister met the German chancellor in Berlin on Monday. The two leaders agreed"
                + " to expand cooperation on offshore wind, officials said.";
        String body = JSON.createObjectNode()
                .put("text", text)
                .put("date", "2024-06-03")
                .put("publisher", "Example Wire")
                .toString();
        HttpClient client = HttpClient.newHttpClient();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir);
                ApiServer server = ApiServer.start(
                        new ApiServer.Setup(store, Engines::shared, Optional.of(TOKEN), "test"), "127.0.0.1", 0)) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(server.url() + "/api/documents"))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            JsonNode result = send(client, post);
            assertEquals(1, result.path("stored").asInt(), result.toString());
            String id = result.path("documents").get(0).path("id").asText();

            JsonNode document = send(
                    client,
                    HttpRequest.newBuilder(URI.create(server.url() + "/api/documents/" + id))
                            .build());
            assertEquals(text, document.path("text").asText());
            assertFalse(document.path("mentions").isEmpty(), document.toString());
            for (JsonNode mention : document.path("mentions")) {
                assertEquals(
                        mention.path("text").asText(),
                        text.substring(
                                mention.path("start_offset").asInt(),
                                mention.path("end_offset").asInt()));
            }
        }
    }

    private static JsonNode send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
