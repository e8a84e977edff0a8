package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read queries behind the HTTP API: a document's layers, faceted document lists, an actor's profile, the
 * relation of two actors over time and the strongest pairs. An event's day is its first covered day, or the
 * publication date when it has no date (as in {@link EventQuery}).
 */
final class Browse {
    static final int TOP_FACET_ACTORS = 20;
    private static final List<String> PAGE_COLUMNS =
            List.of("id", "title", "publisher", "published", "url", "story_id", "events");
    private static final String EVENT_DAY = "coalesce(e.date_start, d.published)";

    /** An event's sources s and different targets t (as the event_pairs view pairs them). */
    private static final String SOURCE_TARGET = " FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id"
            + " AND t.role = 'target' WHERE s.role = 'source' AND s.actor_id <> t.actor_id";

    /** Events with a source ? and a different target ?; two parameters. */
    private static final String ONE_DIRECTION =
            "SELECT s.event_id" + SOURCE_TARGET + " AND s.actor_id = ? AND t.actor_id = ?";

    private final Connection connection;

    Browse(Connection connection) {
        this.connection = connection;
    }

    TableResult part(String docId, DocumentPart part) throws SQLException {
        return rows(part.sql, docId);
    }

    /**
     * {@code rankedIds}: full-text matches, best first, or null for every document. With matches, the facets count
     * the best {@link DocumentSearch#FACET_HITS} of them.
     */
    DocumentPage documents(DocumentSearch search, List<String> rankedIds) throws SQLException {
        Where where = documentFilter(search, rankedIds);
        Object[] filter = where.parameters().toArray();
        long total = ((Number) rows("SELECT count(*) FROM documents d" + where.sql(), filter)
                        .rows()
                        .get(0)
                        .get(0))
                .longValue();
        Where facetWhere = rankedIds == null
                ? where
                : documentFilter(search, rankedIds.subList(0, Math.min(rankedIds.size(), DocumentSearch.FACET_HITS)));
        Object[] facetFilter = facetWhere.parameters().toArray();
        return new DocumentPage(
                total,
                page(rankedIds, where, search.limit(), search.offset()),
                rows(
                        "SELECT d.publisher AS value, count(*) AS count FROM documents d" + facetWhere.sql()
                                + " GROUP BY 1 ORDER BY 2 DESC, 1",
                        facetFilter),
                rows(
                        "SELECT strftime(d.published, '%Y-%m') AS value, count(*) AS count FROM documents d"
                                + facetWhere.sql() + (facetWhere.isEmpty() ? " WHERE" : " AND")
                                + " d.published IS NOT NULL GROUP BY 1 ORDER BY 1",
                        facetFilter),
                rows(
                        "SELECT da.actor_id AS id, coalesce(nullif(a.name, ''), da.actor_id) AS name,"
                                + " count(DISTINCT da.doc_id) AS count FROM document_actors da"
                                + " JOIN documents d ON d.id = da.doc_id LEFT JOIN actors a ON a.id = da.actor_id"
                                + facetWhere.sql() + " GROUP BY ALL ORDER BY count DESC, id LIMIT " + TOP_FACET_ACTORS,
                        facetFilter),
                rows(
                        "SELECT e.type AS value, count(*) AS count FROM events e JOIN documents d ON d.id = e.doc_id"
                                + facetWhere.sql() + " GROUP BY 1 ORDER BY 2 DESC, 1",
                        facetFilter));
    }

    /**
     * The page of a search the full-text index has answered: rows for its ranked page ids, or (without a query)
     * the filtered documents newest first; facets from its counts, with the names of the top actors.
     */
    DocumentPage documents(DocumentSearch search, FacetedSearch.Result result) throws SQLException {
        TableResult page = search.query().isEmpty()
                ? page(null, documentFilter(search, null), search.limit(), search.offset())
                : rankedPage(result.page());
        List<String> topActors = FacetTables.topIds(result.actors(), TOP_FACET_ACTORS);
        return new DocumentPage(
                result.total(),
                page,
                FacetTables.mostFirst(result.publishers()),
                FacetTables.byValue(result.months()),
                FacetTables.named(topActors, actorNames(topActors), result.actors()),
                FacetTables.mostFirst(result.eventTypes()));
    }

    /** The rows of the ranked documents, in their order, with their numbers of events from the index. */
    private TableResult rankedPage(List<FacetedSearch.Hit> hits) throws SQLException {
        TableResult found = hits.isEmpty()
                ? new TableResult(PAGE_COLUMNS, List.of(), false)
                : rows(
                        "SELECT " + String.join(", ", PAGE_COLUMNS.subList(0, PAGE_COLUMNS.size() - 1))
                                + " FROM documents WHERE id IN " + ActorMatch.placeholders(hits.size()),
                        hits.stream().map(FacetedSearch.Hit::id).toArray());
        Map<Object, List<Object>> byId = new HashMap<>();
        found.rows().forEach(row -> byId.put(row.get(0), row));
        List<List<Object>> rows = new ArrayList<>();
        for (FacetedSearch.Hit hit : hits) {
            List<Object> row = byId.get(hit.id());
            if (row != null) {
                List<Object> withEvents = new ArrayList<>(row);
                withEvents.add(hit.events());
                rows.add(withEvents);
            }
        }
        return new TableResult(PAGE_COLUMNS, rows, false);
    }

    private Map<String, String> actorNames(List<String> ids) throws SQLException {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        TableResult rows = rows(
                "SELECT id, coalesce(nullif(name, ''), id) FROM actors WHERE id IN "
                        + ActorMatch.placeholders(ids.size()),
                ids.toArray());
        rows.rows().forEach(row -> names.put((String) row.get(0), (String) row.get(1)));
        return names;
    }

    /** The page is chosen first; only its documents' events are counted. */
    private TableResult page(List<String> rankedIds, Where where, int limit, int offset) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String from = " FROM documents d";
        String order = " ORDER BY d.published DESC NULLS LAST, d.id";
        String rank = "";
        if (rankedIds != null) {
            // Two unnests side by side pair each id with its position in the ranking.
            from += " JOIN (SELECT unnest(l) AS hit_id, unnest(range(len(l))) AS hit_rank"
                    + " FROM (SELECT string_split(?, ',') AS l)) h ON h.hit_id = d.id";
            parameters.add(String.join(",", rankedIds));
            order = " ORDER BY h.hit_rank";
            rank = ", h.hit_rank";
        }
        parameters.addAll(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        return rows(
                "WITH page AS (SELECT d.id, d.title, d.publisher, d.published, d.url, d.story_id" + rank + from
                        + where.sql() + order + " LIMIT ? OFFSET ?), counts AS (SELECT doc_id, count(*) AS events"
                        + " FROM events WHERE doc_id IN (SELECT id FROM page) GROUP BY doc_id)"
                        + " SELECT p.id, p.title, p.publisher, p.published, p.url, p.story_id,"
                        + " coalesce(c.events, 0) AS events FROM page p LEFT JOIN counts c ON c.doc_id = p.id"
                        + order.replace("d.", "p.").replace("h.", "p."),
                parameters.toArray());
    }

    private static Where documentFilter(DocumentSearch search, List<String> rankedIds) {
        Where where = new Where();
        if (rankedIds != null) {
            where.add("d.id IN (SELECT unnest(string_split(?, ',')))", String.join(",", rankedIds));
        }
        if (search.from() != null) {
            where.add("d.published >= ?", search.from());
        }
        if (search.to() != null) {
            where.add("d.published <= ?", search.to());
        }
        if (!search.publisher().isEmpty()) {
            where.add("lower(d.publisher) = lower(?)", search.publisher());
        }
        if (!search.actor().isEmpty()) {
            where.add(
                    "EXISTS (SELECT 1 FROM document_actors fda LEFT JOIN actors fa ON fa.id = fda.actor_id"
                            + " WHERE fda.doc_id = d.id AND " + ActorMatch.condition("fa", "fda.actor_id") + ")",
                    ActorMatch.parameters(search.actor()));
        }
        if (!search.eventType().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM events fe WHERE fe.doc_id = d.id AND fe.type = ?)", search.eventType());
        }
        return where;
    }

    /**
     * The actor's identity and counts. Its rows of document_actors and event_actors are picked out first, and
     * documents reached by id from them: counting per actor over the whole tables (as a correlated subquery does)
     * took several times as long on a million events.
     */
    private static final String ACTOR_DOCUMENTS = "WITH da AS (SELECT doc_id, mentions FROM document_actors"
            + " WHERE actor_id = ?), seen AS (SELECT min(published) AS first_seen, max(published) AS last_seen"
            + " FROM documents WHERE id IN (SELECT doc_id FROM da))"
            + " SELECT a.id, coalesce(nullif(a.name, ''), a.id) AS name, a.kind, a.country, a.role,"
            + " a.sector, a.aliases, (SELECT count(DISTINCT doc_id) FROM da) AS documents,"
            + " (SELECT coalesce(sum(mentions), 0) FROM da) AS mentions,"
            + " (SELECT first_seen FROM seen) AS first_seen, (SELECT last_seen FROM seen) AS last_seen";

    /** The actor's identity, documents, first and last seen, and events as source and as target. */
    TableResult actor(String id) throws SQLException {
        return rows(
                ACTOR_DOCUMENTS
                        + ", (SELECT count(DISTINCT event_id) FROM event_actors WHERE actor_id = a.id"
                        + " AND role = 'source') AS events_as_source,"
                        + " (SELECT count(DISTINCT event_id) FROM event_actors WHERE actor_id = a.id"
                        + " AND role = 'target') AS events_as_target FROM actors a WHERE a.id = ?",
                id,
                id);
    }

    /** {@link #actor} without the two event counts, for a caller that counts them in the event index. */
    TableResult actorDocuments(String id) throws SQLException {
        return rows(ACTOR_DOCUMENTS + " FROM actors a WHERE a.id = ?", id, id);
    }

    /** How documents name the actor and the roles they give it: the evidence for its identity. */
    TableResult actorMentions(String id, int limit) throws SQLException {
        // The newest documents that name the actor first: the page's mentions are in at most {@code limit} of them.
        return rows(
                "WITH docs AS (SELECT d.id, d.published, d.title FROM documents d"
                        // document_actors also lists actors a document names only through its events
                        + " WHERE d.id IN (SELECT doc_id FROM document_actors WHERE actor_id = ? AND mentions > 0)"
                        + " ORDER BY d.published DESC NULLS LAST, d.id LIMIT ?)"
                        + " SELECT m.doc_id, m.start_offset, m.end_offset, m.text, m.type, m.role, d.published, d.title"
                        + " FROM mentions m JOIN docs d ON d.id = m.doc_id WHERE m.actor_id = ?"
                        + " ORDER BY d.published DESC NULLS LAST, m.doc_id, m.start_offset LIMIT ?",
                id,
                limit,
                id,
                limit);
    }

    /**
     * Actors on the other side of the actor's events (either direction), most events first. The actor's events are
     * picked out first and their other side reached by event id, from event_actors directly (the event_pairs view
     * joins every event to its actors).
     */
    TableResult counterparts(String id, int limit) throws SQLException {
        return rows(
                "WITH p AS (" + otherSide("target", "source") + " UNION " + otherSide("source", "target") + ")"
                        + " SELECT p.other AS id, coalesce(nullif(a.name, ''), p.other) AS name,"
                        + " count(*) AS events FROM p LEFT JOIN actors a ON a.id = p.other"
                        + " GROUP BY ALL ORDER BY events DESC, id LIMIT ?",
                id,
                id,
                id,
                id,
                limit);
    }

    /** Events where the actor (second parameter) is in {@code role}, with each other actor in {@code otherRole}. */
    private static String otherSide(String otherRole, String role) {
        return "SELECT o.event_id, o.actor_id AS other FROM event_actors o WHERE o.role = '" + otherRole + "'"
                + " AND o.actor_id <> ? AND o.event_id IN (SELECT event_id FROM event_actors WHERE actor_id = ?"
                + " AND role = '" + role + "')";
    }

    TableResult quotesBy(String id, int limit) throws SQLException {
        return rows(
                "SELECT q.doc_id, q.ord, q.start_offset, q.end_offset, q.text, q.kind, q.cue, q.date,"
                        + " d.published, d.title FROM quotes q JOIN documents d ON d.id = q.doc_id"
                        + " WHERE q.speaker_id = ? ORDER BY coalesce(try_cast(q.date AS DATE), d.published)"
                        + " DESC NULLS LAST, q.doc_id, q.ord LIMIT ?",
                id,
                limit);
    }

    /** Events between {@code a} and {@code b} in either direction, one row per period and type. */
    TableResult relation(String a, String b, Period period, LocalDate from, LocalDate to, Counting counting)
            throws SQLException {
        Where where = new Where()
                .add(
                        // event_actors directly, not the event_pairs view, which joins every event to its actors
                        "e.id IN (" + ONE_DIRECTION + " UNION " + ONE_DIRECTION + ")", a, b, b, a)
                .add(EVENT_DAY + " IS NOT NULL");
        addDayRange(where, from, to);
        return rows(
                "SELECT CAST(date_trunc('" + period.sqlPart() + "', e.day) AS DATE) AS period,"
                        + " e.type, count(*) AS events, sum(e.intensity) AS intensity_sum,"
                        + " list(e.id ORDER BY e.id) AS event_ids FROM (SELECT e.id, e.type, e.intensity, "
                        + EVENT_DAY + " AS day FROM events e JOIN documents d ON d.id = e.doc_id" + where.sql()
                        + firstPer(counting) + ") e GROUP BY ALL ORDER BY period, e.type",
                where.parameters().toArray());
    }

    /** The {@code limit} actor pairs with the most events between them (either direction) in the range. */
    TableResult network(LocalDate from, LocalDate to, int limit, Counting counting) throws SQLException {
        Where where = new Where();
        addDayRange(where, from, to);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        return rows(
                "WITH pairs AS (SELECT s.event_id, least(s.actor_id, t.actor_id) AS first_id,"
                        + " greatest(s.actor_id, t.actor_id) AS second_id, e.intensity FROM events e"
                        + " JOIN documents d ON d.id = e.doc_id JOIN event_actors s ON s.event_id = e.id"
                        + " AND s.role = 'source' JOIN event_actors t ON t.event_id = e.id AND t.role = 'target'"
                        + " AND t.actor_id <> s.actor_id" + where.sql()
                        // A symmetric event gives both directions of a pair; it counts once.
                        + " QUALIFY row_number() OVER (PARTITION BY " + counting.key + ", first_id, second_id"
                        + " ORDER BY d.ingested_at, e.id) = 1)"
                        + " SELECT p.first_id, coalesce(nullif(f.name, ''), p.first_id) AS first_name,"
                        + " f.kind AS first_kind, p.second_id, coalesce(nullif(s.name, ''), p.second_id)"
                        + " AS second_name, s.kind AS second_kind, count(*) AS events,"
                        + " avg(p.intensity) AS mean_intensity FROM pairs p"
                        + " LEFT JOIN actors f ON f.id = p.first_id LEFT JOIN actors s ON s.id = p.second_id"
                        + " GROUP BY ALL ORDER BY events DESC, p.first_id, p.second_id LIMIT ?",
                parameters.toArray());
    }

    /** Keeps one event per counted unit: the first stored report of each happening, or every event. */
    private static String firstPer(Counting counting) {
        return counting == Counting.EVENTS
                ? ""
                : " QUALIFY row_number() OVER (PARTITION BY " + counting.key + " ORDER BY d.ingested_at, e.id) = 1";
    }

    private static void addDayRange(Where where, LocalDate from, LocalDate to) {
        if (from != null) {
            where.add("coalesce(e.date_end, d.published) >= ?", from);
        }
        if (to != null) {
            where.add("coalesce(e.date_start, d.published) <= ?", to);
        }
    }

    private TableResult rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(ReadOnlySql.plain(result.getObject(i)));
                    }
                    rows.add(row);
                }
                return new TableResult(columns, rows, false);
            }
        }
    }
}
