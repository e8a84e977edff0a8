package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene full-text index of documents in {@code dataDir/index}. It stores only ids and titles; the text lives
 * in DuckDB, from which the index can always be rebuilt. A writable index searches through a near-real-time reader,
 * so documents are searchable before they are committed.
 */
final class FullTextIndex implements AutoCloseable {
    static final String DIRECTORY = "index";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PUBLISHER = "publisher";
    static final String PUBLISHED = "published";
    private static final String[] SEARCHED_FIELDS = {TITLE, TEXT};
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2.0f, TEXT, 1.0f);

    private final Path path;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;

    private FullTextIndex(Path path, Analyzer analyzer, Directory directory, IndexWriter writer) {
        this.path = path;
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
    }

    static FullTextIndex openForWriting(Path dataDir) throws IOException {
        Path path = dataDir.resolve(DIRECTORY);
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        Analyzer analyzer = new EnglishAnalyzer();
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new FullTextIndex(path, analyzer, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            analyzer.close();
            throw e;
        }
    }

    /** A read-only index, or null when there is none (it is rebuilt the next time the store is opened for writing). */
    static FullTextIndex openReadOnly(Path dataDir) throws IOException {
        Path path = dataDir.resolve(DIRECTORY);
        if (!Files.isDirectory(path)) {
            return null;
        }
        Directory directory = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            return null;
        }
        return new FullTextIndex(path, new EnglishAnalyzer(), directory, null);
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
        writer().updateDocument(new Term(ID, doc.id()), lucene);
    }

    void delete(String id) throws IOException {
        writer().deleteDocuments(new Term(ID, id));
    }

    void commit() throws IOException {
        writer().commit();
    }

    int count() throws IOException {
        try (IndexReader reader = openReader()) {
            return reader.numDocs();
        }
    }

    /** Every indexed id; read only when the index and DuckDB disagree on the number of documents. */
    Set<String> ids() throws IOException {
        Set<String> ids = new HashSet<>();
        try (IndexReader reader = openReader()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                collectIds(leaf.reader(), ids);
            }
        }
        return ids;
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
        try (IndexReader reader = openReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(query, limit);
            StoredFields fields = searcher.storedFields();
            List<RawHit> hits = new ArrayList<>();
            for (ScoreDoc scored : top.scoreDocs) {
                Document doc = fields.document(scored.doc, Set.of(ID, TITLE));
                hits.add(new RawHit(doc.get(ID), doc.get(TITLE), scored.score));
            }
            return hits;
        }
    }

    private IndexReader openReader() throws IOException {
        return writer == null ? DirectoryReader.open(directory) : DirectoryReader.open(writer);
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
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
            analyzer.close();
        }
    }
}
