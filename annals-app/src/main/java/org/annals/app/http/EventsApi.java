package org.annals.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.annals.app.EventMentionsJson;
import org.annals.core.Modality;
import org.annals.store.AnnalsStore;
import org.annals.store.EventQuery;
import org.annals.store.EventRow;
import org.annals.store.QuoteQuery;
import org.annals.store.QuoteRow;

/** Events and quotes, filtered and paged like {@code annals events} and {@code annals quotes}. */
final class EventsApi {
    /** Counting every match of a broad filter over millions of events costs more than the page itself. */
    static final long EXACT_TOTAL_UP_TO = 10_000;

    private final AnnalsStore store;
    private final EventTypes types;

    EventsApi(AnnalsStore store, EventTypes types) {
        this.store = store;
        this.types = types;
    }

    List<Route> routes() {
        return List.of(
                Route.get(
                        "/api/events",
                        "Coded events, newest first: who did what to whom, when, where, with evidence; mentions lists"
                                + " the further tellings of each in its article (start, end, text).",
                        List.of(
                                Param.text("actor", "Source or target: id, or whole words of a name or alias."),
                                Param.pair("pair", "Two actors facing each other, either direction: A,B."),
                                Param.choice("type", "PLOVER event type.", types.names(), ""),
                                Param.choice("modality", "Modality of the event.", modalities(), ""),
                                Param.text("mode", "PLOVER mode of the type, e.g. visit, phone (ignoring case)."),
                                Param.date("from", "On or after (YYYY-MM-DD); undated events use publication."),
                                Param.date("to", "On or before (YYYY-MM-DD)."),
                                Param.text("place", "Place name contains this, or the place id."),
                                Param.text("text", "Evidence sentence contains this (ignoring case)."),
                                Paging.LIMIT,
                                Paging.OFFSET),
                        this::events),
                Route.get(
                        "/api/quotes",
                        "Quotes and reported speech with their speakers, newest first; events lists the events that"
                                + " rest on each quote (id and type).",
                        List.of(
                                Param.text("speaker", "Speaker: id, or whole words of a name or alias."),
                                Param.text("q", "Quoted words contain this (ignoring case)."),
                                Param.date("from", "Said on or after (YYYY-MM-DD)."),
                                Param.date("to", "Said on or before (YYYY-MM-DD)."),
                                Paging.LIMIT,
                                Paging.OFFSET),
                        this::quotes));
    }

    private static List<String> modalities() {
        return Arrays.stream(Modality.values()).map(Modality::name).toList();
    }

    private Reply events(ApiRequest request) {
        String modality = request.text("modality");
        EventQuery query = build(() -> new EventQuery(
                request.text("actor"),
                request.pair("pair"),
                request.text("type"),
                modality.isEmpty() ? null : Modality.valueOf(modality),
                request.date("from"),
                request.date("to"),
                request.text("text"),
                request.text("place"),
                request.text("mode"),
                request.integer("limit"),
                request.integer("offset")));
        ArrayNode items = Json.array();
        for (EventRow row : store.events(query)) {
            items.add(event(row));
        }
        long counted = store.countEventsUpTo(query, EXACT_TOTAL_UP_TO);
        return Reply.ok(Json.cappedPage(items, counted, EXACT_TOTAL_UP_TO, query.limit(), query.offset()));
    }

    static ObjectNode event(EventRow row) {
        ObjectNode node = Json.object();
        node.put("id", row.eventId());
        node.put("doc_id", row.docId());
        node.put("date", row.date());
        node.put("granularity", row.granularity());
        node.put("type", row.type());
        node.put("mode", row.mode());
        node.put("modality", row.modality());
        node.set("sources", actors(row.sourceIds(), row.sources()));
        node.set("targets", actors(row.targetIds(), row.targets()));
        node.put("place", row.place());
        node.put("evidence", row.evidence());
        node.put("title", row.title());
        node.put("url", row.url());
        node.set("published", Json.value(row.published()));
        node.set("mentions", EventMentionsJson.of(row.mentions()));
        return node;
    }

    private static ArrayNode actors(List<String> ids, List<String> names) {
        ArrayNode array = Json.array();
        for (int i = 0; i < ids.size(); i++) {
            array.addObject().put("id", ids.get(i)).put("name", i < names.size() ? names.get(i) : ids.get(i));
        }
        return array;
    }

    private Reply quotes(ApiRequest request) {
        QuoteQuery query = build(() -> new QuoteQuery(
                request.text("speaker"),
                request.text("q"),
                request.date("from"),
                request.date("to"),
                request.integer("limit"),
                request.integer("offset")));
        ArrayNode items = Json.array();
        for (QuoteRow row : store.quotes(query)) {
            items.add(quote(row));
        }
        return Reply.ok(Json.page(items, store.countQuotes(query), query.limit(), query.offset()));
    }

    private static ObjectNode quote(QuoteRow row) {
        ObjectNode node = Json.object();
        node.put("doc_id", row.docId());
        node.put("ord", row.ord());
        node.put("text", row.text());
        node.put("kind", row.kind());
        node.put("speaker_id", row.speakerId());
        node.put("speaker_name", row.speakerName());
        node.put("cue", row.cue());
        node.put("date", row.date());
        node.set("published", Json.value(row.published()));
        node.put("title", row.title());
        node.put("url", row.url());
        ArrayNode events = node.putArray("events");
        for (int i = 0; i < row.eventIds().size(); i++) {
            events.addObject()
                    .put("id", row.eventIds().get(i))
                    .put("type", row.eventTypes().get(i));
        }
        return node;
    }

    /** A query the store rejects (a reversed date range) is the client's to fix. */
    static <Q> Q build(Supplier<Q> query) {
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("from", e.getMessage(), List.of());
        }
    }
}
