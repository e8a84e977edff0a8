package org.annals.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.annals.store.AnnalsStore;
import org.annals.store.SearchHit;

/** Full-text hits with a snippet each, for result lists that show where the words were found. */
final class SearchApi {
    private final AnnalsStore store;

    SearchApi(AnnalsStore store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(Route.get(
                "/api/search",
                "Full-text search (Lucene syntax) ranked by relevance: document id, title, score and a snippet"
                        + " around the first matching word.",
                List.of(Param.requiredText("q", "Lucene query."), Paging.LIMIT),
                this::search));
    }

    private Reply search(ApiRequest request) {
        List<SearchHit> hits;
        try {
            hits = store.search(request.text("q"), request.integer("limit"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("q", e.getMessage(), List.of());
        }
        ArrayNode items = Json.array();
        for (SearchHit hit : hits) {
            items.addObject()
                    .put("id", hit.docId())
                    .put("title", hit.title())
                    .put("score", hit.score())
                    .put("snippet", hit.snippet());
        }
        return Reply.ok(Json.object().set("items", items));
    }
}
