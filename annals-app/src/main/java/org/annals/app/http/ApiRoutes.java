package org.annals.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.annals.app.AnnalsEngine;
import org.annals.store.AnnalsStore;

/** The one table of routes: what the server serves and what /openapi.json describes. */
final class ApiRoutes {
    static final String OPENAPI_PATH = "/openapi.json";

    private ApiRoutes() {}

    static List<Route> all(AnnalsStore store, Supplier<AnnalsEngine> engine, String version) {
        EventTypes types = EventTypes.standard();
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get("/api/health", "Liveness and what the store holds.", List.of(), request -> health(store)));
        routes.addAll(new DocumentsApi(store, types).routes());
        routes.addAll(new IngestApi(store, engine).routes());
        routes.addAll(new EventsApi(store, types).routes());
        routes.addAll(new ActorsApi(store).routes());
        routes.addAll(new RelationsApi(store, types).routes());
        routes.addAll(new SearchApi(store).routes());
        routes.addAll(new EventTypesApi(types).routes());
        // The description covers every route, itself included, so it reads the finished list.
        List<Route> described = new ArrayList<>();
        routes.add(Route.get(
                OPENAPI_PATH,
                "This description.",
                List.of(),
                request -> Reply.ok(OpenApi.of(List.copyOf(described), version))));
        described.addAll(routes);
        return List.copyOf(routes);
    }

    private static Reply health(AnnalsStore store) {
        ObjectNode body = Json.object();
        body.put("status", "ok");
        var summary = store.summary(0);
        ObjectNode counts = body.putObject("store");
        counts.put("documents", summary.documents());
        counts.put("stories", summary.stories());
        counts.put("actors", summary.actors());
        counts.put("events", summary.events());
        counts.put("quotes", summary.quotes());
        return Reply.ok(body);
    }
}
