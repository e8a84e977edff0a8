package org.annals.store;

import java.util.Objects;

/**
 * What {@link AnnalsStore#put} did with a document, and the story it belongs to: the id of the first stored copy of
 * the same story, or the document's own id when it starts a story. {@code similarity} is the estimated Jaccard
 * similarity of its article text with the earlier copy it was linked through, 0 when it starts a story or was a
 * duplicate.
 */
public record PutResult(Status status, String docId, String storyId, double similarity) {
    public enum Status {
        /** The document was new and is now stored and indexed. */
        STORED,
        /** A document with the same id (content hash) was already stored; nothing changed. */
        DUPLICATE
    }

    public PutResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(storyId, "storyId");
    }

    /** A new document that starts its own story. */
    public static PutResult stored(String docId) {
        return new PutResult(Status.STORED, docId, docId, 0);
    }

    public static PutResult duplicate(String docId) {
        return new PutResult(Status.DUPLICATE, docId, docId, 0);
    }

    public boolean isStored() {
        return status == Status.STORED;
    }

    /** A new document whose article text is a near-copy of an earlier stored one, so it joined that story. */
    public boolean isNearDuplicate() {
        return isStored() && !storyId.equals(docId);
    }
}
