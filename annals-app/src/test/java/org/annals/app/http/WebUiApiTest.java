package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the web UI needs beyond the read API: its files with a CSP, type filters, snippets and type sides. */
class WebUiApiTest {
    static final Actor ANNA = StoredDocuments.person("person:anna-berg", "Anna Berg", "RUR");
    static final Actor KARL = StoredDocuments.person("person:karl-vogt", "Karl Vogt", "OST");

    @TempDir
    static Path dataDir;

    static ServedStore served;
    static HttpClientForTests http;

    @BeforeAll
    static void startServer() {
        List<Document> documents = new ArrayList<>();
        documents.add(new StoredDocuments(
                        "Ministers meet at the river summit",
                        "Alpha Gazette",
                        LocalDate.of(2024, 3, 5),
                        "Anna Berg met Karl Vogt at the river summit. The weather was mild.")
                .mentions(ANNA)
                .mentions(KARL)
                .event("CONSULT", "Anna Berg met Karl Vogt at the river summit.", "met", ANNA, KARL, "2024-03-05", 1)
                .build());
        documents.add(new StoredDocuments(
                        "Vogt accuses Berg over bridge costs",
                        "Beta Herald",
                        LocalDate.of(2024, 4, 10),
                        "The council met again. Karl Vogt accused Anna Berg of hiding the bridge costs.")
                .mentions(ANNA)
                .mentions(KARL)
                .event(
                        "ACCUSE",
                        "Karl Vogt accused Anna Berg of hiding the bridge costs.",
                        "accused",
                        KARL,
                        ANNA,
                        "2024-04-10",
                        -2)
                .build());
        served = ServedStore.of(dataDir, documents);
        http = served.http();
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void documentsAreFilteredByEventType() {
        JsonNode accusations = http.getJson("/api/documents?type=ACCUSE");
        assertEquals(1, accusations.path("total").asInt());
        assertEquals(
                "Vogt accuses Berg over bridge costs",
                accusations.path("items").get(0).path("title").asText());
        assertEquals(2, http.getJson("/api/documents").path("total").asInt());
        HttpClientForTests.Response unknown = http.get("/api/documents?type=HUG");
        assertEquals(400, unknown.status());
        assertEquals("type", unknown.json().path("parameter").asText());
    }

    @Test
    void searchGivesEachHitASnippetWhereTheWordsAre() {
        JsonNode hits = http.getJson("/api/search?q=bridge").path("items");
        assertEquals(1, hits.size());
        String snippet = hits.get(0).path("snippet").asText();
        assertTrue(snippet.contains("bridge costs"), snippet);
        assertEquals(400, http.get("/api/search?q=").status());
        JsonNode page = http.getJson("/api/documents?q=bridge").path("items");
        assertEquals(snippet, page.get(0).path("snippet").asText(), "the search page's snippet, without /api/search");
        assertTrue(http.getJson("/api/documents")
                .path("items")
                .get(0)
                .path("snippet")
                .isMissingNode());
        assertEquals(
                "q", http.get("/api/search?q=%22open").json().path("parameter").asText());
    }

    @Test
    void everyValidEventTypeHasASide() {
        Map<String, String> sides = new HashMap<>();
        http.getJson("/api/event-types")
                .path("items")
                .forEach(t -> sides.put(t.path("type").asText(), t.path("side").asText()));
        assertEquals("conflict", sides.get("ACCUSE"));
        assertEquals("cooperation", sides.get("CONSULT"));
        assertEquals(Set.of("cooperation", "conflict"), new HashSet<>(sides.values()));
        Set<String> valid = new HashSet<>();
        http.get("/api/events?type=HUG").json().path("valid").forEach(v -> valid.add(v.asText()));
        assertEquals(valid, sides.keySet());
    }

    @Test
    void uiPagesAreServedWithAContentSecurityPolicyThatAllowsOnlyOwnScripts() {
        HttpClientForTests.Response page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/js/app.js"), "the page loads the app module");
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertFalse(policy.toLowerCase(Locale.ROOT).contains("unsafe-eval"), policy);
        assertFalse(policy.substring(policy.indexOf("script-src")).split(";")[0].contains("unsafe-inline"), policy);
        assertEquals(200, http.get("/js/reader.js").status());
        assertEquals(200, http.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status());
        assertEquals(
                200, http.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").status());
    }
}
