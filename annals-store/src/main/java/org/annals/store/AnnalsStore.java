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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.core.Document;
import org.annals.store.dedup.MinHasher;
import org.apache.lucene.search.Query;

/**
 * The embedded Annals store in a data directory: {@code annals.duckdb} is the system of record, {@code index/} a
 * Lucene full-text index of documents and {@code event-index/} a Lucene index of events ({@link EventIndex}), both
 * of which can always be rebuilt from it, and {@code annals.lock} the single-writer guard. Open it with {@link
 * #openForWriting} (one writer at a time, across processes) or {@link #openReadOnly}. One store object may be shared
 * by threads: reads run side by side on a pool of read connections ({@link ReadConnections}), each in a snapshot of
 * its own, while writes are serialised.
 */
public final class AnnalsStore implements AutoCloseable {
    static final String DATABASE_FILE = "annals.duckdb";
    /** Lucene commits are batched; close() commits the rest and reopening re-indexes anything lost in between. */
    static final int INDEX_COMMIT_EVERY = 64;

    static final int DEFAULT_SQL_ROWS = 10_000;

    /**
     * Events exported per chunk: each chunk is sorted and joined to its actor lists alone, so an export's memory is
     * bounded by this, not by the store.
     */
    static final int EXPORT_CHUNK_ROWS = 100_000;
    /** More documents missing from the index than this, and it is rebuilt in one pass over the tables. */
    static final int REBUILD_ABOVE_MISSING = 1_000;

    private static final String NOTE_PREFIX = "note.";

    private final Path dataDir;
    private final StoreLock lock;
    private final Connection connection;
    private final ReadPool reads;
    private final DocumentWriter writer;
    private final FullTextIndex index;
    /** Null when a read-only store finds none that agrees with DuckDB; events are then read by SQL. */
    private final EventIndex eventIndex;

    private int uncommittedIndexChanges;
    private volatile boolean closed;

    private AnnalsStore(
            Path dataDir,
            StoreLock lock,
            Connection connection,
            ReadPool reads,
            DocumentWriter writer,
            FullTextIndex index,
            EventIndex eventIndex) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.connection = connection;
        this.reads = reads;
        this.writer = writer;
        this.index = index;
        this.eventIndex = eventIndex;
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir} for writing. Throws {@link StoreLockedException} when
     * another writer, in this or another process, holds it, or when another process is reading it.
     */
    public static AnnalsStore openForWriting(Path dataDir) {
        return openForWriting(dataDir, ReadConnections.defaults());
    }

    /** As {@link #openForWriting(Path)}, serving at most {@code readers} reads at the same time. */
    public static AnnalsStore openForWriting(Path dataDir, ReadConnections readers) {
        createDirectory(dataDir);
        StoreLock lock = StoreLock.acquire(dataDir);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Connection connection = Database.open(dataDir, false);
            opened.add(connection);
            Schema.ensure(connection);
            connection.setAutoCommit(false);
            ReadPool reads = ReadPool.duplicating(connection, readers);
            opened.add(reads);
            DocumentWriter writer = new DocumentWriter(connection);
            opened.add(writer);
            FullTextIndex index = FullTextIndex.openForWriting(dataDir);
            opened.add(index);
            EventIndex eventIndex = EventIndex.openForWriting(dataDir, connection);
            opened.add(eventIndex);
            AnnalsStore store = new AnnalsStore(dataDir, lock, connection, reads, writer, index, eventIndex);
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
        return openReadOnly(dataDir, ReadConnections.defaults(), "");
    }

    /** As {@link #openReadOnly(Path)}, serving at most {@code readers} reads at the same time. */
    public static AnnalsStore openReadOnly(Path dataDir, ReadConnections readers) {
        return openReadOnly(dataDir, readers, "");
    }

    /**
     * Opens for reading with DuckDB's memory capped at {@code memoryLimit} (e.g. "512MB"; empty: DuckDB's default of
     * most of the machine's memory). Large sorts then spill to disk instead of growing the process.
     */
    public static AnnalsStore openReadOnly(Path dataDir, String memoryLimit) {
        return openReadOnly(dataDir, ReadConnections.defaults(), memoryLimit);
    }

    private static AnnalsStore openReadOnly(Path dataDir, ReadConnections readers, String memoryLimit) {
        if (!Files.isRegularFile(dataDir.resolve(DATABASE_FILE))) {
            throw new StoreException("no Annals store in " + dataDir + "; run `annals ingest` or `annals demo` first");
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Connection connection = Database.open(dataDir, true, memoryLimit);
            opened.add(connection);
            Schema.checkVersion(connection);
            ReadPool reads = ReadPool.duplicating(connection, readers);
            opened.add(reads);
            FullTextIndex index = FullTextIndex.openReadOnly(dataDir);
            EventIndex eventIndex = EventIndex.openReadOnly(dataDir, connection);
            opened.add(eventIndex);
            return new AnnalsStore(dataDir, null, connection, reads, null, index, eventIndex);
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

    /**
     * Replaces the analysis of a stored document with {@code doc}'s (same id): its blocks, mentions, actors, times,
     * quantities, quotes and events, in one transaction, and its entries in both indexes. What was read (text,
     * metadata, ingest time, story) stays. Returns false, changing nothing, when no document has that id. On failure
     * the stored analysis is unchanged and a {@link StoreException} says why.
     */
    public synchronized boolean reanalysed(Document doc) {
        ensureWritable("reanalyse");
        try {
            if (!writer.rewrite(doc)) {
                return false;
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(
                    "could not replace the analysis of document " + doc.id() + ": " + e.getMessage()
                            + "; its stored analysis is unchanged",
                    e);
        }
        indexStored(indexed(doc));
        try {
            eventIndex.replace(doc.id(), writer.writtenEvents());
        } catch (IOException e) {
            throw new StoreException(
                    "the new events of document " + doc.id() + " are stored but the event index could not be"
                            + " updated (" + e.getMessage() + "); it will be rebuilt when the store is next opened",
                    e);
        }
        return true;
    }

    /**
     * A note the store keeps for the commands that write it (such as the actor dictionaries its documents were
     * analysed with), if one was written under {@code key}. Notes share the schema's metadata table under a prefix of
     * their own, so that no key can reach the schema version.
     */
    public Optional<String> note(String key) {
        return read("read note " + key, c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT value FROM annals_meta WHERE key = ?")) {
                statement.setString(1, NOTE_PREFIX + key);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Keeps {@code value} under {@code key}, replacing what was there (see {@link #note}). */
    public synchronized void writeNote(String key, String value) {
        ensureWritable("write note " + key);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO annals_meta VALUES (?, ?)" + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            statement.setString(1, NOTE_PREFIX + key);
            statement.setString(2, value);
            statement.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new StoreException("could not write note " + key + ": " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly(SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The ids of the stored documents ingested on or after {@code since} (every one when null), oldest first. */
    public List<String> storedDocumentIds(LocalDate since) {
        return read("list stored documents", c -> new StoredSources(c).ids(since));
    }

    /**
     * A stored document as the pipeline's input: its id, provenance, metadata, text and blocks, without the layers
     * its analysis added; empty when no document has that id.
     */
    public Optional<Document> storedSource(String docId) {
        return read("read document " + docId, c -> new StoredSources(c).load(docId));
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
        return IndexedDocument.of(doc, blocks);
    }

    public boolean contains(String docId) {
        return read("look up document " + docId, c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
                statement.setString(1, docId);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next();
                }
            }
        });
    }

    public List<EventRow> events(EventQuery query) {
        return readEvents("list events", r -> r.events(query));
    }

    /** Event reads through the event index where it serves them, else by SQL on a read connection. */
    EventReads eventReads() {
        return new EventReads(reads, eventIndex);
    }

    /** For tests: the same reads by SQL alone. */
    EventReads sqlEventReads() {
        return new EventReads(reads, null);
    }

    public List<QuoteRow> quotes(QuoteQuery query) {
        return read("list quotes", c -> new Queries(c).quotes(query));
    }

    public List<ActorRow> actors(ActorQuery query) {
        return read("list actors", c -> new Queries(c).actors(query));
    }

    /**
     * The happenings that the events {@link #events} would list report, one row each with how many events and
     * documents report it.
     */
    public List<HappeningRow> happenings(EventQuery query) {
        return read("list happenings", c -> new Queries(c).happenings(query));
    }

    /** How many happenings {@link #happenings} would list without its limit and offset. */
    public long countHappenings(EventQuery query) {
        return read("count happenings", c -> new Queries(c).countHappenings(query));
    }

    /** How many events {@link #events} would list without its limit and offset. */
    public long countEvents(EventQuery query) {
        return readEvents("count events", r -> r.countEvents(query));
    }

    /** Like {@link #countEvents}, but counting stops after {@code cap} + 1 matches. */
    public long countEventsUpTo(EventQuery query, long cap) {
        return readEvents("count events", r -> r.countEventsUpTo(query, cap));
    }

    /** How many quotes {@link #quotes} would list without its limit and offset. */
    public long countQuotes(QuoteQuery query) {
        return read("count quotes", c -> new Queries(c).countQuotes(query));
    }

    /** How many actors {@link #actors} would list without its limit and offset. */
    public long countActors(ActorQuery query) {
        return read("count actors", c -> new Queries(c).countActors(query));
    }

    /** One layer of a stored document; no rows when the id is unknown. */
    public TableResult documentPart(String docId, DocumentPart part) {
        return read("read document " + docId, c -> new Browse(c).part(docId, part));
    }

    /**
     * A page of documents matching a full-text query and filters, with facets over all matches and, with a query,
     * a snippet for each document of the page. A bad Lucene query gives an IllegalArgumentException saying what is
     * wrong.
     */
    public DocumentPage documents(DocumentSearch search) {
        ensureOpen();
        Query query = search.query().isEmpty() ? null : searchIndex().parse(search.query());
        return index == null || index.isOutdated() ? documentsFromDatabase(search) : documentsFromIndex(search, query);
    }

    /** Filters, counts, facets and ranks in the index, then reads the page's rows and texts. */
    private DocumentPage documentsFromIndex(DocumentSearch search, Query query) {
        Set<String> actorIds = search.actor().isEmpty()
                ? null
                : read("look up actor " + search.actor(), c -> Set.copyOf(ActorMatch.ids(c, search.actor())));
        FacetedSearch.Filter filter = new FacetedSearch.Filter(search, actorIds);
        FacetedSearch.Result result;
        try {
            // Before the page's read begins, so that its snapshot holds every document the index found.
            result = index.withSearcher(searcher -> FacetedSearch.run(searcher, query, filter));
        } catch (IOException e) {
            throw failed("search for '" + search.query() + "'", e);
        }
        return read("list documents", c -> {
            DocumentPage page = new Browse(c).documents(search, result);
            if (query == null) {
                return page;
            }
            List<String> ids = result.page().stream().map(FacetedSearch.Hit::id).toList();
            Map<String, String> texts = new IndexedDocuments(c).texts(ids);
            Map<String, String> articles = new java.util.HashMap<>();
            for (FacetedSearch.Hit hit : result.page()) {
                String text = texts.get(hit.id());
                if (text != null) {
                    articles.put(hit.id(), StoredText.article(text, hit.articleSpans()));
                }
            }
            return page.withSnippets(snippets(articles, query));
        });
    }

    /**
     * The same page from SQL alone, for an index written by an older version (opened read-only, so not rebuilt),
     * or none.
     */
    DocumentPage documentsFromDatabase(DocumentSearch search) {
        if (search.query().isEmpty()) {
            return read("list documents", c -> new Browse(c).documents(search, (List<String>) null));
        }
        Query query = searchIndex().parse(search.query());
        List<String> ranked = read(
                "search for '" + search.query() + "'", c -> index.search(query, DocumentSearch.MAX_MATCHES).stream()
                        .map(FullTextIndex.RawHit::id)
                        .toList());
        return read("list documents", c -> {
            DocumentPage page = new Browse(c).documents(search, ranked);
            List<String> ids = page.documents().rows().stream()
                    .map(row -> (String) row.get(0))
                    .toList();
            return page.withSnippets(snippets(new IndexedDocuments(c).articles(ids), query));
        });
    }

    private Map<String, String> snippets(Map<String, String> articles, Query query) {
        Snippets snippets = new Snippets(index.analyzer());
        Set<String> terms = Snippets.terms(query);
        Map<String, String> byId = new java.util.HashMap<>();
        articles.forEach((id, text) -> byId.put(id, snippets.around(text, terms)));
        return byId;
    }

    private FullTextIndex searchIndex() {
        if (index == null) {
            throw new StoreException("the search index in " + dataDir.resolve(FullTextIndex.DIRECTORY)
                    + " is missing; open the store for writing once to rebuild it");
        }
        return index;
    }

    /**
     * The actor's profile: {@code actor} (identity, counts, first/last seen), {@code mentions} (how documents name
     * it, newest first), {@code counterparts} (actors it shares events with, most first) and {@code quotes} (what
     * it said, newest first), the last three at most {@code limit} rows. Empty tables when the id is unknown.
     */
    public java.util.Map<String, TableResult> actorProfile(String id, int limit) {
        Limits.checkLimit(limit);
        java.util.Map<String, TableResult> profile = new java.util.LinkedHashMap<>();
        profile.put("actor", readEvents("read actor " + id, r -> r.actorIdentity(id)));
        // Mentions and quotes in one borrowed connection, so a profile waits for the pool once for them.
        List<TableResult> fromTables = read("read actor " + id, c -> {
            Browse browse = new Browse(c);
            return List.of(browse.actorMentions(id, limit), browse.quotesBy(id, limit));
        });
        profile.put("mentions", fromTables.get(0));
        // From the event index where there is one: a frequent actor's other sides cost a pass over event_actors.
        profile.put("counterparts", readEvents("read actor " + id, r -> r.counterparts(id, limit)));
        profile.put("quotes", fromTables.get(1));
        return profile;
    }

    /**
     * The roles and affiliations the stored documents give actor {@code id}, oldest first (see {@link ActorRole}),
     * each with at most {@code evidencePerRole} pieces of evidence, the earliest first. Empty when the id is unknown
     * or no document stated a role, country or organisation for it.
     */
    public List<ActorRole> actorRoles(String id, int evidencePerRole) {
        Limits.checkLimit(evidencePerRole);
        return read("read the roles of actor " + id, c -> new ActorRoles(c).of(id, evidencePerRole));
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
        return readEvents("relate " + a + " and " + b, r -> r.relation(a, b, period, from, to, counting));
    }

    /** The {@code limit} actor pairs with the most events between them in the date range (nulls: open). */
    public TableResult network(LocalDate from, LocalDate to, int limit) {
        return network(from, to, limit, Counting.EVENTS);
    }

    /** As {@link #network(LocalDate, LocalDate, int)}, counting events or happenings between each pair. */
    public TableResult network(LocalDate from, LocalDate to, int limit, Counting counting) {
        Limits.checkRange(from, to);
        Limits.checkLimit(limit);
        return readEvents("list actor pairs", r -> r.network(from, to, limit, counting));
    }

    // Not a pool read: the event index needs no connection, and its SQL fallback borrows one itself.
    private <T> T readEvents(String action, EventReads.Read<T> body) {
        ensureOpen();
        try {
            return body.run(eventReads());
        } catch (SQLException | IOException e) {
            throw failed(action, e);
        }
    }

    private <T> T read(String action, ReadPool.Read<T> body) {
        ensureOpen();
        try {
            return reads.read(body);
        } catch (SQLException | IOException e) {
            throw failed(action, e);
        }
    }

    /**
     * Streams the rows the query selects to {@code sink}, as they are read (never all in memory), and returns how
     * many there were. Failures of the sink (such as a full disk) come back as they are.
     */
    public long export(ExportQuery query, ExportSink sink) throws IOException {
        return export(query, sink, new EventChunks(EXPORT_CHUNK_ROWS));
    }

    long export(ExportQuery query, ExportSink sink, EventChunks exportChunks) throws IOException {
        ensureOpen();
        try {
            return reads.read(c -> Exporter.stream(c, query, sink, exportChunks));
        } catch (SQLException e) {
            throw failed("export " + query.table().name().toLowerCase(java.util.Locale.ROOT), e);
        }
    }

    /** Has DuckDB write the rows the query selects to a Parquet file (replaced if present); returns the row count. */
    public long exportParquet(ExportQuery query, Path file) {
        return exportParquet(query, file, new EventChunks(EXPORT_CHUNK_ROWS));
    }

    long exportParquet(ExportQuery query, Path file, EventChunks exportChunks) {
        ensureOpen();
        try {
            return reads.read(c -> Exporter.copyToParquet(c, query, file, exportChunks));
        } catch (SQLException | IOException e) {
            throw failed("export " + query.table().name().toLowerCase(java.util.Locale.ROOT) + " to " + file, e);
        }
    }

    /** Counts of what is stored and the {@code topPairs} actor pairs with the most events between them. */
    public Summary summary(int topPairs) {
        if (topPairs < 0) {
            throw new IllegalArgumentException("topPairs must be zero or more, got " + topPairs);
        }
        return read("summarise the store", c -> new Queries(c).summary(topPairs));
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
    public TableResult sql(String query, int maxRows) {
        Limits.checkLimit(maxRows);
        ensureOpen();
        ReadOnlySql.check(query);
        String statement = query.strip().replaceAll(";+$", "");
        try {
            // A writable store has no DuckDB-level protection; every read's transaction is undone at its end.
            return reads.read(c -> ReadOnlySql.run(c, statement, maxRows));
        } catch (SQLException e) {
            throw sqlError(e);
        } catch (IOException e) {
            throw failed("run SQL", e);
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
    public List<SearchHit> search(String luceneQuery, int limit) {
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
        return read("search for '" + luceneQuery + "'", c -> {
            List<FullTextIndex.RawHit> raw = index.search(query, limit);
            Snippets snippets = new Snippets(index.analyzer());
            Set<String> terms = Snippets.terms(query);
            Map<String, String> articles = new IndexedDocuments(c)
                    .articles(raw.stream().map(FullTextIndex.RawHit::id).toList());
            List<SearchHit> hits = new ArrayList<>();
            for (FullTextIndex.RawHit hit : raw) {
                String text = articles.getOrDefault(hit.id(), "");
                hits.add(new SearchHit(hit.id(), hit.title(), hit.score(), snippets.around(text, terms)));
            }
            return hits;
        });
    }

    /**
     * Makes the index agree with DuckDB: rebuilt from it when it was written by an older version (which lacked
     * fields that searches now read), else completed. Counts are compared first so that a consistent store opens at
     * once.
     */
    private void reconcileIndex() throws SQLException, IOException {
        reads.read(c -> {
            IndexedDocuments stored = new IndexedDocuments(c);
            if (index.isOutdated()) {
                rebuildIndex(stored);
                return null;
            }
            long count = new Queries(c).count("SELECT count(*) FROM documents");
            if (count == index.count()) {
                return null;
            }
            Set<String> indexed = index.ids();
            Set<String> inDatabase = new HashSet<>(storedIds(c));
            List<String> missing =
                    inDatabase.stream().filter(id -> !indexed.contains(id)).toList();
            if (missing.size() > REBUILD_ABOVE_MISSING) {
                rebuildIndex(stored);
                return null;
            }
            for (String id : missing) {
                index.put(stored.load(id));
            }
            for (String id : indexed) {
                if (!inDatabase.contains(id)) {
                    index.delete(id);
                }
            }
            index.commit();
            return null;
        });
    }

    private void rebuildIndex(IndexedDocuments stored) throws SQLException, IOException {
        index.deleteAll();
        stored.forEach(index::put);
        index.commit();
    }

    /**
     * Gives documents stored before signatures existed (schema version 1) their signature, so later copies find
     * them; they keep their own story. Counts are compared first so that an up-to-date store opens at once.
     */
    private void backfillSignatures() throws SQLException, IOException {
        List<IndexedDocument> missing = reads.read(c -> {
            Queries queries = new Queries(c);
            if (queries.count("SELECT count(*) FROM documents")
                    == queries.count("SELECT count(*) FROM doc_signatures")) {
                return List.of();
            }
            List<IndexedDocument> documents = new ArrayList<>();
            IndexedDocuments stored = new IndexedDocuments(c);
            try (PreparedStatement statement = c.prepareStatement(
                            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM doc_signatures) ORDER BY id");
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    documents.add(stored.load(result.getString(1)));
                }
            }
            return documents;
        });
        for (IndexedDocument doc : missing) {
            writer.addSignature(doc.id(), MinHasher.signature(doc.articleText()));
        }
    }

    private static List<String> storedIds(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM documents");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        }
        return ids;
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
            eventIndex.reconcile(connection);
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
            // Reads under way finish first; they may still be searching the index.
            reads.close();
        } catch (SQLException e) {
            failure = new StoreException("could not close the database in " + dataDir + ": " + e.getMessage(), e);
        }
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
            StoreException indexFailure =
                    new StoreException("could not close the search index in " + dataDir + ": " + e.getMessage(), e);
            if (failure != null) {
                indexFailure.addSuppressed(failure);
            }
            failure = indexFailure;
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
