package org.annals.store;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.core.BlockKind;

/** Stored documents read back from DuckDB as the full-text index needs them, one or a chunk at a time. */
final class IndexedDocuments {
    /** Documents per query when every document is read: the texts of a chunk are held in memory together. */
    static final int CHUNK = 1_000;

    private static final String COLUMNS = "SELECT d.id, d.title, d.publisher, d.published, d.text,"
            + " (SELECT list(b.kind ORDER BY b.ord) FROM blocks b WHERE b.doc_id = d.id),"
            + " (SELECT list(b.start_offset ORDER BY b.ord) FROM blocks b WHERE b.doc_id = d.id),"
            + " (SELECT list(b.end_offset ORDER BY b.ord) FROM blocks b WHERE b.doc_id = d.id),"
            + " (SELECT list(DISTINCT da.actor_id) FROM document_actors da WHERE da.doc_id = d.id),"
            + " (SELECT list(e.type) FROM events e WHERE e.doc_id = d.id)";

    private static final String ARTICLES = "SELECT d.id, d.title, d.publisher, d.published, d.text,"
            + " list(b.kind ORDER BY b.ord) FILTER (WHERE b.kind IS NOT NULL),"
            + " list(b.start_offset ORDER BY b.ord) FILTER (WHERE b.kind IS NOT NULL),"
            + " list(b.end_offset ORDER BY b.ord) FILTER (WHERE b.kind IS NOT NULL)"
            + " FROM documents d LEFT JOIN blocks b ON b.doc_id = d.id WHERE d.id IN ";

    /** Receives each document read. */
    interface Sink {
        void accept(IndexedDocument doc) throws IOException;
    }

    private final Connection connection;

    IndexedDocuments(Connection connection) {
        this.connection = connection;
    }

    /** The stored document, or an empty one (no text, actors or events) when the id is unknown. */
    IndexedDocument load(String id) throws SQLException {
        List<IndexedDocument> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + " FROM documents d WHERE d.id = ?")) {
            statement.setString(1, id);
            read(statement, found);
        }
        return found.isEmpty()
                ? new IndexedDocument(id, "", "", null, "", List.of(), java.util.Map.of())
                : found.get(0);
    }

    /** The article text (see {@link StoredText#article}) of each of the documents that is stored. */
    Map<String, String> articles(List<String> ids) throws SQLException {
        Map<String, String> articles = new HashMap<>();
        if (ids.isEmpty()) {
            return articles;
        }
        try (PreparedStatement statement =
                connection.prepareStatement(ARTICLES + ActorMatch.placeholders(ids.size()) + " GROUP BY ALL")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    articles.put(r.getString(1), StoredText.article(r.getString(5), blocks(r)));
                }
            }
        }
        return articles;
    }

    /** Every stored document, in id order, {@link #CHUNK} at a time. */
    void forEach(Sink sink) throws SQLException, IOException {
        String after = "";
        while (true) {
            List<IndexedDocument> chunk = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    COLUMNS + " FROM documents d WHERE d.id > ? ORDER BY d.id LIMIT " + CHUNK)) {
                statement.setString(1, after);
                read(statement, chunk);
            }
            for (IndexedDocument doc : chunk) {
                sink.accept(doc);
            }
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private static void read(PreparedStatement statement, List<IndexedDocument> into) throws SQLException {
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                String article = StoredText.article(r.getString(5), blocks(r));
                into.add(new IndexedDocument(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getObject(4, LocalDate.class),
                        article,
                        strings(r.getArray(9)),
                        IndexedDocument.typeCounts(strings(r.getArray(10)))));
            }
        }
    }

    private static List<StoredText.StoredBlock> blocks(ResultSet r) throws SQLException {
        List<Object> kinds = values(r.getArray(6));
        List<Object> starts = values(r.getArray(7));
        List<Object> ends = values(r.getArray(8));
        List<StoredText.StoredBlock> blocks = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            blocks.add(new StoredText.StoredBlock(
                    blockKind(String.valueOf(kinds.get(i))),
                    ((Number) starts.get(i)).intValue(),
                    ((Number) ends.get(i)).intValue()));
        }
        return blocks;
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> strings = new ArrayList<>();
        for (Object value : values(array)) {
            if (value != null) {
                strings.add(value.toString());
            }
        }
        return strings;
    }

    private static List<Object> values(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return java.util.Arrays.asList((Object[]) array.getArray());
    }

    private static BlockKind blockKind(String name) {
        try {
            return BlockKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return BlockKind.BOILERPLATE;
        }
    }
}
