package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relations and networks count each real-world happening once unless asked to count every article's report. */
class HappeningCountApiTest {
    private static final Actor ANNA = StoredDocuments.person("person:anna-berg", "Anna Berg", "RUR");
    private static final Actor KARL = StoredDocuments.person("person:karl-vogt", "Karl Vogt", "OST");

    @TempDir
    static Path dataDir;

    static ServedStore served;
    static HttpClientForTests http;

    @BeforeAll
    static void startServer() {
        List<Document> documents = new ArrayList<>();
        for (String publisher : List.of("Alpha Gazette", "Beta Herald")) {
            documents.add(new StoredDocuments(
                            publisher + " on the river summit",
                            publisher,
                            LocalDate.of(2024, 3, 5),
                            "Anna Berg met Karl Vogt at the river summit.")
                    .mentions(ANNA)
                    .mentions(KARL)
                    .event(
                            "CONSULT",
                            "Anna Berg met Karl Vogt at the river summit.",
                            "met",
                            ANNA,
                            KARL,
                            "2024-03-05",
                            1)
                    .build());
        }
        served = ServedStore.of(dataDir, documents);
        http = served.http();
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void relationsCountTheSummitOnceByDefaultAndTwiceAsEvents() {
        String relation = "/api/relations?a=" + ANNA.id() + "&b=" + KARL.id();
        assertEquals(1, http.getJson(relation).path("totals").path("events").asInt());
        assertEquals(
                1,
                http.getJson(relation + "&count=happenings")
                        .path("totals")
                        .path("events")
                        .asInt());
        assertEquals(
                2,
                http.getJson(relation + "&count=events")
                        .path("totals")
                        .path("events")
                        .asInt());
    }

    @Test
    void networkEdgesWeighHappeningsByDefaultAndEventsOnRequest() {
        assertEquals(
                1,
                http.getJson("/api/network")
                        .path("edges")
                        .path(0)
                        .path("events")
                        .asInt());
        assertEquals(
                2,
                http.getJson("/api/network?count=events")
                        .path("edges")
                        .path(0)
                        .path("events")
                        .asInt());
    }

    @Test
    void anUnknownCountIsRefusedNamingTheValidOnes() {
        HttpClientForTests.Response response = http.get("/api/network?count=articles");
        assertEquals(400, response.status(), response.body());
        assertEquals("count", response.json().path("parameter").asText());
        assertEquals(
                "[\"events\",\"happenings\"]", response.json().path("valid").toString());
    }
}
