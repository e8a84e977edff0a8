package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the store. Column names are the user-facing contract of {@code annals sql} and are documented in
 * docs/store.md; offsets are named start_offset/end_offset because END is reserved in SQL.
 */
final class Schema {
    /**
     * 2: documents.story_id, doc_signatures, doc_bands and the stories view (near-duplicate stories). 3:
     * documents.authors, modified and section. 4: events.happening_id, its index and the happenings view. 5: the
     * affiliations table ({@link #AFFILIATIONS_SINCE}). 6: the event record's contexts, gazetteer place and quote
     * ({@link #MIGRATE_EVENT_RECORD}). 7: the further tellings of each event's happening in its article
     * ({@link #MIGRATE_EVENT_MENTIONS}).
     */
    static final int VERSION = 7;

    static final List<String> TABLES = List.of(
            "documents",
            "blocks",
            "mentions",
            "actors",
            "document_actors",
            "times",
            "quantities",
            "quotes",
            "events",
            "event_actors",
            "doc_signatures",
            "doc_bands",
            "affiliations");

    private static final String META =
            "CREATE TABLE IF NOT EXISTS annals_meta (key VARCHAR PRIMARY KEY, value VARCHAR)";

    /** Version 1 stores gain the story column; each stored document is its own story until a later one joins it. */
    private static final List<String> MIGRATE_1_TO_2 =
            List.of("ALTER TABLE documents ADD COLUMN story_id VARCHAR", "UPDATE documents SET story_id = id");

    /** Version 2 stores gain the richer metadata, unknown (no authors, NULL dates, empty section) for old rows. */
    private static final List<String> MIGRATE_2_TO_3 = List.of(
            "ALTER TABLE documents ADD COLUMN authors VARCHAR[] DEFAULT []",
            "ALTER TABLE documents ADD COLUMN modified DATE",
            "ALTER TABLE documents ADD COLUMN section VARCHAR DEFAULT ''");

    /** Version 3 stores gain the happening column; {@link HappeningBackfill} fills it in the same transaction. */
    private static final List<String> MIGRATE_3_TO_4 = List.of("ALTER TABLE events ADD COLUMN happening_id VARCHAR");

    /**
     * Version 4 stores gain the rest of the event record: contexts, the gazetteer entry of the place (name, country,
     * coordinates, kind) and the quote the event rests on (its {@code ord} in {@code quotes}); empty or NULL for old
     * rows, which were coded without them. Kept apart so that it can be renumbered when migrations are merged.
     */
    private static final List<String> MIGRATE_EVENT_RECORD = List.of(
            "ALTER TABLE events ADD COLUMN contexts VARCHAR[] DEFAULT []",
            "ALTER TABLE events ADD COLUMN place_name VARCHAR DEFAULT ''",
            "ALTER TABLE events ADD COLUMN place_country VARCHAR DEFAULT ''",
            "ALTER TABLE events ADD COLUMN place_lat DOUBLE",
            "ALTER TABLE events ADD COLUMN place_lon DOUBLE",
            "ALTER TABLE events ADD COLUMN place_kind VARCHAR DEFAULT ''",
            "ALTER TABLE events ADD COLUMN quote_ord INTEGER");

    /**
     * Version 6 stores gain the further tellings of each event in its article (the sentences of the mentions merged
     * into it: text, start and end offsets, parallel arrays in text order); empty for old rows, which were stored
     * without them. Kept apart so that it can be renumbered when migrations are merged.
     */
    private static final List<String> MIGRATE_EVENT_MENTIONS = List.of(
            "ALTER TABLE events ADD COLUMN mentions VARCHAR[] DEFAULT []",
            "ALTER TABLE events ADD COLUMN mention_starts INTEGER[] DEFAULT []",
            "ALTER TABLE events ADD COLUMN mention_ends INTEGER[] DEFAULT []");

    /** The first version whose events carry happening ids. */
    private static final int HAPPENINGS_SINCE = 4;

    /** Actors' roles and affiliations as each document states them, with the evidence and its sentence. */
    private static final String AFFILIATIONS_TABLE = "CREATE TABLE IF NOT EXISTS affiliations (actor_id VARCHAR,"
            + " role VARCHAR, country VARCHAR, sector VARCHAR, organisation_id VARCHAR, doc_id VARCHAR,"
            + " published DATE, start_offset INTEGER, end_offset INTEGER, sentence_start INTEGER,"
            + " sentence_end INTEGER, sentence VARCHAR)";

    /**
     * The first version with the affiliations table. Older stores gain it empty: the evidence it is filled from was
     * never stored, so documents put before keep no affiliations.
     */
    static final int AFFILIATIONS_SINCE = 5;

    private static final List<String> MIGRATE_TO_AFFILIATIONS = List.of(AFFILIATIONS_TABLE);

    /** The steps from each older version to the next, by the version they start from. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of(),
            MIGRATE_1_TO_2,
            MIGRATE_2_TO_3,
            MIGRATE_3_TO_4,
            MIGRATE_TO_AFFILIATIONS,
            MIGRATE_EVENT_RECORD,
            MIGRATE_EVENT_MENTIONS);

    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS documents (id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR,"
                    + " publisher VARCHAR, title VARCHAR, published DATE, language VARCHAR, text VARCHAR,"
                    + " format VARCHAR, ingested_at TIMESTAMP, problems VARCHAR[], story_id VARCHAR,"
                    + " authors VARCHAR[], modified DATE, section VARCHAR)",
            "CREATE TABLE IF NOT EXISTS blocks (doc_id VARCHAR, ord INTEGER, kind VARCHAR, start_offset INTEGER,"
                    + " end_offset INTEGER, reason VARCHAR)",
            "CREATE TABLE IF NOT EXISTS mentions (doc_id VARCHAR, start_offset INTEGER, end_offset INTEGER,"
                    + " text VARCHAR, type VARCHAR, actor_id VARCHAR, role VARCHAR)",
            "CREATE TABLE IF NOT EXISTS actors (id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR,"
                    + " role VARCHAR, sector VARCHAR, aliases VARCHAR[])",
            "CREATE TABLE IF NOT EXISTS document_actors (doc_id VARCHAR, actor_id VARCHAR, mentions INTEGER)",
            "CREATE TABLE IF NOT EXISTS times (doc_id VARCHAR, start_offset INTEGER, end_offset INTEGER, text VARCHAR,"
                    + " value VARCHAR, granularity VARCHAR, relation VARCHAR)",
            "CREATE TABLE IF NOT EXISTS quantities (doc_id VARCHAR, start_offset INTEGER, end_offset INTEGER,"
                    + " text VARCHAR, value DOUBLE, unit VARCHAR, approximate BOOLEAN, measure VARCHAR)",
            "CREATE TABLE IF NOT EXISTS quotes (doc_id VARCHAR, ord INTEGER, start_offset INTEGER, end_offset INTEGER,"
                    + " text VARCHAR, kind VARCHAR, speaker_id VARCHAR, speaker_start INTEGER, speaker_end INTEGER,"
                    + " cue VARCHAR, date VARCHAR)",
            "CREATE TABLE IF NOT EXISTS events (id VARCHAR PRIMARY KEY, doc_id VARCHAR, local_id VARCHAR,"
                    + " type VARCHAR, mode VARCHAR, modality VARCHAR, date VARCHAR, granularity VARCHAR,"
                    + " date_start DATE, date_end DATE, place VARCHAR, place_id VARCHAR, intensity DOUBLE,"
                    + " confidence DOUBLE, evidence_start INTEGER, evidence_end INTEGER, evidence VARCHAR,"
                    + " trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, rule VARCHAR, quantities VARCHAR,"
                    + " happening_id VARCHAR, contexts VARCHAR[], place_name VARCHAR, place_country VARCHAR,"
                    + " place_lat DOUBLE, place_lon DOUBLE, place_kind VARCHAR, quote_ord INTEGER,"
                    + " mentions VARCHAR[], mention_starts INTEGER[], mention_ends INTEGER[])",
            "CREATE TABLE IF NOT EXISTS event_actors (event_id VARCHAR, actor_id VARCHAR, role VARCHAR,"
                    + " ord INTEGER)",
            "CREATE TABLE IF NOT EXISTS doc_signatures (doc_id VARCHAR PRIMARY KEY, shingles INTEGER,"
                    + " minhash BIGINT[])",
            "CREATE TABLE IF NOT EXISTS doc_bands (bucket BIGINT, band INTEGER, doc_id VARCHAR)",
            AFFILIATIONS_TABLE,
            "CREATE OR REPLACE VIEW stories AS SELECT story_id, count(*) AS documents,"
                    + " min(published) AS first_published, max(published) AS last_published,"
                    + " arg_min(title, ingested_at) AS title, list(id ORDER BY ingested_at, id) AS doc_ids"
                    + " FROM documents GROUP BY story_id",
            "CREATE OR REPLACE VIEW happenings AS WITH counted AS (SELECT e.happening_id,"
                    + " count(*) AS mentions, count(DISTINCT e.doc_id) AS documents,"
                    + " min(d.published) AS first_seen, max(d.published) AS last_seen"
                    + " FROM events e JOIN documents d ON d.id = e.doc_id GROUP BY e.happening_id)"
                    + " SELECT f.id, f.type, f.date, f.granularity, f.date_start, f.date_end,"
                    + " (SELECT coalesce(list(ea.actor_id ORDER BY ea.ord), []) FROM event_actors ea"
                    + " WHERE ea.event_id = f.id AND ea.role = 'source') AS sources,"
                    + " (SELECT coalesce(list(ea.actor_id ORDER BY ea.ord), []) FROM event_actors ea"
                    + " WHERE ea.event_id = f.id AND ea.role = 'target') AS targets,"
                    + " f.place, f.place_id, c.mentions, c.documents, c.first_seen, c.last_seen"
                    + " FROM counted c JOIN events f ON f.id = c.happening_id",
            "CREATE OR REPLACE VIEW event_pairs AS SELECT e.id AS event_id, e.doc_id, e.date, e.type, e.modality,"
                    + " s.actor_id AS source_id, coalesce(nullif(sa.name, ''), s.actor_id) AS source_name,"
                    + " t.actor_id AS target_id, coalesce(nullif(ta.name, ''), t.actor_id) AS target_name,"
                    + " e.evidence"
                    + " FROM events e"
                    + " LEFT JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'"
                    + " LEFT JOIN actors sa ON sa.id = s.actor_id"
                    + " LEFT JOIN event_actors t ON t.event_id = e.id AND t.role = 'target'"
                    + " LEFT JOIN actors ta ON ta.id = t.actor_id"
                    // A symmetric event (both met each other) lists each actor on both sides; an actor paired
                    // with itself says nothing.
                    + " WHERE s.actor_id IS DISTINCT FROM t.actor_id OR s.actor_id IS NULL");

    /**
     * Created in a transaction of their own: DuckDB cannot index a table with updates outstanding in the same
     * transaction, which a migration's backfill leaves.
     */
    private static final List<String> INDEXES = List.of(
            // The events of one happening, for drill-down from the happenings view.
            "CREATE INDEX IF NOT EXISTS events_happening ON events (happening_id)",
            // An actor page reads one actor's affiliations out of every actor's.
            "CREATE INDEX IF NOT EXISTS affiliations_actor ON affiliations (actor_id)");

    private Schema() {}

    /** Creates missing tables and refuses a store written by a newer, incompatible version. */
    static void ensure(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(META);
            int found = storedVersion(connection);
            if (found > 0 && found < VERSION) {
                for (int from = found; from < VERSION; from++) {
                    for (String ddl : MIGRATIONS.get(from)) {
                        statement.execute(ddl);
                    }
                }
                if (found < HAPPENINGS_SINCE) {
                    // Before the DDL below indexes happening_id, so the backfill is a plain column update.
                    HappeningBackfill.run(connection);
                }
                statement.execute("UPDATE annals_meta SET value = '" + VERSION + "' WHERE key = 'schema_version'");
            }
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
            statement.execute("INSERT INTO annals_meta VALUES ('schema_version', '" + VERSION
                    + "') ON CONFLICT (key) DO NOTHING");
            connection.commit();
            for (String ddl : INDEXES) {
                statement.execute(ddl);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        checkVersion(connection);
    }

    /** The stored schema version, 0 for a new store; a version newer than ours is left for checkVersion to refuse. */
    private static int storedVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT value FROM annals_meta WHERE key = 'schema_version'");
                ResultSet result = statement.executeQuery()) {
            return result.next() ? Integer.parseInt(result.getString(1)) : 0;
        } catch (NumberFormatException e) {
            throw new StoreException("the store's schema version is not a number: " + e.getMessage(), e);
        }
    }

    static void checkVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT value FROM annals_meta WHERE key = 'schema_version'");
                ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                throw new StoreException("the store has no schema version; it was not written by Annals");
            }
            int found = Integer.parseInt(result.getString(1));
            if (found < VERSION) {
                throw new StoreException("the store uses schema version " + found + " of an older Annals; open it"
                        + " for writing once to upgrade it to version " + VERSION + ": `annals reanalyze` does so"
                        + " and also gives the stored documents what the new version finds");
            }
            if (found > VERSION) {
                throw new StoreException("the store uses schema version " + found + " but this Annals reads only up"
                        + " to version " + VERSION + "; upgrade Annals or use another data directory");
            }
        } catch (NumberFormatException e) {
            throw new StoreException("the store's schema version is not a number: " + e.getMessage(), e);
        }
    }
}
