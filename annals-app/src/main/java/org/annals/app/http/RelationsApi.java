package org.annals.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.store.AnnalsStore;
import org.annals.store.Counting;
import org.annals.store.Period;
import org.annals.store.TableResult;

/** How two actors relate over time, and the strongest actor pairs of a period. */
final class RelationsApi {
    private final AnnalsStore store;
    private final EventTypes types;

    RelationsApi(AnnalsStore store, EventTypes types) {
        this.store = store;
        this.types = types;
    }

    List<Route> routes() {
        return List.of(
                Route.get(
                        "/api/relations",
                        "Events between two actors (either direction) per period: counts by type, mean intensity,"
                                + " cooperation vs conflict (by quad class) and event ids.",
                        List.of(
                                Param.requiredText("a", "First actor id."),
                                Param.requiredText("b", "Second actor id."),
                                Param.choice(
                                        "interval",
                                        "Length of one point.",
                                        Arrays.stream(Period.values())
                                                .map(p -> p.name().toLowerCase(Locale.ROOT))
                                                .toList(),
                                        "MONTH"),
                                Param.date("from", "On or after (YYYY-MM-DD)."),
                                Param.date("to", "On or before (YYYY-MM-DD)."),
                                counting()),
                        this::relations),
                Route.get(
                        "/api/network",
                        "The actor pairs with the most events between them (either direction): nodes and weighted"
                                + " edges.",
                        List.of(
                                Param.date("from", "On or after (YYYY-MM-DD)."),
                                Param.date("to", "On or before (YYYY-MM-DD)."),
                                Param.integer("limit", "Most edges.", 1, Paging.MAX_LIMIT, 30),
                                counting()),
                        this::network));
    }

    private static Param counting() {
        return Param.choice(
                "count",
                "What to count: happenings (each real-world event once, however many articles report it) or"
                        + " events (every article's report).",
                Arrays.stream(Counting.values())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .toList(),
                Counting.HAPPENINGS.name());
    }

    private Reply relations(ApiRequest request) {
        String a = request.text("a");
        String b = request.text("b");
        Period period = Period.valueOf(request.text("interval"));
        TableResult rows = EventsApi.build(() -> store.relation(
                a, b, period, request.date("from"), request.date("to"), Counting.valueOf(request.text("count"))));
        Map<String, Point> points = new LinkedHashMap<>();
        for (List<Object> row : rows.rows()) {
            String day = String.valueOf(row.get(0));
            points.computeIfAbsent(day, Point::new).add(Json.row(rows, row));
        }
        ObjectNode body = Json.object();
        body.put("a", a);
        body.put("b", b);
        body.put("interval", period.name().toLowerCase(Locale.ROOT));
        body.put("classification", "quad class of the type in ontology.tsv: 1-2 cooperation, 3-4 conflict");
        ArrayNode series = body.putArray("points");
        long cooperation = 0;
        long conflict = 0;
        for (Point point : points.values()) {
            series.add(point.json());
            cooperation += point.cooperation;
            conflict += point.conflict;
        }
        ObjectNode totals = body.putObject("totals");
        totals.put(
                "events",
                cooperation
                        + conflict
                        + points.values().stream()
                                .mapToLong(p -> p.unclassified)
                                .sum());
        totals.put("cooperation", cooperation);
        totals.put("conflict", conflict);
        return Reply.ok(body);
    }

    /** One period of a relation: its rows by type folded into counts. */
    private final class Point {
        private final String period;
        private final ObjectNode byType = Json.object();
        private final ArrayNode eventIds = Json.array();
        private long events;
        private double intensitySum;
        private long cooperation;
        private long conflict;
        private long unclassified;

        Point(String period) {
            this.period = period;
        }

        void add(ObjectNode row) {
            String type = row.path("type").asText();
            long count = row.path("events").asLong();
            byType.put(type, count);
            events += count;
            intensitySum += row.path("intensity_sum").asDouble();
            row.path("event_ids").forEach(eventIds::add);
            switch (types.side(type)) {
                case COOPERATION -> cooperation += count;
                case CONFLICT -> conflict += count;
                case UNCLASSIFIED -> unclassified += count;
            }
        }

        JsonNode json() {
            ObjectNode node = Json.object();
            node.put("period", period);
            node.put("events", events);
            node.put("mean_intensity", events == 0 ? 0.0 : intensitySum / events);
            node.put("cooperation", cooperation);
            node.put("conflict", conflict);
            node.set("by_type", byType);
            node.set("event_ids", eventIds);
            return node;
        }
    }

    private Reply network(ApiRequest request) {
        TableResult edges = EventsApi.build(() -> store.network(
                request.date("from"),
                request.date("to"),
                request.integer("limit"),
                Counting.valueOf(request.text("count"))));
        Map<String, ObjectNode> nodes = new LinkedHashMap<>();
        ArrayNode edgeArray = Json.array();
        for (List<Object> row : edges.rows()) {
            ObjectNode edge = Json.row(edges, row);
            long weight = edge.path("events").asLong();
            node(nodes, edge, "first", weight);
            node(nodes, edge, "second", weight);
            ObjectNode out = edgeArray.addObject();
            out.put("source", edge.path("first_id").asText());
            out.put("target", edge.path("second_id").asText());
            out.put("events", weight);
            out.set("mean_intensity", edge.path("mean_intensity"));
        }
        ObjectNode body = Json.object();
        ArrayNode nodeArray = body.putArray("nodes");
        nodes.values().forEach(nodeArray::add);
        body.set("edges", edgeArray);
        return Reply.ok(body);
    }

    private static void node(Map<String, ObjectNode> nodes, ObjectNode edge, String side, long weight) {
        String id = edge.path(side + "_id").asText();
        ObjectNode node = nodes.computeIfAbsent(id, key -> {
            ObjectNode created = Json.object();
            created.put("id", key);
            created.put("name", edge.path(side + "_name").asText());
            created.put("kind", edge.path(side + "_kind").asText(""));
            created.put("events", 0L);
            return created;
        });
        node.put("events", node.path("events").asLong() + weight);
    }
}
