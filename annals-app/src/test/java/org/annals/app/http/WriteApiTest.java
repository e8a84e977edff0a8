package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/documents and the token rule, with the extraction-only engine (no models): 403 when no token is
 * configured, 401 for a missing or wrong token, documents stored with the right one. Also the 500 answer.
 */
class WriteApiTest {
    static final String TOKEN = "write-token-9876543210";

    @TempDir
    static Path dataDir;

    static AnnalsStore store;
    static ApiServer withToken;
    static ApiServer withoutToken;

    @BeforeAll
    static void start() {
        store = AnnalsStore.openForWriting(dataDir);
        withToken = TestServers.start(store, Optional.of(TOKEN));
        withoutToken = TestServers.start(store, Optional.empty());
    }

    @AfterAll
    static void stop() {
        withToken.close();
        withoutToken.close();
        store.close();
    }

    private static String record(String text) {
        return Json.write(Json.object()
                .put("text", text)
                .put("title", "Canal reopens")
                .put("publisher", "Gamma Post")
                .put("date", "2024-05-01"));
    }

    @Test
    void withoutAConfiguredTokenWritingIsForbiddenAndTheAnswerSaysHowToConfigureOne() {
        HttpClientForTests.Response response = new HttpClientForTests(withoutToken.url())
                .post("/api/documents", record("The canal reopened to barges on Monday."), TOKEN);
        assertEquals(403, response.status());
        assertTrue(response.json().path("error").asText().contains(Tokens.CONFIG_FILE), response.body());
    }

    @Test
    void aMissingOrWrongTokenIsUnauthorised() {
        HttpClientForTests http = new HttpClientForTests(withToken.url());
        String body = record("The canal reopened to ships on Tuesday.");
        assertEquals(401, http.post("/api/documents", body, null).status());
        assertEquals(401, http.post("/api/documents", body, TOKEN + "x").status());
        assertEquals(
                0,
                new HttpClientForTests(withToken.url())
                        .get("/api/documents?q=ships")
                        .json()
                        .path("total")
                        .asInt());
    }

    @Test
    void theRightTokenStoresDocumentsOnceAndReportsBadRecords() {
        HttpClientForTests http = new HttpClientForTests(withToken.url());
        String text = "The canal reopened to ferries on Wednesday after a year of repairs.";
        HttpClientForTests.Response first = http.post("/api/documents", record(text), TOKEN);
        assertEquals(200, first.status(), first.body());
        assertEquals(1, first.json().path("stored").asInt());
        String id = first.json().path("documents").get(0).path("id").asText();

        JsonNode document = http.get("/api/documents/" + id).json();
        assertEquals(text, document.path("text").asText());
        assertEquals("Gamma Post", document.path("publisher").asText());
        assertEquals("2024-05-01", document.path("published").asText());

        JsonNode again = http.post("/api/documents", "[" + record(text) + ", {\"title\": \"no text\"}]", TOKEN)
                .json();
        assertEquals(0, again.path("stored").asInt());
        assertEquals(1, again.path("duplicates").asInt());
        assertEquals(1, again.path("failed").asInt());

        // Regression: the API stored a page with no text left after extraction, which `annals ingest` refuses.
        JsonNode empty = http.post(
                        "/api/documents",
                        "{\"html\": \"<html><body><script>var x = 1;</script><img src=a.png></body></html>\"}",
                        TOKEN)
                .json();
        assertEquals(1, empty.path("failed").asInt(), empty.toString());
        assertTrue(empty.path("documents").get(0).path("error").asText().contains("no text left"), empty.toString());

        assertEquals(400, http.post("/api/documents", "{not json", TOKEN).status());
        assertEquals(400, http.post("/api/documents", "[]", TOKEN).status());
    }

    @Test
    void aBatchLargerThanTheFrameworkDefaultIsAccepted() {
        // Javalin refuses bodies over 1 MB unless told otherwise; a batch of web pages is easily larger.
        String longArticle = "The canal authority published its yearly report on traffic and repairs. ".repeat(20_000);
        HttpClientForTests.Response response =
                new HttpClientForTests(withToken.url()).post("/api/documents", record(longArticle), TOKEN);
        assertEquals(
                200,
                response.status(),
                response.body().substring(0, Math.min(300, response.body().length())));
        assertEquals(1, response.json().path("stored").asInt());
    }

    @Test
    void anInternalErrorAnswersWithAnIdAndNoStackTrace(@TempDir Path otherDir) {
        AnnalsStore closing = AnnalsStore.openForWriting(otherDir);
        ApiServer server =
                ApiServer.start(new ApiServer.Setup(closing, () -> null, Optional.empty(), "test"), "127.0.0.1", 0);
        try {
            closing.close();
            HttpClientForTests.Response response = new HttpClientForTests(server.url()).get("/api/events");
            assertEquals(500, response.status());
            assertEquals("internal error", response.json().path("error").asText());
            assertFalse(response.json().path("id").asText().isBlank());
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("org.annals"), response.body());
        } finally {
            server.close();
        }
    }
}
