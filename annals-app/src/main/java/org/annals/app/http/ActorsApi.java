package org.annals.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.annals.store.ActorQuery;
import org.annals.store.ActorRow;
import org.annals.store.AnnalsStore;
import org.annals.store.TableResult;

/** Actor search and one actor's profile. */
final class ActorsApi {
    static final int PROFILE_ROWS = 10;

    private final AnnalsStore store;

    ActorsApi(AnnalsStore store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(
                Route.get(
                        "/api/actors",
                        "Actors whose id, name or an alias contains the text, most widely reported first.",
                        List.of(
                                Param.text("q", "Part of an id, name or alias (ignoring case); empty: all."),
                                Paging.LIMIT,
                                Paging.OFFSET),
                        this::actors),
                Route.get(
                        "/api/actors/{id}",
                        "One actor: identity, counts as source and target, first and last seen, how documents"
                                + " name it (with offsets), top counterparts and recent quotes.",
                        List.of(Param.path("id", "Actor id, e.g. RUS, person:vladimir-putin.")),
                        this::actor));
    }

    private Reply actors(ApiRequest request) {
        ActorQuery query = EventsApi.build(
                () -> new ActorQuery(request.text("q"), null, "", request.integer("limit"), request.integer("offset")));
        ArrayNode items = Json.array();
        for (ActorRow row : store.actors(query)) {
            ObjectNode node = items.addObject();
            node.put("id", row.id());
            node.put("name", row.name());
            node.put("kind", row.kind());
            node.put("country", row.country());
            node.put("role", row.role());
            node.put("sector", row.sector());
            node.set("aliases", Json.strings(row.aliases()));
            node.put("documents", row.documents());
            node.put("mentions", row.mentions());
            node.put("events", row.events());
        }
        return Reply.ok(Json.page(items, store.countActors(query), query.limit(), query.offset()));
    }

    private Reply actor(ApiRequest request) {
        String id = request.text("id");
        Map<String, TableResult> profile = store.actorProfile(id, PROFILE_ROWS);
        TableResult identity = profile.get("actor");
        if (identity.rows().isEmpty()) {
            throw ApiException.notFound("no actor with id '" + id + "'; search with /api/actors?q=NAME");
        }
        ObjectNode body = Json.row(identity, identity.rows().get(0));
        body.set("mentions_sample", Json.rows(profile.get("mentions")));
        body.set("counterparts", Json.rows(profile.get("counterparts")));
        body.set("recent_quotes", Json.rows(profile.get("quotes")));
        return Reply.ok(body);
    }
}
