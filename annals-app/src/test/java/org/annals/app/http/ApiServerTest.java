package org.annals.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Mention;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read API over real HTTP on loopback, against a small store of hand-built documents. */
class ApiServerTest {
    static final String TOKEN = "test-token-0123456789";
    static final Actor ANNA = StoredDocuments.person("person:anna-berg", "Anna Berg", "RUR");
    static final Actor KARL = StoredDocuments.person("person:karl-vogt", "Karl Vogt", "OST");
    static final Actor LENA = StoredDocuments.person("person:lena-holm", "Lena Holm", "OST");
    /** Named with "lena" inside a word, and in more documents than Lena Holm: a search must still rank her lower. */
    static final Actor MAGDALENA = StoredDocuments.person("person:magdalena-stern", "Magdalena Stern", "OST");

    @TempDir
    static Path dataDir;

    static final List<Document> DOCUMENTS = new ArrayList<>();
    static AnnalsStore store;
    static ApiServer server;
    static HttpClientForTests http;

    @BeforeAll
    static void startServer() {
        DOCUMENTS.add(new StoredDocuments(
                        "Leaders meet at the river summit",
                        "Alpha Gazette",
                        LocalDate.of(2024, 3, 5),
                        "Anna Berg met Karl Vogt at the river summit. Anna Berg said: \"We will build the bridge"
                                + " together.\" Magdalena Stern chaired the session.")
                .mentions(ANNA)
                .mentions(MAGDALENA)
                .mentions(KARL)
                .event("CONSULT", "Anna Berg met Karl Vogt at the river summit.", "met", ANNA, KARL, "2024-03-05", 1)
                .toldAgainIn("Magdalena Stern chaired the session.")
                .quote("We will build the bridge together.", ANNA)
                .build());
        DOCUMENTS.add(new StoredDocuments(
                        "Vogt criticises Berg over bridge costs",
                        "Beta Herald",
                        LocalDate.of(2024, 4, 10),
                        "Karl Vogt accused Anna Berg of hiding the bridge costs. Lena Holm agreed with Karl Vogt on"
                                + " the audit. Magdalena Stern chaired the session.")
                .mentions(ANNA)
                .mentions(MAGDALENA)
                .mentions(KARL)
                .mentions(LENA)
                .event(
                        "ACCUSE",
                        "Karl Vogt accused Anna Berg of hiding the bridge costs.",
                        "accused",
                        KARL,
                        ANNA,
                        "2024-04-10",
                        -2)
                .event("AGREE", "Lena Holm agreed with Karl Vogt on the audit.", "agreed", LENA, KARL, "2024-04-11", 4)
                .build());
        DOCUMENTS.add(new StoredDocuments(
                        "Harvest festival opens",
                        "Beta Herald",
                        LocalDate.of(2024, 4, 20),
                        "The harvest festival opened with music. Lena Holm gave a speech. Magdalena Stern chaired the"
                                + " session.")
                .mentions(LENA)
                .mentions(MAGDALENA)
                .build());
        store = AnnalsStore.openForWriting(dataDir);
        DOCUMENTS.forEach(store::put);
        server = TestServers.start(store, Optional.of(TOKEN));
        http = new HttpClientForTests(server.url());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        store.close();
    }

    static List<Event> allEvents() {
        return DOCUMENTS.stream().flatMap(d -> d.events().stream()).toList();
    }

    static void assertBadParameter(String pathAndQuery, String parameter) {
        HttpClientForTests.Response response = http.get(pathAndQuery);
        assertEquals(400, response.status(), pathAndQuery + " -> " + response.body());
        assertEquals(parameter, response.json().path("parameter").asText(), response.body());
        assertFalse(response.json().path("error").asText().isBlank());
    }

    static Set<String> texts(JsonNode array, String field) {
        Set<String> values = new HashSet<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    @Test
    void healthCountsWhatIsStored() {
        JsonNode health = http.getJson("/api/health");
        assertEquals("ok", health.path("status").asText());
        assertEquals(DOCUMENTS.size(), health.path("store").path("documents").asInt());
        assertEquals(allEvents().size(), health.path("store").path("events").asInt());
    }

    @Test
    void eventsAreFilteredAndPaged() {
        JsonNode all = http.getJson("/api/events");
        assertEquals(allEvents().size(), all.path("total").asInt());
        assertEquals(allEvents().size(), all.path("items").size());

        long withLena = allEvents().stream()
                .filter(e -> e.sourceIds().contains(LENA.id()) || e.targetIds().contains(LENA.id()))
                .count();
        assertEquals(
                withLena,
                http.getJson("/api/events?actor=" + HttpClientForTests.encode("Lena Holm"))
                        .path("total")
                        .asLong());

        JsonNode pair = http.getJson("/api/events?pair=" + HttpClientForTests.encode(KARL.id() + "," + ANNA.id()));
        long between = allEvents().stream()
                .filter(e -> Set.of(ANNA.id(), KARL.id()).equals(union(e)))
                .count();
        assertEquals(between, pair.path("total").asLong());

        JsonNode accusations = http.getJson("/api/events?type=accuse");
        assertEquals(Set.of("ACCUSE"), texts(accusations.path("items"), "type"));

        JsonNode second = http.getJson("/api/events?limit=1&offset=1");
        assertEquals(1, second.path("items").size());
        assertEquals(all.path("total").asInt(), second.path("total").asInt());
        assertEquals(
                all.path("items").get(1).path("id"), second.path("items").get(0).path("id"));

        JsonNode april = http.getJson("/api/events?from=2024-04-01&to=2024-04-30");
        long inApril =
                allEvents().stream().filter(e -> e.date().startsWith("2024-04")).count();
        assertEquals(inApril, april.path("total").asLong());
    }

    @Test
    void eventsAreFilteredByPloverMode() {
        Map<String, Long> byMode = allEvents().stream()
                .filter(e -> !e.mode().isEmpty())
                .collect(Collectors.groupingBy(e -> e.mode().toLowerCase(Locale.ROOT), Collectors.counting()));
        assertFalse(byMode.isEmpty(), "the fixture has events with modes");
        for (Map.Entry<String, Long> mode : byMode.entrySet()) {
            JsonNode found = http.getJson("/api/events?mode=" + mode.getKey().toUpperCase(Locale.ROOT));
            assertEquals(mode.getValue(), found.path("total").asLong(), mode.getKey());
            assertEquals(Set.of(mode.getKey()), lowerTexts(found.path("items"), "mode"), mode.getKey());
        }
        assertEquals(
                0, http.getJson("/api/events?mode=no-such-mode").path("total").asLong());
    }

    private static Set<String> lowerTexts(JsonNode items, String field) {
        Set<String> values = new HashSet<>();
        items.forEach(item -> values.add(item.path(field).asText().toLowerCase(Locale.ROOT)));
        return values;
    }

    private static Set<String> union(Event event) {
        Set<String> ids = new HashSet<>(event.sourceIds());
        ids.addAll(event.targetIds());
        return ids;
    }

    @Test
    void badParametersAreNamedWithTheValidValues() {
        HttpClientForTests.Response unknown = http.get("/api/events?actr=x");
        assertEquals(400, unknown.status());
        assertEquals("actr", unknown.json().path("parameter").asText());
        List<String> valid = new ArrayList<>();
        unknown.json().path("valid").forEach(v -> valid.add(v.asText()));
        assertTrue(valid.contains("actor"), valid.toString());

        HttpClientForTests.Response type = http.get("/api/events?type=HUG");
        assertEquals("type", type.json().path("parameter").asText());
        List<String> types = new ArrayList<>();
        type.json().path("valid").forEach(v -> types.add(v.asText()));
        assertTrue(types.containsAll(allEvents().stream().map(Event::type).toList()), types.toString());

        assertBadParameter("/api/events?modality=PROBABLY", "modality");
        assertBadParameter("/api/events?from=2024-02-30", "from");
        assertBadParameter("/api/events?to=yesterday", "to");
        assertBadParameter("/api/events?limit=0", "limit");
        assertBadParameter("/api/events?limit=1001", "limit");
        assertBadParameter("/api/events?offset=-1", "offset");
        assertBadParameter("/api/events?pair=" + ANNA.id(), "pair");
        assertBadParameter("/api/events?from=2024-05-01&to=2024-04-01", "from");
        assertBadParameter("/api/relations?a=" + ANNA.id() + "&b=" + KARL.id() + "&interval=decade", "interval");
        assertBadParameter("/api/relations?a=" + ANNA.id(), "b");
        assertBadParameter("/api/documents?q=" + HttpClientForTests.encode("\"unclosed"), "q");
        assertBadParameter("/api/quotes?limit=abc", "limit");
    }

    @Test
    void documentsAreSearchedWithFacets() {
        JsonNode bridge = http.getJson("/api/documents?q=bridge");
        List<Document> matching = DOCUMENTS.stream()
                .filter(d -> d.text().toLowerCase(java.util.Locale.ROOT).contains("bridge"))
                .toList();
        assertEquals(matching.size(), bridge.path("total").asInt());
        Map<String, Long> byPublisher = matching.stream()
                .collect(Collectors.groupingBy(d -> d.metadata().publisher(), TreeMap::new, Collectors.counting()));
        Map<String, Long> facet = new TreeMap<>();
        bridge.path("facets")
                .path("publisher")
                .forEach(
                        f -> facet.put(f.path("value").asText(), f.path("count").asLong()));
        assertEquals(byPublisher, facet);
        Map<String, Long> byMonth = matching.stream()
                .collect(Collectors.groupingBy(
                        d -> d.metadata().published().toString().substring(0, 7), TreeMap::new, Collectors.counting()));
        Map<String, Long> monthFacet = new TreeMap<>();
        bridge.path("facets")
                .path("month")
                .forEach(f ->
                        monthFacet.put(f.path("value").asText(), f.path("count").asLong()));
        assertEquals(byMonth, monthFacet);
        Set<String> eventTypes = matching.stream()
                .flatMap(d -> d.events().stream())
                .map(Event::type)
                .collect(Collectors.toSet());
        assertEquals(eventTypes, texts(bridge.path("facets").path("event_type"), "value"));
        Set<String> actorIds = matching.stream()
                .flatMap(d -> d.actors().stream())
                .map(Actor::id)
                .collect(Collectors.toSet());
        assertEquals(actorIds, texts(bridge.path("facets").path("actor"), "id"));

        JsonNode herald = http.getJson("/api/documents?publisher=" + HttpClientForTests.encode("beta herald"));
        long heraldCount = DOCUMENTS.stream()
                .filter(d -> d.metadata().publisher().equals("Beta Herald"))
                .count();
        assertEquals(heraldCount, herald.path("total").asLong());

        JsonNode withAnna = http.getJson("/api/documents?actor=" + HttpClientForTests.encode(ANNA.id()));
        long annaDocs =
                DOCUMENTS.stream().filter(d -> d.actors().contains(ANNA)).count();
        assertEquals(annaDocs, withAnna.path("total").asLong());

        JsonNode newestFirst = http.getJson("/api/documents?limit=1");
        LocalDate newest = DOCUMENTS.stream()
                .map(d -> d.metadata().published())
                .max(LocalDate::compareTo)
                .orElseThrow();
        assertEquals(
                newest.toString(),
                newestFirst.path("items").get(0).path("published").asText());
        assertEquals(DOCUMENTS.size(), newestFirst.path("total").asInt());
    }

    @Test
    void aDocumentsEventsListTheFurtherTellingsOfTheirHappening() {
        Document stored = DOCUMENTS.get(0);
        JsonNode document = http.getJson("/api/documents/" + stored.id());
        String text = document.path("text").asText();
        JsonNode mentions = document.path("events").get(0).path("mentions");
        assertEquals(1, mentions.size(), mentions.toString());
        JsonNode told = mentions.get(0);
        assertEquals("Magdalena Stern chaired the session.", told.path("text").asText());
        assertEquals(
                told.path("text").asText(),
                text.substring(told.path("start").asInt(), told.path("end").asInt()));
    }

    @Test
    void aDocumentComesWithAnnotationsWhoseOffsetsPointIntoItsText() {
        Document stored = DOCUMENTS.get(1);
        JsonNode document = http.getJson("/api/documents/" + stored.id());
        String text = document.path("text").asText();
        assertEquals(stored.text(), text);
        assertEquals(stored.mentions().size(), document.path("mentions").size());
        for (JsonNode mention : document.path("mentions")) {
            assertEquals(
                    mention.path("text").asText(),
                    text.substring(
                            mention.path("start_offset").asInt(),
                            mention.path("end_offset").asInt()));
        }
        assertEquals(stored.events().size(), document.path("events").size());
        for (JsonNode event : document.path("events")) {
            assertEquals(
                    event.path("evidence").asText(),
                    text.substring(
                            event.path("evidence_start").asInt(),
                            event.path("evidence_end").asInt()));
            assertEquals(1, event.path("sources").size());
            assertEquals(1, event.path("targets").size());
        }
        Set<String> kinds = texts(document.path("blocks"), "kind");
        assertEquals(Set.of("TITLE", "BODY"), kinds);
    }

    @Test
    void unknownIdsAndRoutesAreJson404s() {
        HttpClientForTests.Response document = http.get("/api/documents/" + "0".repeat(64));
        assertEquals(404, document.status());
        assertFalse(document.json().path("error").asText().isBlank());
        assertEquals(404, http.get("/api/actors/person:nobody").status());
        HttpClientForTests.Response route = http.get("/api/nothing-here");
        assertEquals(404, route.status());
        assertTrue(route.json().path("error").asText().contains("/api/nothing-here"));
    }

    @Test
    void actorsAreFoundAndProfiled() {
        JsonNode found = http.getJson("/api/actors?q=vogt");
        assertEquals(Set.of(KARL.id()), texts(found.path("items"), "id"));
        JsonNode lena = http.getJson("/api/actors?q=lena");
        assertEquals(Set.of(LENA.id(), MAGDALENA.id()), texts(lena.path("items"), "id"));
        assertEquals(LENA.id(), lena.path("items").get(0).path("id").asText());

        JsonNode karl = http.getJson("/api/actors/" + KARL.id());
        assertEquals(KARL.name(), karl.path("name").asText());
        long asSource = allEvents().stream()
                .filter(e -> e.sourceIds().contains(KARL.id()))
                .count();
        long asTarget = allEvents().stream()
                .filter(e -> e.targetIds().contains(KARL.id()))
                .count();
        assertEquals(asSource, karl.path("events_as_source").asLong());
        assertEquals(asTarget, karl.path("events_as_target").asLong());
        List<LocalDate> seen = DOCUMENTS.stream()
                .filter(d -> d.actors().contains(KARL))
                .map(d -> d.metadata().published())
                .sorted()
                .toList();
        assertEquals(seen.get(0).toString(), karl.path("first_seen").asText());
        assertEquals(
                seen.get(seen.size() - 1).toString(), karl.path("last_seen").asText());
        Set<String> counterparts = new HashSet<>();
        allEvents().stream().filter(e -> union(e).contains(KARL.id())).forEach(e -> counterparts.addAll(union(e)));
        counterparts.remove(KARL.id());
        assertEquals(counterparts, texts(karl.path("counterparts"), "id"));

        JsonNode anna = http.getJson("/api/actors/" + ANNA.id());
        Set<String> said = DOCUMENTS.stream()
                .flatMap(d -> d.quotes().stream())
                .filter(q -> q.speakerId().equals(ANNA.id()))
                .map(q -> q.text())
                .collect(Collectors.toSet());
        assertEquals(said, texts(anna.path("recent_quotes"), "text"));
        long mentions = DOCUMENTS.stream()
                .flatMap(d -> d.mentions().stream())
                .map(Mention::actorId)
                .filter(ANNA.id()::equals)
                .count();
        assertEquals(mentions, anna.path("mentions").asLong());
    }

    @Test
    void quotesAreFilteredBySpeaker() {
        JsonNode quotes = http.getJson("/api/quotes?speaker=" + HttpClientForTests.encode("Anna Berg"));
        long expected = DOCUMENTS.stream()
                .flatMap(d -> d.quotes().stream())
                .filter(q -> q.speakerId().equals(ANNA.id()))
                .count();
        assertEquals(expected, quotes.path("total").asLong());
        assertEquals(
                0,
                http.getJson("/api/quotes?speaker=" + HttpClientForTests.encode("Lena Holm"))
                        .path("total")
                        .asInt());
    }

    @Test
    void relationsCountEachPeriodWithDrillDownIds() {
        JsonNode relation = http.getJson("/api/relations?a=" + ANNA.id() + "&b=" + KARL.id() + "&interval=month");
        List<Event> between = allEvents().stream()
                .filter(e -> union(e).equals(Set.of(ANNA.id(), KARL.id())))
                .toList();
        Map<String, Long> perMonth = between.stream()
                .collect(Collectors.groupingBy(
                        e -> e.date().substring(0, 7) + "-01", TreeMap::new, Collectors.counting()));
        Map<String, Long> points = new TreeMap<>();
        relation.path("points")
                .forEach(p ->
                        points.put(p.path("period").asText(), p.path("events").asLong()));
        assertEquals(perMonth, points);
        long conflict = between.stream().filter(e -> e.intensity() < 0).count();
        assertEquals(conflict, relation.path("totals").path("conflict").asLong());
        assertEquals(
                between.size() - conflict,
                relation.path("totals").path("cooperation").asLong());

        Set<String> listed = texts(
                http.getJson("/api/events?pair=" + HttpClientForTests.encode(ANNA.id() + "," + KARL.id()))
                        .path("items"),
                "id");
        Set<String> drillDown = new HashSet<>();
        relation.path("points").forEach(p -> p.path("event_ids").forEach(id -> drillDown.add(id.asText())));
        assertEquals(listed, drillDown);

        JsonNode reversed = http.getJson("/api/relations?a=" + KARL.id() + "&b=" + ANNA.id() + "&interval=day");
        assertEquals(between.size(), reversed.path("totals").path("events").asInt());
    }

    @Test
    void networkWeighsPairsByTheirEvents() {
        JsonNode network = http.getJson("/api/network");
        Map<Set<String>, Long> pairs =
                allEvents().stream().collect(Collectors.groupingBy(ApiServerTest::union, Collectors.counting()));
        assertEquals(pairs.size(), network.path("edges").size());
        for (JsonNode edge : network.path("edges")) {
            Set<String> pair =
                    Set.of(edge.path("source").asText(), edge.path("target").asText());
            assertEquals(pairs.get(pair), edge.path("events").asLong(), pair.toString());
        }
        assertEquals(1, http.getJson("/api/network?limit=1").path("edges").size());
        Set<String> nodes = texts(network.path("nodes"), "id");
        assertEquals(pairs.keySet().stream().flatMap(Set::stream).collect(Collectors.toSet()), nodes);
    }

    @Test
    void theOpenApiDescriptionListsEveryRouteAndParameterTheServerAccepts() {
        JsonNode spec = http.getJson("/openapi.json");
        assertEquals("3.0.3", spec.path("openapi").asText());
        List<Route> routes = ApiRoutes.all(store, () -> null, "test");
        for (Route route : routes) {
            JsonNode operation =
                    spec.path("paths").path(route.path()).path(route.method().toLowerCase(java.util.Locale.ROOT));
            assertFalse(operation.isMissingNode(), route.method() + " " + route.path());
            assertEquals(
                    route.params().stream().map(Param::name).collect(Collectors.toSet()),
                    texts(operation.path("parameters"), "name"),
                    route.path());
        }
        // Every documented query parameter is accepted: the description and the validation cannot drift apart.
        for (Route route : routes) {
            if (!route.method().equals("GET") || route.path().contains("{")) {
                continue;
            }
            JsonNode parameters =
                    spec.path("paths").path(route.path()).path("get").path("parameters");
            for (JsonNode parameter : parameters) {
                HttpClientForTests.Response response =
                        http.get(route.path() + "?" + parameter.path("name").asText() + "=");
                assertTrue(
                        response.status() != 400
                                || !response.json().path("error").asText().startsWith("unknown parameter"),
                        route.path() + " refuses its documented parameter " + parameter);
            }
        }
    }

    @Test
    void staticFilesAreServedFromTheClassPath() {
        HttpClientForTests.Response index = http.get("/");
        assertEquals(200, index.status());
        assertTrue(index.contentType().startsWith("text/html"), index.contentType());
        assertTrue(index.body().contains("/openapi.json"));
    }
}
