package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of events in {@code dataDir/event-index}, one Lucene document per stored event (see
 * {@link EventFields}), so that event filters, their order and the relation and network counts need not scan
 * {@code events JOIN documents} in DuckDB. Derived data: DuckDB stays the record, and the index is rebuilt from it
 * when it is missing, was written by another layout, or holds another number of events. Any number of threads may
 * search while the store's single writer adds events; a search sees every event added before it began.
 */
final class EventIndex implements AutoCloseable {
    static final String DIRECTORY = "event-index";
    /**
     * Bump when the fields change, so that older indexes are rebuilt rather than misread. Layout 7 stores each event's
     * further tellings ({@link EventFields#MENTION_STARTS}).
     */
    static final String LAYOUT = "7";

    private static final String LAYOUT_KEY = "annals.event-index.layout";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The index's own connection to the database, for the actor lookups of indexed reads. */
    private final Connection lookups;

    private final ActorCache actors;

    private EventIndex(Directory directory, IndexWriter writer, SearcherManager searchers, Connection lookups) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.lookups = lookups;
        this.actors = new ActorCache(lookups);
    }

    private static boolean ofThisLayout(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory)
                && LAYOUT.equals(
                        SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY));
    }

    private static Connection lookupConnection(Connection connection) throws SQLException {
        Connection lookups = Database.duplicate(connection);
        // A duplicate inherits the writer's manual commit, which would pin reads to an old snapshot.
        lookups.setAutoCommit(true);
        return lookups;
    }

    /** Opens (creating if needed) the index and rebuilds it from {@code connection} unless it agrees with it. */
    static EventIndex openForWriting(Path dataDir, Connection connection) throws IOException, SQLException {
        Path path = dataDir.resolve(DIRECTORY);
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig();
            // Another layout may be sorted otherwise, which a writer refuses to append to: it starts afresh.
            config.setOpenMode(
                    ofThisLayout(directory)
                            ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                            : IndexWriterConfig.OpenMode.CREATE);
            config.setRAMBufferSizeMB(64);
            // Segments in listing order: a page stops reading each segment after offset + limit events.
            config.setIndexSort(IndexedEventPage.ORDER);
            writer = new IndexWriter(directory, config);
            EventIndex index =
                    new EventIndex(directory, writer, new SearcherManager(writer, null), lookupConnection(connection));
            index.reconcile(connection);
            return index;
        } catch (IOException | SQLException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    /**
     * The committed index for a read-only store, or null when it is missing or disagrees with DuckDB: event queries
     * then use SQL until the store is next opened for writing, which rebuilds it.
     */
    static EventIndex openReadOnly(Path dataDir, Connection connection) throws IOException, SQLException {
        Directory directory = CommittedIndex.open(dataDir.resolve(DIRECTORY));
        if (directory == null) {
            return null;
        }
        EventIndex index =
                new EventIndex(directory, null, new SearcherManager(directory, null), lookupConnection(connection));
        if (!index.agreesWith(connection)) {
            index.close();
            return null;
        }
        return index;
    }

    /** Rebuilds the index from DuckDB unless it holds the current layout and as many events. */
    void reconcile(Connection connection) throws IOException, SQLException {
        actors.clear();
        if (agreesWith(connection)) {
            return;
        }
        writer().deleteAll();
        StoredEvents.each(connection, event -> writer().addDocument(EventFields.document(event)));
        commit();
    }

    private boolean agreesWith(Connection connection) throws IOException, SQLException {
        long stored = new Queries(connection).count("SELECT count(*) FROM events");
        if (writer != null) {
            return LAYOUT.equals(committed(writer.getLiveCommitData())) && writer.getDocStats().numDocs == stored;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return LAYOUT.equals(reader.getIndexCommit().getUserData().get(LAYOUT_KEY)) && reader.numDocs() == stored;
        }
    }

    private static String committed(Iterable<Map.Entry<String, String>> commitData) {
        if (commitData != null) {
            for (Map.Entry<String, String> entry : commitData) {
                if (entry.getKey().equals(LAYOUT_KEY)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** Adds (or replaces) the events and makes them visible to the next search. */
    void put(List<IndexedEvent> events) throws IOException {
        // Before the events are visible, so a query never pairs them with actor ids or names read before the put.
        actors.clear();
        for (IndexedEvent event : events) {
            writer().updateDocument(new Term(EventFields.ID, event.id()), EventFields.document(event));
        }
        searchers.maybeRefreshBlocking();
    }

    /** Replaces a document's events with {@code events} and makes the change visible to the next search. */
    void replace(String docId, List<IndexedEvent> events) throws IOException {
        writer().deleteDocuments(SortedDocValuesField.newSlowExactQuery(EventFields.DOC_ID, new BytesRef(docId)));
        put(events);
    }

    /** Actor filters resolved to ids and actor names, valid until the next put. */
    ActorCache actors() {
        return actors;
    }

    /** A search over the events; the searcher is held until {@code work} returns. */
    <T> T search(Search<T> work) throws IOException, SQLException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Work with a searcher. */
    interface Search<T> {
        T run(IndexSearcher searcher) throws IOException, SQLException;
    }

    void commit() throws IOException {
        writer().setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        writer().commit();
        searchers.maybeRefreshBlocking();
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the event index was opened read-only");
        }
        return writer;
    }

    @Override
    public void close() throws IOException {
        List<Exception> failures = new ArrayList<>();
        for (AutoCloseable part : new AutoCloseable[] {searchers, writer, directory, lookups}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            IOException failure = new IOException(
                    "could not close the event index: " + failures.get(0).getMessage());
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
