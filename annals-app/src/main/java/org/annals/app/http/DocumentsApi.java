package org.annals.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.AnnalsStore;
import org.annals.store.DocumentPage;
import org.annals.store.DocumentPart;
import org.annals.store.DocumentSearch;
import org.annals.store.TableResult;

/** Document search with facets, and one stored document with every annotation. */
final class DocumentsApi {
    static final String DOCUMENT_SCHEMA = "annals.stored-document/1";

    private final AnnalsStore store;
    private final EventTypes types;

    DocumentsApi(AnnalsStore store, EventTypes types) {
        this.store = store;
        this.types = types;
    }

    List<Route> routes() {
        return List.of(
                Route.get(
                        "/api/documents",
                        "Search documents (Lucene syntax over title and article text) with facets by publisher,"
                                + " month, actor and event type; with q, each item has a snippet around the first"
                                + " matching word.",
                        List.of(
                                Param.text("q", "Lucene query, e.g. \"military parade\" AND Beijing; empty: all."),
                                Param.date("from", "Published on or after (YYYY-MM-DD)."),
                                Param.date("to", "Published on or before (YYYY-MM-DD)."),
                                Param.text("publisher", "Publisher, exactly (ignoring case)."),
                                Param.text("actor", "Mentions this actor: id, or whole words of a name or alias."),
                                Param.choice("type", "Has at least one event of this PLOVER type.", types.names(), ""),
                                Paging.LIMIT,
                                Paging.OFFSET),
                        this::search),
                Route.get(
                        "/api/documents/{id}",
                        "One stored document: text, blocks, actors, mentions, times, quantities, quotes and events,"
                                + " with character offsets into the text.",
                        List.of(Param.path("id", "Document id (SHA-256 of its content).")),
                        this::document));
    }

    private Reply search(ApiRequest request) {
        DocumentSearch search;
        try {
            search = new DocumentSearch(
                    request.text("q"),
                    request.date("from"),
                    request.date("to"),
                    request.text("publisher"),
                    request.text("actor"),
                    request.integer("limit"),
                    request.integer("offset"),
                    request.text("type"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("from", e.getMessage(), List.of());
        }
        DocumentPage page;
        try {
            page = store.documents(search);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("q", e.getMessage(), List.of());
        }
        ArrayNode items = Json.rows(page.documents());
        for (JsonNode item : items) {
            String snippet = page.snippets().get(item.path("id").asText());
            if (snippet != null) {
                ((ObjectNode) item).put("snippet", snippet);
            }
        }
        ObjectNode body = Json.page(items, page.total(), search.limit(), search.offset());
        body.put(
                "facets_over",
                search.query().isEmpty()
                        ? "all matches"
                        : "the best " + DocumentSearch.FACET_HITS + " matches by relevance");
        ObjectNode facets = body.putObject("facets");
        facets.set("publisher", Json.rows(page.byPublisher()));
        facets.set("month", Json.rows(page.byMonth()));
        facets.set("actor", Json.rows(page.byActor()));
        facets.set("event_type", Json.rows(page.byEventType()));
        return Reply.ok(body);
    }

    private Reply document(ApiRequest request) {
        String id = request.text("id");
        TableResult header = store.documentPart(id, DocumentPart.DOCUMENT);
        if (header.rows().isEmpty()) {
            throw ApiException.notFound("no document with id '" + id + "'");
        }
        ObjectNode body = Json.object();
        body.put("schema", DOCUMENT_SCHEMA);
        body.setAll(Json.row(header, header.rows().get(0)));
        body.set("blocks", part(id, DocumentPart.BLOCKS));
        body.set("actors", part(id, DocumentPart.ACTORS));
        body.set("mentions", part(id, DocumentPart.MENTIONS));
        body.set("times", part(id, DocumentPart.TIMES));
        body.set("quantities", part(id, DocumentPart.QUANTITIES));
        body.set("quotes", part(id, DocumentPart.QUOTES));
        body.set("events", events(id));
        return Reply.ok(body);
    }

    private ArrayNode part(String id, DocumentPart part) {
        return Json.rows(store.documentPart(id, part));
    }

    /** Events with their source and target actors, and their stated amounts as JSON rather than text. */
    private ArrayNode events(String id) {
        Map<String, ObjectNode> byId = new HashMap<>();
        ArrayNode events = part(id, DocumentPart.EVENTS);
        for (JsonNode event : events) {
            ObjectNode node = (ObjectNode) event;
            node.putArray("sources");
            node.putArray("targets");
            node.set("quantities", parsed(node.path("quantities").asText("[]")));
            byId.put(node.path("id").asText(), node);
        }
        for (JsonNode actor : part(id, DocumentPart.EVENT_ACTORS)) {
            ObjectNode event = byId.get(actor.path("event_id").asText());
            String role = actor.path("role").asText();
            if (event != null && (role.equals("source") || role.equals("target"))) {
                ((ArrayNode) event.get(role + "s"))
                        .addObject()
                        .put("id", actor.path("actor_id").asText())
                        .put("name", actor.path("name").asText());
            }
        }
        return events;
    }

    private static JsonNode parsed(String json) {
        try {
            return Json.MAPPER.readTree(json.isBlank() ? "[]" : json);
        } catch (JsonProcessingException e) {
            return Json.array();
        }
    }
}
