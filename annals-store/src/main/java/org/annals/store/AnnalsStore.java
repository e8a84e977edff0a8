package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.store.dedup.MinHasher;
import org.annals.store.dedup.Signature;
import org.apache.lucene.search.Query;

/**
 * The embedded Annals store in a data directory: {@code annals.duckdb} is the system of record, {@code index/} a
 * Lucene full-text index of documents and {@code event-index/} a Lucene index of events ({@link EventIndex}) that can
 * always be rebuilt from it, and {@code annals.lock} the single-writer guard. Open it with {@link #openForWriting}
 * (one writer at a time, across processes) or {@link #openReadOnly}. Methods are synchronised, so one store object
 * may be shared by threads; event reads that the event index serves run side by side with them.
 */
public final class AnnalsStore implements AutoCloseable {
    static final String DATABASE_FILE = "annals.duckdb";
    /** Lucene commits are batched; close() commits the rest and reopening re-indexes anything lost in between. */
    static final int INDEX_COMMIT_EVERY = 64;

    static final int DEFAULT_SQL_ROWS = 10_000;

    private final Path dataDir;
    private final StoreLock lock;
    private final Connection connection;
    private final Connection readConnection;
    private final DocumentWriter writer;
    private final FullTextIndex index;
    /** Null when a read-only store finds none that agrees with DuckDB; events are then read by SQL. */
    private final EventIndex eventIndex;

    private int uncommittedIndexChanges;
    private boolean closed;

    private AnnalsStore(
            Path dataDir,
            StoreLock lock,
            Connection connection,
            Connection readConnection,
            DocumentWriter writer,
            FullTextIndex index,
            EventIndex eventIndex) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.connection = connection;
        this.readConnection = readConnection;
        this.writer = writer;
        this.index = index;
        this.eventIndex = eventIndex;
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir} for writing. Throws {@link StoreLockedException} when
     * another writer, in this or another process, holds it, or when another process is reading it.
     */
    public static AnnalsStore openForWriting(Path dataDir) {
        createDirectory(dataDir);
        StoreLock lock = StoreLock.acquire(dataDir);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Connection connection = Database.open(dataDir, false);
            opened.add(connection);
            Schema.ensure(connection);
            connection.setAutoCommit(false);
            Connection readConnection = Database.duplicate(connection);
            opened.add(readConnection);
            // A duplicate inherits the writer's manual commit, which would pin reads to an old snapshot.
            readConnection.setAutoCommit(true);
            DocumentWriter writer = new DocumentWriter(connection);
            opened.add(writer);
            FullTextIndex index = FullTextIndex.openForWriting(dataDir);
            opened.add(index);
            EventIndex eventIndex = EventIndex.openForWriting(dataDir, readConnection);
            opened.add(eventIndex);
            AnnalsStore store = new AnnalsStore(dataDir, lock, connection, readConnection, writer, index, eventIndex);
            store.reconcileIndex();
            store.backfillSignatures();
            return store;
        } catch (SQLException | IOException | RuntimeException e) {
            closeAll(opened, e);
            lock.close();
            throw asStoreException(dataDir, true, e);
        }
    }

    /**
     * Opens the existing store in {@code dataDir} for reading. Any number of readers may open it while no process
     * writes it.
     */
    public static AnnalsStore openReadOnly(Path dataDir) {
        if (!Files.isRegularFile(dataDir.resolve(DATABASE_FILE))) {
            throw new StoreException("no Annals store in " + dataDir + "; run `annals ingest` or `annals demo` first");
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Connection connection = Database.open(dataDir, true);
            opened.add(connection);
            Schema.checkVersion(connection);
            FullTextIndex index = FullTextIndex.openReadOnly(dataDir);
            if (index != null) {
                opened.add(index);
            }
            EventIndex eventIndex = EventIndex.openReadOnly(dataDir, connection);
            return new AnnalsStore(dataDir, null, connection, connection, null, index, eventIndex);
        } catch (SQLException | IOException | RuntimeException e) {
            closeAll(opened, e);
            throw asStoreException(dataDir, false, e);
        }
    }

    private static void createDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    /**
     * Stores the document with all its layers in one transaction and adds it to the full-text index. A document
     * whose id is already stored is left alone and reported as {@link PutResult.Status#DUPLICATE}. A new document
     * whose article text (title and body blocks) is a near-copy of a stored one joins that document's story (see
     * {@link org.annals.store.dedup.NearDuplicates}). On failure the store is unchanged and a {@link StoreException}
     * says why.
     */
    public synchronized PutResult put(Document doc) {
        ensureWritable("put");
        IndexedDocument indexed = indexed(doc);
        Optional<StoryLink> story;
        try {
            // DuckDB keeps microseconds; the event index must hold the same instant.
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            story = writer.write(doc, now, MinHasher.signature(indexed.articleText()));
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(
                    "could not store document " + doc.id() + " from "
                            + doc.provenance().source() + ": " + e.getMessage() + "; the store is unchanged",
                    e);
        }
        if (story.isEmpty()) {
            return PutResult.duplicate(doc.id());
        }
        indexStored(indexed);
        indexEvents(doc.id());
        StoryLink link = story.get();
        return new PutResult(PutResult.Status.STORED, doc.id(), link.storyId(), link.similarity());
    }

    private void indexStored(IndexedDocument doc) {
        try {
            index.put(doc);
            if (++uncommittedIndexChanges >= INDEX_COMMIT_EVERY) {
                commitIndex();
            }
        } catch (IOException e) {
            // DuckDB already holds the document; the next open re-indexes it, so ingest need not stop.
            throw new StoreException(
                    "document " + doc.id() + " is stored but could not be added to the search" + " index ("
                            + e.getMessage() + "); it will be re-indexed when the store is next opened",
                    e);
        }
    }

    private void indexEvents(String docId) {
        try {
            eventIndex.put(writer.writtenEvents());
        } catch (IOException e) {
            throw new StoreException(
                    "the events of document " + docId + " are stored but could not be added to the event index ("
                            + e.getMessage() + "); it will be rebuilt when the store is next opened",
                    e);
        }
    }

    private static IndexedDocument indexed(Document doc) {
        List<StoredText.StoredBlock> blocks = doc.blocks().stream()
                .map(b -> new StoredText.StoredBlock(
                        b.kind(), b.span().start(), b.span().end()))
                .toList();
        return new IndexedDocument(
                doc.id(),
                doc.metadata().title(),
                doc.metadata().publisher(),
                doc.metadata().published(),
                StoredText.article(doc.text(), blocks));
    }

    public synchronized boolean contains(String docId) {
        ensureOpen();
        try (PreparedStatement statement = readConnection.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            statement.setString(1, docId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        } catch (SQLException e) {
            throw failed("look up document " + docId, e);
        }
    }

    public List<EventRow> events(EventQuery query) {
        return read("list events", () -> eventReads().events(query));
    }

    /** Event reads through the event index where it serves them; those need not wait for other reads. */
    EventReads eventReads() {
        return new EventReads(readConnection, this, eventIndex);
    }

    /** For tests: the same reads by SQL alone. */
    EventReads sqlEventReads() {
        return new EventReads(readConnection, this, null);
    }

    public synchronized List<QuoteRow> quotes(QuoteQuery query) {
        ensureOpen();
        try {
            return new Queries(readConnection).quotes(query);
        } catch (SQLException e) {
            throw failed("list quotes", e);
        }
    }

    public synchronized List<ActorRow> actors(ActorQuery query) {
        ensureOpen();
        try {
            return new Queries(readConnection).actors(query);
        } catch (SQLException e) {
            throw failed("list actors", e);
        }
    }

    /**
     * The happenings that the events {@link #events} would list report, one row each with how many events and
     * documents report it.
     */
    public synchronized List<HappeningRow> happenings(EventQuery query) {
        return read("list happenings", () -> new Queries(readConnection).happenings(query));
    }

    /** How many happenings {@link #happenings} would list without its limit and offset. */
    public synchronized long countHappenings(EventQuery query) {
        return read("count happenings", () -> new Queries(readConnection).countHappenings(query));
    }

    /** How many events {@link #events} would list without its limit and offset. */
    public long countEvents(EventQuery query) {
        return read("count events", () -> eventReads().countEvents(query));
    }

    /** Like {@link #countEvents}, but counting stops after {@code cap} + 1 matches. */
    public long countEventsUpTo(EventQuery query, long cap) {
        return read("count events", () -> eventReads().countEventsUpTo(query, cap));
    }

    /** How many quotes {@link #quotes} would list without its limit and offset. */
    public synchronized long countQuotes(QuoteQuery query) {
        return read("count quotes", () -> new Queries(readConnection).countQuotes(query));
    }

    /** How many actors {@link #actors} would list without its limit and offset. */
    public synchronized long countActors(ActorQuery query) {
        return read("count actors", () -> new Queries(readConnection).countActors(query));
    }

    /** One layer of a stored document; no rows when the id is unknown. */
    public synchronized TableResult documentPart(String docId, DocumentPart part) {
        return read("read document " + docId, () -> new Browse(readConnection).part(docId, part));
    }

    /**
     * A page of documents matching a full-text query and filters, with facets over all matches. A bad Lucene query
     * gives an IllegalArgumentException saying what is wrong.
     */
    public synchronized DocumentPage documents(DocumentSearch search) {
        ensureOpen();
        List<String> ranked = null;
        if (!search.query().isEmpty()) {
            if (index == null) {
                throw new StoreException("the search index in " + dataDir.resolve(FullTextIndex.DIRECTORY)
                        + " is missing; open the store for writing once to rebuild it");
            }
            Query query = index.parse(search.query());
            ranked = read(
                    "search for '" + search.query() + "'",
                    () -> index.search(query, DocumentSearch.MAX_MATCHES).stream()
                            .map(FullTextIndex.RawHit::id)
                            .toList());
        }
        List<String> ids = ranked;
        return read("list documents", () -> new Browse(readConnection).documents(search, ids));
    }

    /**
     * The actor's profile: {@code actor} (identity, counts, first/last seen), {@code mentions} (how documents name
     * it, newest first), {@code counterparts} (actors it shares events with, most first) and {@code quotes} (what
     * it said, newest first), the last three at most {@code limit} rows. Empty tables when the id is unknown.
     */
    public synchronized java.util.Map<String, TableResult> actorProfile(String id, int limit) {
        Limits.checkLimit(limit);
        return read("read actor " + id, () -> {
            Browse browse = new Browse(readConnection);
            java.util.Map<String, TableResult> profile = new java.util.LinkedHashMap<>();
            profile.put("actor", browse.actor(id));
            profile.put("mentions", browse.actorMentions(id, limit));
            profile.put("counterparts", browse.counterparts(id, limit));
            profile.put("quotes", browse.quotesBy(id, limit));
            return profile;
        });
    }

    /**
     * Events between actors {@code a} and {@code b} (ids, either direction) per period and type: period, type,
     * events, intensity_sum, event_ids. Events without a day (no date and no publication date) are left out. Counts
     * every stored event; see the overload to count happenings.
     */
    public TableResult relation(String a, String b, Period period, LocalDate from, LocalDate to) {
        return relation(a, b, period, from, to, Counting.EVENTS);
    }

    /**
     * As {@link #relation(String, String, Period, LocalDate, LocalDate)}, counting events or happenings; a happening
     * counts in the period of its first stored report, whose id stands for it in event_ids.
     */
    public TableResult relation(String a, String b, Period period, LocalDate from, LocalDate to, Counting counting) {
        Limits.checkRange(from, to);
        return read("relate " + a + " and " + b, () -> eventReads().relation(a, b, period, from, to, counting));
    }

    /** The {@code limit} actor pairs with the most events between them in the date range (nulls: open). */
    public TableResult network(LocalDate from, LocalDate to, int limit) {
        return network(from, to, limit, Counting.EVENTS);
    }

    /** As {@link #network(LocalDate, LocalDate, int)}, counting events or happenings between each pair. */
    public TableResult network(LocalDate from, LocalDate to, int limit, Counting counting) {
        Limits.checkRange(from, to);
        Limits.checkLimit(limit);
        return read("list actor pairs", () -> eventReads().network(from, to, limit, counting));
    }

    /** A read that may fail with SQL or I/O errors. */
    private interface Read<T> {
        T run() throws SQLException, IOException;
    }

    private <T> T read(String action, Read<T> body) {
        ensureOpen();
        try {
            return body.run();
        } catch (SQLException | IOException e) {
            throw failed(action, e);
        }
    }

    /**
     * Streams the rows the query selects to {@code sink}, as they are read (never all in memory), and returns how
     * many there were. Failures of the sink (such as a full disk) come back as they are.
     */
    public synchronized long export(ExportQuery query, ExportSink sink) throws IOException {
        ensureOpen();
        try {
            return Exporter.stream(readConnection, query, sink);
        } catch (SQLException e) {
            throw failed("export " + query.table().name().toLowerCase(java.util.Locale.ROOT), e);
        }
    }

    /** Has DuckDB write the rows the query selects to a Parquet file (replaced if present); returns the row count. */
    public synchronized long exportParquet(ExportQuery query, Path file) {
        ensureOpen();
        try {
            return Exporter.copyToParquet(readConnection, query, file);
        } catch (SQLException e) {
            throw failed("export " + query.table().name().toLowerCase(java.util.Locale.ROOT) + " to " + file, e);
        }
    }

    /** Counts of what is stored and the {@code topPairs} actor pairs with the most events between them. */
    public synchronized Summary summary(int topPairs) {
        if (topPairs < 0) {
            throw new IllegalArgumentException("topPairs must be zero or more, got " + topPairs);
        }
        ensureOpen();
        try {
            return new Queries(readConnection).summary(topPairs);
        } catch (SQLException e) {
            throw failed("summarise the store", e);
        }
    }

    /** Runs one read-only SQL statement and returns at most 10,000 rows; see docs/store.md for the tables. */
    public TableResult sql(String query) {
        return sql(query, DEFAULT_SQL_ROWS);
    }

    /**
     * Runs one read-only SQL statement (SELECT, WITH, DESCRIBE, ...) and returns at most {@code maxRows} rows.
     * Statements that would change the store are refused with an IllegalArgumentException, as are SQL errors, whose
     * message is DuckDB's.
     */
    public synchronized TableResult sql(String query, int maxRows) {
        Limits.checkLimit(maxRows);
        ensureOpen();
        ReadOnlySql.check(query);
        String statement = query.strip().replaceAll(";+$", "");
        try {
            return isReadOnly()
                    ? ReadOnlySql.run(readConnection, statement, maxRows)
                    : runRolledBack(statement, maxRows);
        } catch (SQLException e) {
            throw sqlError(e);
        }
    }

    /** A writable store has no DuckDB-level protection, so the query's transaction is always undone. */
    private TableResult runRolledBack(String statement, int maxRows) throws SQLException {
        readConnection.setAutoCommit(false);
        try {
            return ReadOnlySql.run(readConnection, statement, maxRows);
        } finally {
            readConnection.rollback();
            readConnection.setAutoCommit(true);
        }
    }

    private static IllegalArgumentException sqlError(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("read-only mode") || message.contains("read-only")) {
            return ReadOnlySql.refused("writing");
        }
        return new IllegalArgumentException("SQL error: " + message, e);
    }

    /**
     * Full-text search over document titles and article text with Lucene query syntax (words, "phrases", AND/OR/NOT,
     * prefix*, field:value for title, text, publisher, published). Words are all required unless OR is written. A
     * bad query gives an IllegalArgumentException saying what is wrong.
     */
    public synchronized List<SearchHit> search(String luceneQuery, int limit) {
        Limits.checkLimit(limit);
        ensureOpen();
        if (luceneQuery == null || luceneQuery.isBlank()) {
            throw new IllegalArgumentException("empty search query; give words to search for, e.g. ceasefire talks");
        }
        if (index == null) {
            throw new StoreException("the search index in " + dataDir.resolve(FullTextIndex.DIRECTORY) + " is missing;"
                    + " open the store for writing once (e.g. `annals ingest`) to rebuild it from the database");
        }
        Query query = index.parse(luceneQuery);
        try {
            List<FullTextIndex.RawHit> raw = index.search(query, limit);
            Snippets snippets = new Snippets(index.analyzer());
            Set<String> terms = Snippets.terms(query);
            List<SearchHit> hits = new ArrayList<>();
            for (FullTextIndex.RawHit hit : raw) {
                String text = loadIndexed(hit.id()).articleText();
                hits.add(new SearchHit(hit.id(), hit.title(), hit.score(), snippets.around(text, terms)));
            }
            return hits;
        } catch (IOException | SQLException e) {
            throw failed("search for '" + luceneQuery + "'", e);
        }
    }

    /** Makes the index agree with DuckDB; counts are compared first so that a consistent store opens at once. */
    private void reconcileIndex() throws SQLException, IOException {
        long stored = new Queries(readConnection).count("SELECT count(*) FROM documents");
        if (stored == index.count()) {
            return;
        }
        Set<String> indexed = index.ids();
        Set<String> inDatabase = new HashSet<>(storedIds());
        for (String id : inDatabase) {
            if (!indexed.contains(id)) {
                index.put(loadIndexed(id));
            }
        }
        for (String id : indexed) {
            if (!inDatabase.contains(id)) {
                index.delete(id);
            }
        }
        index.commit();
    }

    /**
     * Gives documents stored before signatures existed (schema version 1) their signature, so later copies find
     * them; they keep their own story. Counts are compared first so that an up-to-date store opens at once.
     */
    private void backfillSignatures() throws SQLException {
        Queries queries = new Queries(readConnection);
        if (queries.count("SELECT count(*) FROM documents") == queries.count("SELECT count(*) FROM doc_signatures")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        try (PreparedStatement statement = readConnection.prepareStatement(
                        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM doc_signatures) ORDER BY id");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                missing.add(result.getString(1));
            }
        }
        for (String id : missing) {
            Signature signature = MinHasher.signature(loadIndexed(id).articleText());
            writer.addSignature(id, signature);
        }
    }

    private List<String> storedIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = readConnection.prepareStatement("SELECT id FROM documents");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        }
        return ids;
    }

    private IndexedDocument loadIndexed(String id) throws SQLException {
        String text;
        IndexedDocument header;
        try (PreparedStatement statement = readConnection.prepareStatement(
                "SELECT title, publisher, published, text FROM documents WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    return new IndexedDocument(id, "", "", null, "");
                }
                text = r.getString(4);
                header = new IndexedDocument(id, r.getString(1), r.getString(2), r.getObject(3, LocalDate.class), "");
            }
        }
        String article = StoredText.article(text, storedBlocks(id));
        return new IndexedDocument(id, header.title(), header.publisher(), header.published(), article);
    }

    private List<StoredText.StoredBlock> storedBlocks(String id) throws SQLException {
        List<StoredText.StoredBlock> blocks = new ArrayList<>();
        try (PreparedStatement statement = readConnection.prepareStatement(
                "SELECT kind, start_offset, end_offset FROM blocks WHERE doc_id = ? ORDER BY ord")) {
            statement.setString(1, id);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    blocks.add(new StoredText.StoredBlock(blockKind(r.getString(1)), r.getInt(2), r.getInt(3)));
                }
            }
        }
        return blocks;
    }

    private static BlockKind blockKind(String name) {
        try {
            return BlockKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return BlockKind.BOILERPLATE;
        }
    }

    /** Work that writes the tables and the index directly, for bulk loads such as the synthetic store. */
    interface BulkLoad {
        void run(Connection connection, FullTextIndex index) throws SQLException, IOException;
    }

    /**
     * Runs a bulk load in one database transaction and commits the index after it. On failure the database is
     * unchanged; documents the index gained are removed when the store is next opened for writing.
     */
    synchronized void bulkLoad(BulkLoad work) {
        ensureWritable("load");
        try {
            work.run(connection, index);
            connection.commit();
            commitIndex();
            eventIndex.reconcile(readConnection);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof IllegalArgumentException illegal) {
                throw illegal;
            }
            throw failed("bulk-load", e);
        }
    }

    /** For tests: a hook run after each table's rows are sent, inside the transaction, to inject failures. */
    void afterTableForTest(Consumer<String> hook) {
        writer.afterTable(hook);
    }

    private void commitIndex() throws IOException {
        index.commit();
        eventIndex.commit();
        uncommittedIndexChanges = 0;
    }

    private void ensureWritable(String action) {
        ensureOpen();
        if (isReadOnly()) {
            throw new IllegalStateException("cannot " + action + ": the store in " + dataDir + " was opened read-only");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store in " + dataDir + " is closed");
        }
    }

    private StoreException failed(String action, Exception e) {
        return new StoreException("could not " + action + " in the store in " + dataDir + ": " + e.getMessage(), e);
    }

    private static StoreException asStoreException(Path dataDir, boolean forWriting, Exception e) {
        if (e instanceof StoreException storeException) {
            return storeException;
        }
        String message = String.valueOf(e.getMessage());
        if (Database.isLockConflict(message)) {
            return new StoreLockedException(Database.lockConflictMessage(dataDir, forWriting, message));
        }
        return new StoreException(
                "cannot open the Annals store in " + dataDir + (forWriting ? " for writing: " : " for reading: ")
                        + message,
                e);
    }

    private static void closeAll(List<AutoCloseable> opened, Exception failure) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Commits the index, closes DuckDB (which checkpoints it) and releases the writer lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StoreException failure = null;
        try {
            if (index != null) {
                if (!isReadOnly()) {
                    index.commit();
                }
                index.close();
            }
            if (eventIndex != null) {
                if (!isReadOnly()) {
                    eventIndex.commit();
                }
                eventIndex.close();
            }
        } catch (IOException e) {
            failure = new StoreException("could not close the search index in " + dataDir + ": " + e.getMessage(), e);
        }
        failure = closeDatabase(failure);
        if (lock != null) {
            lock.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private StoreException closeDatabase(StoreException earlier) {
        try {
            if (writer != null) {
                writer.close();
            }
            if (readConnection != connection) {
                readConnection.close();
            }
            connection.close();
            return earlier;
        } catch (SQLException e) {
            StoreException failure =
                    new StoreException("could not close the database in " + dataDir + ": " + e.getMessage(), e);
            if (earlier != null) {
                failure.addSuppressed(earlier);
            }
            return failure;
        }
    }
}
