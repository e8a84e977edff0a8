package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export queries over the existing tables, and the two ways to run them: streamed row by row to a sink (the
 * driver hands rows over in chunks, so memory stays flat whatever the row count), or copied by DuckDB itself into a
 * Parquet file.
 */
final class Exporter {
    /** Rows the driver fetches at a time; DuckDB's own vector size. */
    static final int FETCH_SIZE = 2048;

    // The chosen events with their documents come first, so that only their actors are grouped into lists.
    private static final String EVENT_CHOSEN = "WITH chosen AS (SELECT e.id, e.doc_id, e.date, e.granularity,"
            + " e.date_start, e.date_end, e.type, e.mode, e.modality, e.place, e.place_id, e.place_name,"
            + " e.place_country, e.place_lat, e.place_lon, e.place_kind, e.contexts, e.intensity,"
            + " e.confidence, e.trigger, e.evidence, e.evidence_start, e.evidence_end, e.rule, e.quantities,"
            + StoredMentions.records("e.") + " AS mentions,"
            + " q.text AS quote, q.speaker_id AS quote_speaker_id,"
            + " d.published, d.url, d.publisher, d.title, d.source, CAST(d.ingested_at AS VARCHAR) AS ingested_at, "
            + EventChunks.SORT_KEY + " AS sort_key FROM events e JOIN documents d ON d.id = e.doc_id"
            + " LEFT JOIN quotes q ON q.doc_id = e.doc_id AND q.ord = e.quote_ord";

    private static final String EVENT_ROLES = "), roles AS (SELECT ea.event_id,"
            + " list(ea.actor_id ORDER BY ea.ord) FILTER (WHERE ea.role = 'source') AS source_ids,"
            + " list(coalesce(nullif(a.name, ''), ea.actor_id) ORDER BY ea.ord) FILTER (WHERE ea.role = 'source')"
            + " AS source_names,"
            + " list(ea.actor_id ORDER BY ea.ord) FILTER (WHERE ea.role = 'target') AS target_ids,"
            + " list(coalesce(nullif(a.name, ''), ea.actor_id) ORDER BY ea.ord) FILTER (WHERE ea.role = 'target')"
            + " AS target_names," + sideAttributes("source") + "," + sideAttributes("target")
            + " FROM event_actors ea LEFT JOIN actors a ON a.id = ea.actor_id"
            + " WHERE ea.event_id IN (SELECT id FROM chosen) GROUP BY ea.event_id)";

    // actor1 is the first source and actor2 the first target that is not actor1, so that a symmetric event
    // (both sides listed as sources and targets) still reads A -> B.
    private static final String EVENT_BASE = ", base AS (SELECT c.*,"
            + " coalesce(r.source_ids, []) AS source_ids, coalesce(r.source_names, []) AS source_names,"
            + " coalesce(r.target_ids, []) AS target_ids, coalesce(r.target_names, []) AS target_names,"
            + " coalesce(r.source_kinds, []) AS source_kinds, coalesce(r.source_countries, []) AS source_countries,"
            + " coalesce(r.source_sectors, []) AS source_sectors, coalesce(r.target_kinds, []) AS target_kinds,"
            + " coalesce(r.target_countries, []) AS target_countries,"
            + " coalesce(r.target_sectors, []) AS target_sectors,"
            + " r.source_ids[1] AS actor1_id,"
            + " list_filter(coalesce(r.target_ids, []), lambda t: t IS DISTINCT FROM r.source_ids[1])[1] AS actor2_id"
            + " FROM chosen c LEFT JOIN roles r ON r.event_id = c.id)";

    private static final String EVENT_SELECT = " SELECT b.id, b.doc_id, b.date, b.granularity, b.date_start,"
            + " b.date_end, b.type, b.mode, b.modality, b.source_ids, b.source_names, b.target_ids, b.target_names,"
            + " b.source_kinds, b.source_countries, b.source_sectors, b.target_kinds, b.target_countries,"
            + " b.target_sectors,"
            + actorColumns("actor1", "a1") + ", " + actorColumns("actor2", "a2") + ","
            + " b.place, b.place_id, b.place_name, b.place_country, b.place_lat, b.place_lon, b.place_kind,"
            + " b.contexts, b.intensity, b.confidence, b.trigger, b.evidence, b.evidence_start,"
            + " b.evidence_end, b.rule, b.quantities, b.mentions, b.quote, b.quote_speaker_id, b.published, b.url, b.publisher,"
            + " b.title, b.source, b.ingested_at"
            + " FROM base b LEFT JOIN actors a1 ON a1.id = b.actor1_id LEFT JOIN actors a2 ON a2.id = b.actor2_id"
            + " ORDER BY b.sort_key, b.id";

    private static final String QUOTES = "SELECT q.doc_id, q.ord, q.kind, q.text, q.speaker_id,"
            + " CASE WHEN q.speaker_id = '' THEN '' ELSE coalesce(nullif(a.name, ''), q.speaker_id) END"
            + " AS speaker_name, q.cue, q.date, q.start_offset, q.end_offset, d.published, d.url, d.publisher,"
            + " d.title, " + QuoteEvents.ids("q") + ", " + QuoteEvents.types("q")
            + " FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN actors a ON a.id = q.speaker_id";

    private static final String ACTORS = "SELECT a.id, a.name, a.kind, a.country, a.role, a.sector, a.aliases,"
            + " coalesce(da.documents, 0) AS documents, coalesce(da.mentions, 0) AS mentions,"
            + " coalesce(ev.events, 0) AS events FROM actors a"
            + " LEFT JOIN (SELECT actor_id, count(DISTINCT doc_id) AS documents, sum(mentions) AS mentions"
            + " FROM document_actors GROUP BY actor_id) da ON da.actor_id = a.id"
            + " LEFT JOIN (SELECT actor_id, count(DISTINCT event_id) AS events FROM event_actors"
            + " GROUP BY actor_id) ev ON ev.actor_id = a.id";

    private Exporter() {}

    /**
     * Each side's kinds, countries and sectors, in the order of its ids: what a dyadic export (one row per source and
     * target, docs/export.md) needs to describe every actor, not only actor1 and actor2.
     */
    private static String sideAttributes(String role) {
        StringBuilder sql = new StringBuilder();
        for (String field : List.of("kind", "country", "sector")) {
            String plural = field.equals("country") ? "countries" : field + "s";
            sql.append(sql.length() == 0 ? " " : ", ")
                    .append("list(coalesce(a.")
                    .append(field)
                    .append(", '') ORDER BY ea.ord) FILTER (WHERE ea.role = '")
                    .append(role)
                    .append("') AS ")
                    .append(role)
                    .append('_')
                    .append(plural);
        }
        return sql.toString();
    }

    private static String actorColumns(String prefix, String alias) {
        return " b." + prefix + "_id, coalesce(nullif(" + alias + ".name, ''), b." + prefix + "_id) AS " + prefix
                + "_name, " + alias + ".kind AS " + prefix + "_kind, " + alias + ".country AS " + prefix
                + "_country, " + alias + ".role AS " + prefix + "_role, " + alias + ".sector AS " + prefix + "_sector";
    }

    /** The statement and its parameters for a query. */
    record Statement(String sql, List<Object> parameters) {}

    static Statement statement(Connection connection, ExportQuery query) throws SQLException {
        return switch (query.table()) {
            case EVENTS -> events(connection, query);
            case QUOTES -> quotes(query);
            case ACTORS -> actors(query);
        };
    }

    private static Statement events(Connection connection, ExportQuery query) throws SQLException {
        return events(Queries.eventFilters(connection, query.asEventQuery()));
    }

    private static Statement events(Where where) {
        return new Statement(EVENT_CHOSEN + where.sql() + EVENT_ROLES + EVENT_BASE + EVENT_SELECT, where.parameters());
    }

    private static Statement quotes(ExportQuery query) {
        Where where = Queries.quoteFilters(query.asQuoteQuery());
        return new Statement(
                QUOTES + where.sql() + " ORDER BY " + Queries.QUOTE_DAY + " NULLS LAST, q.doc_id, q.ord",
                where.parameters());
    }

    private static Statement actors(ExportQuery query) {
        Where where = Queries.actorFilters(query.asActorQuery());
        return new Statement(ACTORS + where.sql() + " ORDER BY a.id", where.parameters());
    }

    /**
     * The statements that together select the query's rows in export order: one per chunk of {@code chunks} for
     * events, one for the other tables (their rows are narrow and not joined to lists).
     */
    static List<Statement> statements(Connection connection, ExportQuery query, EventChunks chunks)
            throws SQLException {
        if (query.table() != ExportTable.EVENTS) {
            return List.of(statement(connection, query));
        }
        EventQuery events = query.asEventQuery();
        List<EventChunks.Boundary> boundaries = chunks.boundaries(connection, Queries.eventFilters(connection, events));
        List<Statement> statements = new ArrayList<>();
        EventChunks.Boundary after = null;
        for (int i = 0; i <= boundaries.size(); i++) {
            EventChunks.Boundary upTo = i < boundaries.size() ? boundaries.get(i) : null;
            statements.add(events(EventChunks.restrict(Queries.eventFilters(connection, events), after, upTo)));
            after = upTo;
        }
        return statements;
    }

    /** Streams the rows to the sink and returns how many there were. */
    static long stream(Connection connection, ExportQuery query, ExportSink sink, EventChunks chunks)
            throws SQLException, IOException {
        long rows = 0;
        boolean started = false;
        for (Statement statement : statements(connection, query, chunks)) {
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                int index = 1;
                for (Object value : statement.parameters()) {
                    prepared.setObject(index++, value);
                }
                prepared.setFetchSize(FETCH_SIZE);
                try (ResultSet result = prepared.executeQuery()) {
                    if (!started) {
                        sink.start(columns(result.getMetaData()));
                        started = true;
                    }
                    rows += drain(result, sink);
                }
            }
        }
        return rows;
    }

    private static List<String> columns(ResultSetMetaData meta) throws SQLException {
        List<String> columns = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        return List.copyOf(columns);
    }

    private static long drain(ResultSet result, ExportSink sink) throws SQLException, IOException {
        int width = result.getMetaData().getColumnCount();
        long rows = 0;
        while (result.next()) {
            List<Object> values = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                values.add(ReadOnlySql.plain(result.getObject(i)));
            }
            sink.row(java.util.Collections.unmodifiableList(values));
            rows++;
        }
        return rows;
    }

    /**
     * Has DuckDB write the rows to a Parquet file and returns the row count DuckDB reports. Several chunks are
     * written as part files beside the target first and then concatenated in order, each step in bounded memory.
     */
    static long copyToParquet(Connection connection, ExportQuery query, Path file, EventChunks chunks)
            throws SQLException, IOException {
        List<Statement> statements = statements(connection, query, chunks);
        if (statements.size() == 1) {
            return copy(connection, select(statements.get(0)), file);
        }
        Path parts = Files.createTempDirectory(file.toAbsolutePath().getParent(), ".annals-export-");
        try {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                Path part = parts.resolve(String.format(Locale.ROOT, "part-%05d.parquet", i));
                copy(connection, select(statements.get(i)), part);
                names.add(SqlLiterals.text(part.toString()));
            }
            return copy(connection, "SELECT * FROM read_parquet([" + String.join(", ", names) + "])", file);
        } finally {
            deleteTree(parts);
        }
    }

    private static String select(Statement statement) {
        return SqlLiterals.inline(statement.sql(), statement.parameters());
    }

    private static long copy(Connection connection, String select, Path file) throws SQLException {
        String copy = "COPY (" + select + ") TO "
                + SqlLiterals.text(file.toAbsolutePath().toString()) + " (FORMAT PARQUET, COMPRESSION ZSTD)";
        try (java.sql.Statement run = connection.createStatement()) {
            if (run.execute(copy)) {
                try (ResultSet result = run.getResultSet()) {
                    return result.next() ? result.getLong(1) : -1;
                }
            }
            return run.getUpdateCount();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
