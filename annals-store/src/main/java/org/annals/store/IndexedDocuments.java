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
    /** One document; each subquery filters by the id itself (six parameters, all the id), never by d.id. */
    private static final String ONE = "SELECT d.id, d.title, d.publisher, d.published, d.text,"
            + " (SELECT list(kind ORDER BY ord) FROM blocks WHERE doc_id = ?),"
            + " (SELECT list(start_offset ORDER BY ord) FROM blocks WHERE doc_id = ?),"
            + " (SELECT list(end_offset ORDER BY ord) FROM blocks WHERE doc_id = ?),"
            + " (SELECT list(DISTINCT actor_id) FROM document_actors WHERE doc_id = ?),"
            + " (SELECT list(type) FROM events WHERE doc_id = ?)"
            + " FROM documents d WHERE d.id = ?";

    /** Every document, with one pass over each table; rows are streamed. */
    private static final String ALL = "SELECT d.id, d.title, d.publisher, d.published, d.text,"
            + " b.kinds, b.starts, b.ends, a.actors, t.types FROM documents d"
            + " LEFT JOIN (SELECT doc_id, list(kind ORDER BY ord) AS kinds, list(start_offset ORDER BY ord) AS starts,"
            + " list(end_offset ORDER BY ord) AS ends FROM blocks GROUP BY doc_id) b ON b.doc_id = d.id"
            + " LEFT JOIN (SELECT doc_id, list(DISTINCT actor_id) AS actors FROM document_actors GROUP BY doc_id) a"
            + " ON a.doc_id = d.id"
            + " LEFT JOIN (SELECT doc_id, list(type) AS types FROM events GROUP BY doc_id) t ON t.doc_id = d.id";

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
    IndexedDocument load(String id) throws SQLException, IOException {
        List<IndexedDocument> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ONE)) {
            for (int i = 1; i <= 6; i++) {
                statement.setString(i, id);
            }
            read(statement, found::add);
        }
        return found.isEmpty()
                ? new IndexedDocument(id, "", "", null, "", null, List.of(), java.util.Map.of())
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

    /** The texts of those of the documents that are stored, by id. */
    Map<String, String> texts(List<String> ids) throws SQLException {
        Map<String, String> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, text FROM documents WHERE id IN " + ActorMatch.placeholders(ids.size()))) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    texts.put(r.getString(1), r.getString(2));
                }
            }
        }
        return texts;
    }

    /** Every stored document, as the rows arrive (the driver streams them, so never all in memory). */
    void forEach(Sink sink) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement(ALL)) {
            read(statement, sink);
        }
    }

    private static void read(PreparedStatement statement, Sink into) throws SQLException, IOException {
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                List<StoredText.StoredBlock> blocks = blocks(r);
                into.accept(new IndexedDocument(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getObject(4, LocalDate.class),
                        StoredText.article(r.getString(5), blocks),
                        StoredText.articleSpans(blocks),
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
