package org.annals.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.annals.store.dedup.LshBands;
import org.annals.store.dedup.MinHasher;
import org.annals.store.dedup.NearDuplicates;
import org.annals.store.dedup.Signature;

/**
 * Finds the story a new document belongs to from the signatures in {@code doc_signatures} and the LSH buckets in
 * {@code doc_bands}. A lookup finds the documents that share one of the 40 bucket keys and then compares the
 * signatures of only those, so the comparisons grow with the number of similar documents, not with the store; the
 * bucket lookup itself is one columnar scan of {@code doc_bands} (DuckDB does not use an index for an IN list). Runs on the
 * writer's connection inside its transaction; not thread-safe (the store serialises puts).
 */
final class StoryLinker implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement candidates;
    private final PreparedStatement candidate;

    StoryLinker(Connection connection) throws SQLException {
        this.connection = connection;
        // One IN list: DuckDB reads the two narrow BIGINT/VARCHAR columns in one vectorised pass.
        this.candidates = connection.prepareStatement("SELECT DISTINCT doc_id FROM doc_bands WHERE bucket IN ("
                + String.join(", ", Collections.nCopies(LshBands.BANDS, "?")) + ")");
        this.candidate = connection.prepareStatement(
                "SELECT s.minhash, d.story_id FROM doc_signatures s, documents d" + " WHERE s.doc_id = ? AND d.id = ?");
    }

    /** The story of the most similar stored document at or above the threshold, else the document's own. */
    StoryLink link(String docId, Signature signature) throws SQLException {
        StoryLink best = StoryLink.ownStory(docId);
        String bestDoc = "";
        for (String other : candidates(signature)) {
            candidate.setString(1, other);
            candidate.setString(2, other);
            try (ResultSet r = candidate.executeQuery()) {
                if (!r.next()) {
                    continue;
                }
                double similarity = signature.similarity(signature(r.getArray(1)));
                boolean better = similarity > best.similarity()
                        || (similarity == best.similarity() && other.compareTo(bestDoc) < 0);
                if (NearDuplicates.sameStory(similarity) && better) {
                    best = new StoryLink(r.getString(2), similarity);
                    bestDoc = other;
                }
            }
        }
        return best;
    }

    private List<String> candidates(Signature signature) throws SQLException {
        long[] keys = LshBands.keys(signature);
        List<String> ids = new ArrayList<>();
        if (keys.length == 0) {
            return ids;
        }
        for (int i = 0; i < keys.length; i++) {
            candidates.setLong(i + 1, keys[i]);
        }
        try (ResultSet r = candidates.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        Collections.sort(ids);
        return ids;
    }

    /** The rows that make a document findable by later lookups; written in the document's transaction. */
    void addRows(String docId, Signature signature, StatementCache statements) throws SQLException {
        new MultiRowInsert("doc_signatures", 3)
                .add(docId, signature.shingles(), minhashArray(signature))
                .execute(statements);
        MultiRowInsert bands = new MultiRowInsert("doc_bands", 3);
        long[] keys = LshBands.keys(signature);
        for (int band = 0; band < keys.length; band++) {
            bands.add(keys[band], band, docId);
        }
        bands.execute(statements);
    }

    private Array minhashArray(Signature signature) throws SQLException {
        Long[] values = new Long[signature.isEmpty() ? 0 : MinHasher.HASHES];
        for (int i = 0; i < values.length; i++) {
            values[i] = signature.value(i);
        }
        return connection.createArrayOf("BIGINT", values);
    }

    private static Signature signature(Array array) throws SQLException {
        if (array == null) {
            return Signature.EMPTY;
        }
        Object[] raw = (Object[]) array.getArray();
        if (raw.length != MinHasher.HASHES) {
            return Signature.EMPTY;
        }
        long[] values = new long[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = ((Number) raw[i]).longValue();
        }
        return new Signature(values, 0);
    }

    @Override
    public void close() throws SQLException {
        candidates.close();
        candidate.close();
    }
}
