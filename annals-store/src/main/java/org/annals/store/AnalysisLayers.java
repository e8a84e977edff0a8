package org.annals.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.annals.core.Document;

/**
 * The tables that hold what the pipeline found in a document, as opposed to what was read (the documents row,
 * signature and story). Re-analysing a document deletes these rows and writes them again.
 */
final class AnalysisLayers {
    /** Event roles first: they are found through the events they belong to. */
    private static final List<String> DELETES = List.of(
            "DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)",
            "DELETE FROM events WHERE doc_id = ?",
            "DELETE FROM quotes WHERE doc_id = ?",
            "DELETE FROM quantities WHERE doc_id = ?",
            "DELETE FROM times WHERE doc_id = ?",
            "DELETE FROM affiliations WHERE doc_id = ?",
            "DELETE FROM document_actors WHERE doc_id = ?",
            "DELETE FROM mentions WHERE doc_id = ?",
            "DELETE FROM blocks WHERE doc_id = ?");

    private AnalysisLayers() {}

    static void delete(Connection connection, String docId) throws SQLException {
        for (String sql : DELETES) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, docId);
                statement.executeUpdate();
            }
        }
    }

    /** The row's fields that analysis sets: the language found and the problems met. */
    static void updateDocumentRow(Connection connection, Document doc, Array problems) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE documents SET language = ?, problems = ? WHERE id = ?")) {
            statement.setString(1, doc.metadata().language());
            statement.setArray(2, problems);
            statement.setString(3, doc.id());
            statement.executeUpdate();
        }
    }
}
