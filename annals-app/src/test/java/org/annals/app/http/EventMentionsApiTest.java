package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/events} lists each event's further tellings as {@code /api/documents/{id}} does. */
class EventMentionsApiTest {
    private static final Actor ANNA = StoredDocuments.person("person:anna-berg", "Anna Berg", "RUR");
    private static final Actor KARL = StoredDocuments.person("person:karl-vogt", "Karl Vogt", "OST");
    private static final String TOLD = "Anna Berg met Karl Vogt at the river summit.";
    private static final String RETOLD = "The meeting lasted three hours.";

    @TempDir
    static Path dataDir;

    static ServedStore served;
    static HttpClientForTests http;
    static Document doc;

    @BeforeAll
    static void startServer() {
        Document built = new StoredDocuments(
                        "River summit", "Alpha Gazette", LocalDate.of(2024, 3, 5), TOLD + " " + RETOLD)
                .mentions(ANNA)
                .mentions(KARL)
                .event("CONSULT", TOLD, "met", ANNA, KARL, "2024-03-05", 1)
                .build();
        int start = built.text().indexOf(RETOLD);
        Span retold = new Span(start, start + RETOLD.length());
        doc = built.withEvents(
                built.events().stream().map(e -> e.withMention(retold)).toList());
        served = ServedStore.of(dataDir, List.of(doc));
        http = served.http();
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void eventsListTheirFurtherTellingsAsTheDocumentDoes() {
        JsonNode listed = http.getJson("/api/events").path("items").get(0).path("mentions");
        JsonNode inDocument =
                http.getJson("/api/documents/" + doc.id()).path("events").get(0).path("mentions");

        assertEquals(1, listed.size(), listed.toString());
        int start = doc.text().indexOf(RETOLD);
        assertEquals(start, listed.get(0).path("start").asInt());
        assertEquals(start + RETOLD.length(), listed.get(0).path("end").asInt());
        assertEquals(RETOLD, listed.get(0).path("text").asText());
        assertEquals(inDocument, listed);
    }
}
