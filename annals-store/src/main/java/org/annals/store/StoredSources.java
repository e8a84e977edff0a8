package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Span;

/**
 * Stored documents read back as the pipeline's input: id, provenance, metadata, text and blocks, without any of the
 * analysis layers, so they can be analysed again.
 */
final class StoredSources {
    private static final String DOCUMENT = "SELECT id, source, format, url, publisher, title, published, language,"
            + " authors, modified, section, text FROM documents WHERE id = ?";
    private static final String BLOCKS =
            "SELECT start_offset, end_offset, kind, reason FROM blocks WHERE doc_id = ? ORDER BY ord";
    private static final String IDS = "SELECT id FROM documents WHERE (CAST(? AS DATE) IS NULL OR ingested_at"
            + " >= CAST(? AS DATE)) ORDER BY ingested_at, id";

    private final Connection connection;

    StoredSources(Connection connection) {
        this.connection = connection;
    }

    /** The ids of the documents ingested on or after {@code since} (all when null), oldest first. */
    List<String> ids(LocalDate since) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(IDS)) {
            statement.setObject(1, since);
            statement.setObject(2, since);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    Optional<Document> load(String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DOCUMENT)) {
            statement.setString(1, id);
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Metadata metadata = new Metadata(
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getObject(7, LocalDate.class),
                        r.getString(8),
                        SqlArrays.strings(r.getArray(9)),
                        r.getObject(10, LocalDate.class),
                        r.getString(11));
                Provenance provenance = new Provenance(r.getString(2), r.getString(3), id, "");
                Document doc = Document.of(id, provenance, metadata, r.getString(12));
                List<Block> blocks = blocks(id);
                return Optional.of(blocks.isEmpty() ? doc : doc.withBlocks(blocks));
            }
        }
    }

    private List<Block> blocks(String id) throws SQLException {
        List<Block> blocks = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(BLOCKS)) {
            statement.setString(1, id);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    blocks.add(new Block(
                            new Span(r.getInt(1), r.getInt(2)),
                            BlockKind.valueOf(r.getString(3).toUpperCase(Locale.ROOT)),
                            r.getString(4)));
                }
            }
        }
        return blocks;
    }
}
