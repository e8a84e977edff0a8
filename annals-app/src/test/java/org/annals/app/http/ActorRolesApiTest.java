package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** An actor's profile lists the roles the documents gave it over time, each with evidence linking to a document. */
class ActorRolesApiTest {
    private static final Actor LENA = StoredDocuments.person("person:lena-holm", "Lena Holm", "");
    private static final String PORTS = "org:nordvik-ports";
    private static final String HARBOUR = "Harbour Minister Lena Holm opened the <b>new</b> quay.";
    private static final String CHAIR = "Lena Holm, the chair of Nordvik Ports, presented the plan.";

    @TempDir
    static Path dataDir;

    static final List<Document> DOCUMENTS = new ArrayList<>();
    static ServedStore served;
    static HttpClientForTests http;

    @BeforeAll
    static void startServer() {
        DOCUMENTS.add(new StoredDocuments("Ports get new leadership", "Beta Herald", LocalDate.of(2025, 1, 20), CHAIR)
                .mentions(LENA)
                .organisation(PORTS, "Nordvik Ports")
                .described(LENA, "chair", "", "chair")
                .sentence(CHAIR)
                .build());
        DOCUMENTS.add(new StoredDocuments("Quay opens", "Alpha Gazette", LocalDate.of(2024, 3, 5), HARBOUR)
                .mentions(LENA)
                .described(LENA, "harbour minister", "NVK", "Harbour Minister")
                .sentence(HARBOUR)
                .build());
        served = ServedStore.of(dataDir, DOCUMENTS);
        http = served.http();
    }

    @AfterAll
    static void stopServer() {
        served.close();
    }

    @Test
    void rolesAreListedOldestFirstWithTheirDatesAndOrganisation() {
        JsonNode roles = http.getJson("/api/actors/" + LENA.id()).path("roles");

        assertEquals(2, roles.size(), roles.toString());
        JsonNode minister = roles.get(0);
        assertEquals("harbour minister", minister.path("role").asText());
        assertEquals("NVK", minister.path("country").asText());
        assertTrue(minister.path("organisation").isNull());
        assertEquals("2024-03-05", minister.path("first_seen").asText());
        assertEquals("2024-03-05", minister.path("last_seen").asText());
        assertEquals(1, minister.path("documents").asInt());
        JsonNode chair = roles.get(1);
        assertEquals("chair", chair.path("role").asText());
        assertEquals(PORTS, chair.path("organisation").path("id").asText());
        assertEquals("Nordvik Ports", chair.path("organisation").path("name").asText());
        assertEquals("2025-01-20", chair.path("first_seen").asText());
    }

    @Test
    void eachEvidenceSentenceIsFoundAtItsOffsetsInTheLinkedDocument() {
        JsonNode roles = http.getJson("/api/actors/" + LENA.id()).path("roles");
        List<String> sentences = new ArrayList<>();
        for (JsonNode role : roles) {
            for (JsonNode evidence : role.path("evidence")) {
                String text = http.getJson(
                                "/api/documents/" + evidence.path("doc_id").asText())
                        .path("text")
                        .asText();
                String sentence = evidence.path("sentence").asText();
                assertEquals(
                        sentence,
                        text.substring(
                                evidence.path("sentence_start").asInt(),
                                evidence.path("sentence_end").asInt()));
                String words = text.substring(
                        evidence.path("start_offset").asInt(),
                        evidence.path("end_offset").asInt());
                assertTrue(sentence.contains(words), words + " in " + sentence);
                sentences.add(sentence);
            }
        }
        assertEquals(List.of(HARBOUR, CHAIR), sentences);
    }

    @Test
    void anActorWithoutRolesHasAnEmptyList() {
        JsonNode ports = http.getJson("/api/actors/" + PORTS);
        assertTrue(ports.path("roles").isArray());
        assertEquals(0, ports.path("roles").size());
    }

    @Test
    void theOpenApiDescriptionExplainsRoles() {
        String summary = http.getJson("/openapi.json")
                .path("paths")
                .path("/api/actors/{id}")
                .path("get")
                .path("summary")
                .asText();
        assertTrue(summary.contains("roles"), summary);
    }
}
