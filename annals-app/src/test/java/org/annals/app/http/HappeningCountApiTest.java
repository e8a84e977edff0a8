package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.core.Actor;
import org.annals.store.AnnalsStore;
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

    static AnnalsStore store;
    static ApiServer server;
    static HttpClientForTests http;

    @BeforeAll
    static void startServer() {
        store = AnnalsStore.openForWriting(dataDir);
        for (String publisher : List.of("Alpha Gazette", "Beta Herald")) {
            store.put(new StoredDocuments(
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
        server = TestServers.start(store, Optional.empty());
        http = new HttpClientForTests(server.url());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        store.close();
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
