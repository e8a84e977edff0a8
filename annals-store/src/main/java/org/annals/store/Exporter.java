package org.annals.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The export queries over the existing tables, and the two ways to run them: streamed row by row to a sink (the
 * driver hands rows over in chunks, so memory stays flat whatever the row count), or copied by DuckDB itself into a
 * Parquet file.
 */
final class Exporter {
    /** Rows the driver fetches at a time; DuckDB's own vector size. */
    static final int FETCH_SIZE = 2048;

    private static final String EVENT_ROLES = "WITH roles AS (SELECT ea.event_id,"
            + " list(ea.actor_id ORDER BY ea.ord) FILTER (WHERE ea.role = 'source') AS source_ids,"
            + " list(coalesce(nullif(a.name, ''), ea.actor_id) ORDER BY ea.ord) FILTER (WHERE ea.role = 'source')"
            + " AS source_names,"
            + " list(ea.actor_id ORDER BY ea.ord) FILTER (WHERE ea.role = 'target') AS target_ids,"
            + " list(coalesce(nullif(a.name, ''), ea.actor_id) ORDER BY ea.ord) FILTER (WHERE ea.role = 'target')"
            + " AS target_names"
            + " FROM event_actors ea LEFT JOIN actors a ON a.id = ea.actor_id GROUP BY ea.event_id)";

    // actor1 is the first source and actor2 the first target that is not actor1, so that a symmetric event
    // (both sides listed as sources and targets) still reads A -> B.
    private static final String EVENT_BASE = ", base AS (SELECT e.id, e.doc_id, e.date, e.granularity,"
            + " e.date_start, e.date_end, e.type, e.mode, e.modality,"
            + " coalesce(r.source_ids, []) AS source_ids, coalesce(r.source_names, []) AS source_names,"
            + " coalesce(r.target_ids, []) AS target_ids, coalesce(r.target_names, []) AS target_names,"
            + " r.source_ids[1] AS actor1_id,"
            + " list_filter(coalesce(r.target_ids, []), lambda t: t IS DISTINCT FROM r.source_ids[1])[1] AS actor2_id,"
            + " e.place, e.place_id, e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_kind,"
            + " e.contexts, e.intensity, e.confidence, e.trigger, e.evidence, e.evidence_start,"
            + " e.evidence_end, e.rule, e.quantities, q.text AS quote, q.speaker_id AS quote_speaker_id,"
            + " d.published, d.url, d.publisher, d.title, d.source,"
            + " CAST(d.ingested_at AS VARCHAR) AS ingested_at"
            + " FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN roles r ON r.event_id = e.id"
            + " LEFT JOIN quotes q ON q.doc_id = e.doc_id AND q.ord = e.quote_ord";

    private static final String EVENT_SELECT = ") SELECT b.id, b.doc_id, b.date, b.granularity, b.date_start,"
            + " b.date_end, b.type, b.mode, b.modality, b.source_ids, b.source_names, b.target_ids, b.target_names,"
            + actorColumns("actor1", "a1") + ", " + actorColumns("actor2", "a2") + ","
            + " b.place, b.place_id, b.place_name, b.place_country, b.place_lat, b.place_lon, b.place_kind,"
            + " b.contexts, b.intensity, b.confidence, b.trigger, b.evidence, b.evidence_start,"
            + " b.evidence_end, b.rule, b.quantities, b.quote, b.quote_speaker_id, b.published, b.url, b.publisher,"
            + " b.title, b.source, b.ingested_at"
            + " FROM base b LEFT JOIN actors a1 ON a1.id = b.actor1_id LEFT JOIN actors a2 ON a2.id = b.actor2_id"
            + " ORDER BY coalesce(b.date_start, b.published) NULLS LAST, b.id";

    private static final String QUOTES = "SELECT q.doc_id, q.ord, q.kind, q.text, q.speaker_id,"
            + " CASE WHEN q.speaker_id = '' THEN '' ELSE coalesce(nullif(a.name, ''), q.speaker_id) END"
            + " AS speaker_name, q.cue, q.date, q.start_offset, q.end_offset, d.published, d.url, d.publisher,"
            + " d.title FROM quotes q JOIN documents d ON d.id = q.doc_id LEFT JOIN actors a ON a.id = q.speaker_id";

    private static final String ACTORS = "SELECT a.id, a.name, a.kind, a.country, a.role, a.sector, a.aliases,"
            + " coalesce(da.documents, 0) AS documents, coalesce(da.mentions, 0) AS mentions,"
            + " coalesce(ev.events, 0) AS events FROM actors a"
            + " LEFT JOIN (SELECT actor_id, count(DISTINCT doc_id) AS documents, sum(mentions) AS mentions"
            + " FROM document_actors GROUP BY actor_id) da ON da.actor_id = a.id"
            + " LEFT JOIN (SELECT actor_id, count(DISTINCT event_id) AS events FROM event_actors"
            + " GROUP BY actor_id) ev ON ev.actor_id = a.id";

    private Exporter() {}

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
        Where where = Queries.eventFilters(connection, query.asEventQuery());
        return new Statement(EVENT_ROLES + EVENT_BASE + where.sql() + EVENT_SELECT, where.parameters());
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

    /** Streams the rows to the sink and returns how many there were. */
    static long stream(Connection connection, ExportQuery query, ExportSink sink) throws SQLException, IOException {
        Statement statement = statement(connection, query);
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            int index = 1;
            for (Object value : statement.parameters()) {
                prepared.setObject(index++, value);
            }
            prepared.setFetchSize(FETCH_SIZE);
            try (ResultSet result = prepared.executeQuery()) {
                return drain(result, sink);
            }
        }
    }

    private static long drain(ResultSet result, ExportSink sink) throws SQLException, IOException {
        ResultSetMetaData meta = result.getMetaData();
        int width = meta.getColumnCount();
        List<String> columns = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            columns.add(meta.getColumnLabel(i));
        }
        sink.start(List.copyOf(columns));
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

    /** Has DuckDB write the rows to a Parquet file; returns the row count DuckDB reports. */
    static long copyToParquet(Connection connection, ExportQuery query, Path file) throws SQLException {
        Statement statement = statement(connection, query);
        String select = SqlLiterals.inline(statement.sql(), statement.parameters());
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
}
