package org.annals.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.annals.store.ActorQuery;
import org.annals.store.ActorRole;
import org.annals.store.ActorRow;
import org.annals.store.AnnalsStore;
import org.annals.store.RoleEvidence;
import org.annals.store.TableResult;

/** Actor search and one actor's profile. */
final class ActorsApi {
    static final int PROFILE_ROWS = 10;
    /** Evidence sentences per role: enough to check a role, few enough for a person seen in hundreds of articles. */
    static final int EVIDENCE_PER_ROLE = 3;

    /**
     * Profiles built at the same time. A frequent actor's profile takes tens of milliseconds of CPU; several at once
     * would hold every core, and the quick event lists and timelines would wait behind them.
     */
    static final int CONCURRENT_PROFILES = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    private final AnnalsStore store;
    private final Semaphore profiles = new Semaphore(CONCURRENT_PROFILES, true);

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
                                + " name it (with offsets), top counterparts, recent quotes, and its roles over time:"
                                + " roles lists each distinct role, country and organisation the documents give it,"
                                + " oldest first, with first_seen, last_seen, documents and up to "
                                + EVIDENCE_PER_ROLE + " evidence sentences (doc_id, offsets into the document).",
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
        Map<String, TableResult> profile = oneOfFewProfiles(() -> store.actorProfile(id, PROFILE_ROWS));
        TableResult identity = profile.get("actor");
        if (identity.rows().isEmpty()) {
            throw ApiException.notFound("no actor with id '" + id + "'; search with /api/actors?q=NAME");
        }
        ObjectNode body = Json.row(identity, identity.rows().get(0));
        body.set("mentions_sample", Json.rows(profile.get("mentions")));
        body.set("counterparts", Json.rows(profile.get("counterparts")));
        body.set("recent_quotes", Json.rows(profile.get("quotes")));
        body.set("roles", roles(oneOfFewProfiles(() -> store.actorRoles(id, EVIDENCE_PER_ROLE))));
        return Reply.ok(body);
    }

    private <T> T oneOfFewProfiles(Supplier<T> work) {
        profiles.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            profiles.release();
        }
    }

    private static ArrayNode roles(List<ActorRole> roles) {
        ArrayNode items = Json.array();
        for (ActorRole role : roles) {
            ObjectNode node = items.addObject();
            node.put("role", role.role());
            node.put("country", role.country());
            node.put("sector", role.sector());
            if (role.organisationId().isEmpty()) {
                node.putNull("organisation");
            } else {
                node.putObject("organisation").put("id", role.organisationId()).put("name", role.organisationName());
            }
            node.set("first_seen", Json.value(role.firstSeen()));
            node.set("last_seen", Json.value(role.lastSeen()));
            node.put("documents", role.documents());
            ArrayNode evidence = node.putArray("evidence");
            role.evidence().forEach(e -> evidence.add(evidence(e)));
        }
        return items;
    }

    private static ObjectNode evidence(RoleEvidence evidence) {
        ObjectNode node = Json.object();
        node.put("doc_id", evidence.docId());
        node.put("title", evidence.title());
        node.set("published", Json.value(evidence.published()));
        node.put("start_offset", evidence.startOffset());
        node.put("end_offset", evidence.endOffset());
        node.put("sentence_start", evidence.sentenceStart());
        node.put("sentence_end", evidence.sentenceEnd());
        node.put("sentence", evidence.sentence());
        return node;
    }
}
