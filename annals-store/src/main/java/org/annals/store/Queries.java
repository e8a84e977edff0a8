package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The canned queries behind {@code annals events|quotes|actors} and the summary. */
final class Queries {
    static final String QUOTE_DAY = "coalesce(try_cast(q.date AS DATE), d.published)";

    private final Connection connection;

    Queries(Connection connection) {
        this.connection = connection;
    }

    private static final String EVENT_ORDER =
            "coalesce(e.date_start, d.published) DESC NULLS LAST, e.doc_id, e.evidence_start, e.id";
    private static final String EVENTS_FROM = " FROM events e JOIN documents d ON d.id = e.doc_id";
    private static final String QUOTES_FROM =
            " FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN actors a ON a.id = q.speaker_id";

    long countEvents(EventQuery q) throws SQLException {
        Where where = eventFilters(connection, q);
        return countWhere("SELECT count(*)" + EVENTS_FROM + where.sql(), where);
    }

    /** The events count, but counting stops after {@code cap} + 1 rows: enough to say "more than cap". */
    long countEventsUpTo(EventQuery q, long cap) throws SQLException {
        Where where = eventFilters(connection, q);
        return countWhere(
                "SELECT count(*) FROM (SELECT 1" + EVENTS_FROM + where.sql() + " LIMIT " + (cap + 1) + ")", where);
    }

    // An event listing picks its page of rows first and looks up only those events' actors: the actor lists of every
    // matching event would cost a pass over event_actors per list.
    private static final String PAGE_COLUMNS = "e.id, e.doc_id, e.date, e.granularity, e.type, e.mode, e.modality,"
            + " e.place, e.evidence, d.title, d.url, d.published, coalesce(e.date_start, d.published) AS day,"
            + " e.evidence_start, e.happening_id, e.mentions, e.mention_starts, e.mention_ends";
    private static final String PAGE_ROLES = " roles AS (SELECT ea.event_id,"
            + " list(coalesce(nullif(a.name, ''), ea.actor_id) ORDER BY ea.ord) FILTER (ea.role = 'source')"
            + " AS source_names,"
            + " list(coalesce(nullif(a.name, ''), ea.actor_id) ORDER BY ea.ord) FILTER (ea.role = 'target')"
            + " AS target_names,"
            + " list(ea.actor_id ORDER BY ea.ord) FILTER (ea.role = 'source') AS source_ids,"
            + " list(ea.actor_id ORDER BY ea.ord) FILTER (ea.role = 'target') AS target_ids"
            + " FROM event_actors ea LEFT JOIN actors a ON a.id = ea.actor_id"
            + " WHERE ea.event_id IN (SELECT id FROM page) GROUP BY ea.event_id)";
    private static final String PAGE_ROWS = " SELECT p.id, p.doc_id, p.date, p.granularity, p.type, p.mode, p.modality,"
            + " coalesce(r.source_names, []), coalesce(r.target_names, []), coalesce(r.source_ids, []),"
            + " coalesce(r.target_ids, []), p.place, p.evidence, p.title, p.url, p.published, p.mentions,"
            + " p.mention_starts, p.mention_ends";
    private static final String PAGE_JOIN = " FROM page p LEFT JOIN roles r ON r.event_id = p.id"
            + " ORDER BY p.day DESC NULLS LAST, p.doc_id, p.evidence_start, p.id";

    List<EventRow> events(EventQuery q) throws SQLException {
        Where where = eventFilters(connection, q);
        String sql = "WITH page AS (SELECT " + PAGE_COLUMNS + EVENTS_FROM + where.sql() + " ORDER BY " + EVENT_ORDER
                + " LIMIT ? OFFSET ?)," + PAGE_ROLES + PAGE_ROWS + PAGE_JOIN;
        return list(sql, where, q.limit(), q.offset(), Queries::eventRow);
    }

    /** How many happenings {@link #happenings} would list without limit and offset. */
    long countHappenings(EventQuery q) throws SQLException {
        Where where = eventFilters(connection, q);
        return countWhere("SELECT count(DISTINCT e.happening_id)" + EVENTS_FROM + where.sql(), where);
    }

    /** One row per happening with a matching event, in the order of {@link #events}. */
    List<HappeningRow> happenings(EventQuery q) throws SQLException {
        Where where = eventFilters(connection, q);
        String sql = "WITH page AS (SELECT " + PAGE_COLUMNS + EVENTS_FROM
                // The happening's first report when it matches the filter, else its earliest stored match.
                + " WHERE e.id IN (SELECT coalesce(max(e.id) FILTER (WHERE e.id = e.happening_id),"
                + " arg_min(e.id, d.ingested_at))" + EVENTS_FROM + where.sql() + " GROUP BY e.happening_id)"
                + " ORDER BY " + EVENT_ORDER + " LIMIT ? OFFSET ?)," + PAGE_ROLES + PAGE_ROWS
                + ", (SELECT count(*) FROM events x WHERE x.happening_id = p.happening_id),"
                + " (SELECT count(DISTINCT x.doc_id) FROM events x WHERE x.happening_id = p.happening_id)"
                + PAGE_JOIN;
        return list(
                sql, where, q.limit(), q.offset(), r -> new HappeningRow(eventRow(r), r.getLong(20), r.getLong(21)));
    }

    /**
     * The filters of {@code q}. Actor filters are resolved to actor ids first (a pass over the actors table, not
     * over every event's actors), so the events are reached through event_actors by id.
     */
    static Where eventFilters(Connection connection, EventQuery q) throws SQLException {
        Where where = new Where();
        if (!q.actor().isEmpty()) {
            List<String> ids = ActorMatch.ids(connection, q.actor());
            where.add(ActorMatch.eventHas(null, ids.size()), ids.toArray());
        }
        if (!q.pair().isEmpty()) {
            addPair(
                    where,
                    ActorMatch.ids(connection, q.pair().get(0)),
                    ActorMatch.ids(connection, q.pair().get(1)));
        }
        if (!q.type().isEmpty()) {
            where.add("upper(e.type) = ?", q.type().toUpperCase(Locale.ROOT));
        }
        q.modalityFilter().ifPresent(m -> where.add("e.modality = ?", m.name()));
        if (!q.mode().isEmpty()) {
            where.add("lower(e.mode) = ?", q.mode().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            where.add("coalesce(e.date_end, d.published) >= ?", q.from());
        }
        if (q.to() != null) {
            where.add("coalesce(e.date_start, d.published) <= ?", q.to());
        }
        if (!q.text().isEmpty()) {
            where.add("contains(lower(e.evidence), ?)", q.text().toLowerCase(Locale.ROOT));
        }
        if (!q.place().isEmpty()) {
            String place = q.place().toLowerCase(Locale.ROOT);
            where.add("(contains(lower(e.place), ?) OR lower(e.place_id) = ?)", place, place);
        }
        return where;
    }

    private static EventRow eventRow(ResultSet r) throws SQLException {
        return new EventRow(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                SqlArrays.strings(r.getArray(8)),
                SqlArrays.strings(r.getArray(9)),
                SqlArrays.strings(r.getArray(10)),
                SqlArrays.strings(r.getArray(11)),
                r.getString(12),
                r.getString(13),
                r.getString(14),
                r.getString(15),
                r.getObject(16, LocalDate.class),
                StoredMentions.read(r.getArray(17), r.getArray(18), r.getArray(19)));
    }

    /** Either direction: first as source with second as target, or the other way round. */
    private static void addPair(Where where, List<String> first, List<String> second) {
        List<Object> parameters = new ArrayList<>();
        parameters.addAll(first);
        parameters.addAll(second);
        parameters.addAll(second);
        parameters.addAll(first);
        where.add(
                "e.id IN (" + oneDirection(first.size(), second.size()) + " UNION "
                        + oneDirection(second.size(), first.size()) + ")",
                parameters.toArray());
    }

    private static String oneDirection(int sources, int targets) {
        return "SELECT s.event_id FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id"
                + " AND t.role = 'target' WHERE s.role = 'source' AND s.actor_id IN " + ActorMatch.placeholders(sources)
                + " AND t.actor_id IN " + ActorMatch.placeholders(targets);
    }

    long countQuotes(QuoteQuery q) throws SQLException {
        Where where = quoteFilters(q);
        return countWhere("SELECT count(*)" + QUOTES_FROM + where.sql(), where);
    }

    List<QuoteRow> quotes(QuoteQuery q) throws SQLException {
        Where where = quoteFilters(q);
        String page = "SELECT q.doc_id, q.ord, q.text, q.kind, q.speaker_id,"
                + " CASE WHEN q.speaker_id = '' THEN '' ELSE coalesce(nullif(a.name, ''), q.speaker_id) END,"
                + " q.cue, q.date, d.published, d.title, d.url, " + QUOTE_DAY + " AS day"
                + QUOTES_FROM
                + where.sql() + " ORDER BY day DESC NULLS LAST, q.doc_id, q.ord LIMIT ? OFFSET ?";
        // The quotes' events are looked up for the page only.
        String sql = "SELECT p.*, " + QuoteEvents.ids("p") + ", " + QuoteEvents.types("p") + " FROM (" + page
                + ") p ORDER BY p.day DESC NULLS LAST, p.doc_id, p.ord";
        return list(sql, where, q.limit(), q.offset(), Queries::quoteRow);
    }

    static Where quoteFilters(QuoteQuery q) {
        Where where = new Where();
        if (!q.speaker().isEmpty()) {
            where.add(
                    "q.speaker_id <> '' AND " + ActorMatch.condition("a", "q.speaker_id"),
                    ActorMatch.parameters(q.speaker()));
        }
        if (!q.text().isEmpty()) {
            where.add("contains(lower(q.text), ?)", q.text().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            where.add(QUOTE_DAY + " >= ?", q.from());
        }
        if (q.to() != null) {
            where.add(QUOTE_DAY + " <= ?", q.to());
        }
        return where;
    }

    private static QuoteRow quoteRow(ResultSet r) throws SQLException {
        return new QuoteRow(
                r.getString(1),
                r.getInt(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getObject(9, LocalDate.class),
                r.getString(10),
                r.getString(11),
                SqlArrays.strings(r.getArray(13)),
                SqlArrays.strings(r.getArray(14)));
    }

    long countActors(ActorQuery q) throws SQLException {
        Where where = actorFilters(q);
        return countWhere("SELECT count(*) FROM actors a" + where.sql(), where);
    }

    List<ActorRow> actors(ActorQuery q) throws SQLException {
        Where where = actorFilters(q);
        String sql = "SELECT a.id, a.name, a.kind, a.country, a.role, a.sector, a.aliases,"
                + " coalesce(da.documents, 0), coalesce(da.mentions, 0), coalesce(ev.events, 0)"
                + " FROM actors a"
                + " LEFT JOIN (SELECT actor_id, count(DISTINCT doc_id) AS documents, sum(mentions) AS mentions"
                + " FROM document_actors GROUP BY actor_id) da ON da.actor_id = a.id"
                + " LEFT JOIN (SELECT actor_id, count(DISTINCT event_id) AS events FROM event_actors"
                + " GROUP BY actor_id) ev ON ev.actor_id = a.id"
                + where.sql()
                + " ORDER BY " + (q.name().isEmpty() ? "" : NAME_MATCH_RANK + ", ")
                + "8 DESC, 9 DESC, 10 DESC, a.id LIMIT ? OFFSET ?";
        List<Object> parameters = new ArrayList<>(where.parameters());
        if (!q.name().isEmpty()) {
            String lower = q.name().toLowerCase(Locale.ROOT);
            String words = ActorMatch.wholeWords(lower);
            parameters.addAll(List.of(lower, lower, words, words));
        }
        parameters.add(q.limit());
        parameters.add(q.offset());
        return list(sql, parameters, Queries::actorRow);
    }

    /** A searched name ranks exact ids and names first, then whole words of the name or an alias, then the rest. */
    private static final String NAME_MATCH_RANK = "CASE WHEN lower(a.id) = ? OR lower(a.name) = ? THEN 0"
            + " WHEN regexp_matches(lower(a.name), ?)"
            + " OR regexp_matches(lower(array_to_string(a.aliases, chr(31))), ?) THEN 1 ELSE 2 END";

    static Where actorFilters(ActorQuery q) {
        Where where = new Where();
        if (!q.name().isEmpty()) {
            String lower = q.name().toLowerCase(Locale.ROOT);
            where.add(
                    "(contains(lower(a.id), ?) OR contains(lower(a.name), ?)"
                            + " OR contains(lower(array_to_string(a.aliases, chr(31))), ?))",
                    lower,
                    lower,
                    lower);
        }
        if (q.kind() != null) {
            where.add("a.kind = ?", q.kind().name());
        }
        if (!q.country().isEmpty()) {
            where.add("upper(a.country) = ?", q.country());
        }
        return where;
    }

    private static ActorRow actorRow(ResultSet r) throws SQLException {
        return new ActorRow(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                SqlArrays.strings(r.getArray(7)),
                r.getLong(8),
                r.getLong(9),
                r.getLong(10));
    }

    Summary summary(int topPairs) throws SQLException {
        long documents = count("SELECT count(*) FROM documents");
        long stories = count("SELECT count(DISTINCT story_id) FROM documents");
        long actors = count("SELECT count(*) FROM actors");
        long mentions = count("SELECT count(*) FROM mentions");
        long events = count("SELECT count(*) FROM events");
        long happenings = count("SELECT count(DISTINCT happening_id) FROM events");
        long quotes = count("SELECT count(*) FROM quotes");
        return new Summary(documents, stories, actors, mentions, events, happenings, quotes, topPairs(topPairs));
    }

    private List<Summary.PairCount> topPairs(int limit) throws SQLException {
        String sql = "WITH pairs AS (SELECT DISTINCT event_id, least(source_id, target_id) AS first_id,"
                + " greatest(source_id, target_id) AS second_id FROM event_pairs"
                + " WHERE source_id IS NOT NULL AND target_id IS NOT NULL AND source_id <> target_id)"
                + " SELECT p.first_id, coalesce(nullif(f.name, ''), p.first_id),"
                + " p.second_id, coalesce(nullif(s.name, ''), p.second_id), count(*) AS events"
                + " FROM pairs p LEFT JOIN actors f ON f.id = p.first_id LEFT JOIN actors s ON s.id = p.second_id"
                + " GROUP BY ALL ORDER BY events DESC, p.first_id, p.second_id LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet r = statement.executeQuery()) {
                List<Summary.PairCount> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new Summary.PairCount(
                            r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)));
                }
                return rows;
            }
        }
    }

    long count(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet r = statement.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Reads one row of a result. */
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private long countWhere(String sql, Where where) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            where.bind(statement);
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private <T> List<T> list(String sql, List<Object> parameters, RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet r = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(reader.read(r));
                }
                return rows;
            }
        }
    }

    private <T> List<T> list(String sql, Where where, int limit, int offset, RowReader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = where.bind(statement);
            statement.setInt(next, limit);
            statement.setInt(next + 1, offset);
            try (ResultSet r = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(reader.read(r));
                }
                return rows;
            }
        }
    }
}
