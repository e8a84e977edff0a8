package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene full-text index of documents in {@code dataDir/index}. It stores only ids and titles; the text lives
 * in DuckDB, from which the index can always be rebuilt. Doc values hold what search facets count (see {@link
 * FacetedSearch}). A writable index searches through a near-real-time reader, refreshed before the first search
 * after a change, so documents are searchable before they are committed. Searches may run on several threads.
 */
final class FullTextIndex implements AutoCloseable {
    static final String DIRECTORY = "index";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHED = "published";
    /** Stored only, when the document has blocks: see {@link StoredText#articleSpans}. */
    static final String ARTICLE_SPANS = "article_spans";

    static final String PUBLISHER_FACET = "publisher_facet";
    static final String PUBLISHER_KEY = "publisher_key";
    static final String PUBLISHED_DAY = "published_day";
    static final String MONTH = "month";
    static final String ACTOR = "actor";
    /** Each event type with its number of events in the document: "TYPE" + TYPE_COUNT_SEPARATOR + count. */
    static final String EVENT_TYPE_COUNT = "event_type_count";

    static final char TYPE_COUNT_SEPARATOR = '\u001f';

    /**
     * The version of what the index holds, in its commit data. Version 2 added the facet doc values; an index of an
     * older version is rebuilt from DuckDB when the store is opened for writing.
     */
    static final int VERSION = 2;

    static final String VERSION_KEY = "annals.index.version";
    private static final String[] SEARCHED_FIELDS = {TITLE, TEXT};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2.0f, TEXT, 1.0f);

    private final Path path;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile int version;
    /** Counts changes; a search first refreshes the reader when it has not seen them all. */
    private final AtomicLong changes = new AtomicLong();

    private final Object refreshing = new Object();
    private volatile long refreshedTo;

    private FullTextIndex(
            Path path,
            Analyzer analyzer,
            Directory directory,
            IndexWriter writer,
            SearcherManager searchers,
            int version) {
        this.path = path;
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.version = version;
    }

    static FullTextIndex openForWriting(Path dataDir) throws IOException {
        Path path = dataDir.resolve(DIRECTORY);
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        Analyzer analyzer = new EnglishAnalyzer();
        try {
            int version = DirectoryReader.indexExists(directory) ? committedVersion(directory) : VERSION;
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(
                    Map.of(VERSION_KEY, Integer.toString(VERSION)).entrySet());
            try {
                return new FullTextIndex(path, analyzer, directory, writer, new SearcherManager(writer, null), version);
            } catch (IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            analyzer.close();
            throw e;
        }
    }

    /** A read-only index, or null when there is none (it is rebuilt the next time the store is opened for writing). */
    static FullTextIndex openReadOnly(Path dataDir) throws IOException {
        Path path = dataDir.resolve(DIRECTORY);
        Directory directory = CommittedIndex.open(path);
        if (directory == null) {
            return null;
        }
        try {
            return new FullTextIndex(
                    path,
                    new EnglishAnalyzer(),
                    directory,
                    null,
                    new SearcherManager(directory, null),
                    committedVersion(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static int committedVersion(Directory directory) throws IOException {
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(VERSION_KEY);
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Written by an older version, without the doc values that facets read; see {@link #VERSION}. */
    boolean isOutdated() {
        return version < VERSION;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Adds or replaces the document; replacing keeps re-indexing after a crash idempotent. */
    void put(IndexedDocument doc) throws IOException {
        Document lucene = new Document();
        lucene.add(new StringField(ID, doc.id(), Field.Store.YES));
        lucene.add(new TextField(TITLE, doc.title(), Field.Store.YES));
        lucene.add(new TextField(TEXT, doc.articleText(), Field.Store.NO));
        lucene.add(new TextField(PUBLISHER, doc.publisher(), Field.Store.NO));
        if (doc.published() != null) {
            lucene.add(new StringField(PUBLISHED, doc.published().toString(), Field.Store.NO));
        }
        if (doc.articleSpans() != null) {
            lucene.add(new StoredField(ARTICLE_SPANS, doc.articleSpans()));
        }
        addFacetValues(lucene, doc);
        writer().updateDocument(new Term(ID, doc.id()), lucene);
        changes.incrementAndGet();
    }

    private static void addFacetValues(Document lucene, IndexedDocument doc) {
        lucene.add(new SortedDocValuesField(PUBLISHER_FACET, new BytesRef(doc.publisher())));
        lucene.add(new SortedDocValuesField(
                PUBLISHER_KEY, new BytesRef(doc.publisher().toLowerCase(Locale.ROOT))));
        if (doc.published() != null) {
            lucene.add(new NumericDocValuesField(PUBLISHED_DAY, doc.published().toEpochDay()));
            lucene.add(new SortedDocValuesField(
                    MONTH, new BytesRef(YearMonth.from(doc.published()).toString())));
        }
        for (String actor : doc.actorIds()) {
            lucene.add(new SortedSetDocValuesField(ACTOR, new BytesRef(actor)));
        }
        doc.eventTypes()
                .forEach((type, count) -> lucene.add(new SortedSetDocValuesField(
                        EVENT_TYPE_COUNT, new BytesRef(type + TYPE_COUNT_SEPARATOR + count))));
    }

    void delete(String id) throws IOException {
        writer().deleteDocuments(new Term(ID, id));
        changes.incrementAndGet();
    }

    /** Removes every document, before a rebuild. */
    void deleteAll() throws IOException {
        writer().deleteAll();
        changes.incrementAndGet();
    }

    void commit() throws IOException {
        writer().commit();
        version = VERSION;
    }

    int count() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Every indexed id; read only when the index and DuckDB disagree on the number of documents. */
    Set<String> ids() throws IOException {
        return withSearcher(searcher -> {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                collectIds(leaf.reader(), ids);
            }
            return ids;
        });
    }

    /** A search over the current reader. */
    interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code search} on a reader that includes every change made before this call. */
    <T> T withSearcher(Search<T> search) throws IOException {
        long wanted = changes.get();
        if (refreshedTo < wanted) {
            synchronized (refreshing) {
                if (refreshedTo < wanted) {
                    long seen = changes.get();
                    searchers.maybeRefreshBlocking();
                    refreshedTo = seen;
                }
            }
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private static void collectIds(LeafReader leaf, Set<String> ids) throws IOException {
        Bits live = leaf.getLiveDocs();
        StoredFields fields = leaf.storedFields();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                ids.add(fields.document(doc, Set.of(ID)).get(ID));
            }
        }
    }

    Query parse(String queryText) {
        QueryParser parser = new MultiFieldQueryParser(SEARCHED_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(queryText);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the search query '" + queryText + "': "
                    + firstLine(e.getMessage()) + "; write words, \"exact phrases\", AND/OR/NOT, prefix*,"
                    + " or field:value with fields title, text, publisher, published (e.g."
                    + " published:[2025-01-01 TO 2025-12-31])");
        }
    }

    /** A hit before its snippet is made: the document id, stored title and score. */
    record RawHit(String id, String title, float score) {}

    List<RawHit> search(Query query, int limit) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, limit);
            StoredFields fields = searcher.storedFields();
            List<RawHit> hits = new ArrayList<>();
            for (ScoreDoc scored : top.scoreDocs) {
                Document doc = fields.document(scored.doc, Set.of(ID, TITLE));
                hits.add(new RawHit(doc.get(ID), doc.get(TITLE), scored.score));
            }
            return hits;
        });
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index in " + path + " was opened read-only");
        }
        return writer;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
            analyzer.close();
        }
    }
}
