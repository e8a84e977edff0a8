package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote names the events that rest on it, in the quotes list and in the stored document. */
class QuoteEventsApiTest {
    private static final Actor KARL = StoredDocuments.person("person:karl-vogt", "Karl Vogt", "OST");
    private static final Actor ANNA = StoredDocuments.person("person:anna-berg", "Anna Berg", "RUR");
    private static final Actor LENA = StoredDocuments.person("person:lena-holm", "Lena Holm", "OST");
    private static final String ACCUSATION = "Karl Vogt accused Anna Berg: \"She hid the bridge costs.\"";

    @TempDir
    static Path dataDir;

    static ServedStore served;
    static HttpClientForTests http;
    static Document stored;

    @BeforeAll
    static void startServer() {
        stored = new StoredDocuments(
                        "Vogt and Holm on the bridge audit",
                        "Beta Herald",
                        LocalDate.of(2024, 4, 10),
                        ACCUSATION + " Lena Holm said: \"The audit starts in May.\"")
                .mentions(KARL)
                .mentions(ANNA)
                .mentions(LENA)
                .event("ACCUSE", ACCUSATION, "accused", KARL, ANNA, "2024-04-10", -2)
                .quote("She hid the bridge costs.", KARL)
                .quote("The audit starts in May.", LENA)
                .build();
        served = ServedStore.of(dataDir, List.of(stored));
        http = served.http();
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void theQuotesListNamesEachQuotesEvents() {
        JsonNode karl = http.getJson("/api/quotes?speaker=" + HttpClientForTests.encode("Karl Vogt"))
                .path("items")
                .get(0);
        assertEquals(1, karl.path("events").size());
        assertEquals("ACCUSE", karl.path("events").get(0).path("type").asText());
        String accusationId = http.getJson("/api/events?type=ACCUSE")
                .path("items")
                .get(0)
                .path("id")
                .asText();
        assertEquals(accusationId, karl.path("events").get(0).path("id").asText());
        JsonNode lena = http.getJson("/api/quotes?speaker=" + HttpClientForTests.encode("Lena Holm"))
                .path("items")
                .get(0);
        assertEquals(0, lena.path("events").size(), "no event rests on the audit date");
    }

    @Test
    void theStoredDocumentsQuotesCarryTheirEventIds() {
        JsonNode quotes = http.getJson("/api/documents/" + stored.id()).path("quotes");
        assertEquals(2, quotes.size());
        assertEquals("ACCUSE", quotes.get(0).path("event_types").get(0).asText());
        assertEquals(0, quotes.get(1).path("event_ids").size());
    }
}
