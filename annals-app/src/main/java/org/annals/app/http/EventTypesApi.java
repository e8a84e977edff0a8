package org.annals.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;

/** The PLOVER types and their side of the cooperation–conflict scale, so clients colour charts consistently. */
final class EventTypesApi {
    private final EventTypes types;

    EventTypesApi(EventTypes types) {
        this.types = types;
    }

    List<Route> routes() {
        return List.of(Route.get(
                "/api/event-types",
                "Every PLOVER event type of the ontology with its side: cooperation (quad classes 1-2) or conflict"
                        + " (3-4).",
                List.of(),
                request -> list()));
    }

    private Reply list() {
        ArrayNode items = Json.array();
        for (String type : types.names()) {
            items.addObject()
                    .put("type", type)
                    .put("side", types.side(type).name().toLowerCase(Locale.ROOT));
        }
        return Reply.ok(Json.object().set("items", items));
    }
}
